package ui

import (
	"fmt"
	"slices"

	"github.com/chapter-vii/chapter7/game"
)

// briefingPanel: the seat's briefing and objectives, how each stands, and
// what changed since the last turn.
func briefingPanel(s snap, off, w, h int) string {
	st, v := s.st, s.v
	var l []string
	l = append(l, st.Heading.Render(v.Scenario.Title)+st.Faint.Render(fmt.Sprintf(" — %s to %s", v.Scenario.Start.Long(), v.Scenario.End.Long())))
	var brief *game.SeatBrief
	for i := range v.Scenario.Briefs {
		if v.Scenario.Briefs[i].Seat == s.seat {
			brief = &v.Scenario.Briefs[i]
		}
	}
	l = append(l, st.Bold.Render("You are "+seatName(v, s.code)))
	if brief != nil {
		l = append(l, wrap(brief.Briefing, w-2)...)
		l = append(l, "", st.Heading.Render("Objectives"))
		for _, o := range brief.Objectives {
			ok, how := objective(v, s.seat, o)
			mark := st.Bad.Render("✗")
			if ok {
				mark = st.Good.Render("✓")
			}
			l = append(l, fmt.Sprintf(" %s %-44s %s", mark, o.Text, st.Faint.Render(how)))
		}
	} else {
		l = append(l, "No briefing for this seat: your interests are your own. Read the Diplomacy screen.")
	}
	l = append(l, "", st.Heading.Render("Since last turn"))
	if n := len(v.History); n > 0 {
		p := v.History[n-1]
		var q game.Point
		if n > 1 {
			q = v.History[n-2]
		} else {
			q = game.Point{Authority: v.Scenario.Authority, Tension: v.Scenario.Tension}
		}
		l = append(l, fmt.Sprintf(" UN authority %.0f (%+.0f) · escalation %.0f (%+.0f) · territory held %.0f%% · coalition %.0fk",
			p.Authority, p.Authority-q.Authority, p.Tension, p.Tension-q.Tension, p.Control, p.Coalition))
	}
	var news []string
	for i := len(v.Events) - 1; i >= 0 && len(news) < 40; i-- {
		e := &v.Events[i]
		if e.Turn < v.Turn-1 {
			break
		}
		mark := " "
		if !e.Public() {
			mark = st.Warn.Render("✉")
		}
		news = append(news, fmt.Sprintf("%s %s %s", mark, st.Faint.Render(shortDate(e.Date)), e.Text))
	}
	slices.Reverse(news)
	if len(news) == 0 {
		news = append(news, st.Faint.Render(" nothing yet"))
	}
	l = append(l, news...)
	return fit(scrolled(l, off, h), w, h)
}

// scrolled drops the first lines of a block, keeping the last page in view.
func scrolled(l []string, off, h int) []string {
	off = clampInt(off, 0, max(0, len(l)-h))
	return l[off:]
}

// objective says how an objective stands.
func objective(v *game.World, seat game.SeatID, o game.Objective) (bool, string) {
	t := &v.Theatre
	var me *game.StateStatus
	if int(seat) < v.N() {
		me = &v.States[seat]
	}
	switch o.Goal {
	case "withdrawal":
		return t.Control == 0 && v.Flag(game.FlagWithdrawn), fmt.Sprintf("territory held %.0f%%", t.Control)
	case "authority":
		tg := o.Target
		if tg == 0 {
			tg = 50
		}
		return v.Authority >= tg, fmt.Sprintf("authority %.0f (aim %.0f)", v.Authority, tg)
	case "legitimacy":
		if me != nil {
			return me.Legitimacy >= 60, fmt.Sprintf("legitimacy %.0f", me.Legitimacy)
		}
	case "low-casualties":
		if me != nil {
			return me.Casualty < 1, fmt.Sprintf("casualties %.1fk", me.Casualty)
		}
	case "economy":
		if me != nil {
			return me.Economy >= 90, fmt.Sprintf("economy %.0f", me.Economy)
		}
	case "no-force":
		return !v.Flag(game.FlagWar) && t.Basis == "", map[bool]string{true: "force has been used", false: "no force used"}[t.Basis != ""]
	case "relations-west":
		n, sum := 0, 0.0
		for _, c := range []string{"USA", "GBR", "FRA"} {
			if id, ok := v.Scenario.StateByCode(c); ok && int(seat) < v.N() && id != game.StateID(seat) {
				sum += v.Rel(id, game.StateID(seat))
				n++
			}
		}
		if n > 0 {
			return sum/float64(n) >= 20, fmt.Sprintf("the West's regard %+.0f", sum/float64(n))
		}
	case "budget":
		return v.Budget.RegularCash >= 0, fmt.Sprintf("regular budget $%.0fm", v.Budget.RegularCash)
	case "civilians":
		return t.CasualtiesCiv < 5 && t.Hardship < 30, fmt.Sprintf("civilian dead %.1fk, hardship %.0f", t.CasualtiesCiv, t.Hardship)
	case "hold-territory":
		return t.Control >= 50, fmt.Sprintf("territory held %.0f%%", t.Control)
	case "sanctions-fail":
		return !v.Sanctions.Active || v.Sanctions.Leakage >= 0.3, fmt.Sprintf("leakage %.0f%%", v.Sanctions.Leakage*100)
	case "coalition":
		return t.Authorised && v.CoalitionForces() > 0, fmt.Sprintf("authorised %v, coalition %.0fk", yesNo(t.Authorised), v.CoalitionForces())
	}
	return false, ""
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}
