package ui

import (
	"cmp"
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
		for _, o := range v.Objectives(s.seat) {
			mark := st.Bad.Render("✗")
			if o.Met {
				mark = st.Good.Render("✓")
			}
			l = append(l, fmt.Sprintf(" %s %-44s %s", mark, o.Text, st.Faint.Render(o.Why)))
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
	var recent []*game.Event
	for i := len(v.Events) - 1; i >= 0 && len(recent) < 40; i-- {
		if e := &v.Events[i]; e.Turn >= v.Turn-1 {
			recent = append(recent, e)
		} else {
			break
		}
	}
	slices.Reverse(recent)
	slices.SortStableFunc(recent, func(a, b *game.Event) int { return cmp.Compare(a.Date, b.Date) })
	var news []string
	for _, e := range recent {
		mark := " "
		if !e.Public() {
			mark = st.Warn.Render("✉")
		}
		news = append(news, fmt.Sprintf("%s %s %s", mark, st.Faint.Render(shortDate(e.Date)), e.Text))
	}
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

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}
