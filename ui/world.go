package ui

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/chapter-vii/chapter7/game"
)

func names(v *game.World, ids []game.StateID) string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = v.Def(id).Name
	}
	return strings.Join(out, ", ")
}

// box draws lines in a rounded box of inner width iw.
func box(st *styles, title string, lines []string, iw int) []string {
	top := "╭─ " + title + " " + strings.Repeat("─", max(0, iw-ansi.StringWidth(title)-3)) + "╮"
	out := []string{st.Box.Render(top)}
	for _, l := range lines {
		out = append(out, st.Box.Render("│")+padRight(l, iw)+st.Box.Render("│"))
	}
	return append(out, st.Box.Render("╰"+strings.Repeat("─", iw)+"╯"))
}

// theatrePanel: the map, who holds what, forces, casualties, refugees.
func theatrePanel(s snap, w, h int) string {
	st, v := s.st, s.v
	t := &v.Theatre
	th := &v.Scenario.Theatre
	agg, vic := names(v, th.Aggressors), names(v, th.Victims)
	mw := 0
	for _, l := range th.Map {
		mw = max(mw, ansi.StringWidth(l))
	}
	mapLines := make([]string, len(th.Map))
	for i, l := range th.Map {
		// the victim's name shows who holds it
		for _, id := range th.Victims {
			up := strings.ToUpper(v.Def(id).Name)
			style := st.Victim
			if t.Control >= 50 {
				style = st.Aggressor
			}
			l = strings.ReplaceAll(l, up, style.Render(up))
		}
		mapLines[i] = l
	}
	mapLines = append(mapLines, "")
	held := fmt.Sprintf("%s %s %.0f%% held by %s", vic, st.Aggressor.Render(bar(t.Control/100, 10)), t.Control, agg)
	mapLines = append(mapLines, held)
	left := box(st, th.Name, mapLines, max(mw, 36))

	var r []string
	r = append(r, st.Heading.Render("On the ground"))
	status := []string{}
	for _, f := range []struct {
		flag int
		text string
	}{{game.FlagOccupied, "occupied"}, {game.FlagAnnexed, "annexed"}, {game.FlagHostages, "hostages held"}, {game.FlagWar, "at war"}, {game.FlagCeasefire, "cease-fire"}, {game.FlagWithdrawn, "withdrawn"}, {game.FlagSettled, "settled"}, {game.FlagUnauthorisedForce, "unauthorised force used"}} {
		if v.Flag(f.flag) {
			status = append(status, f.text)
		}
	}
	if len(status) == 0 {
		status = append(status, "quiet")
	}
	for _, x := range wrap(strings.Join(status, ", "), 38) {
		r = append(r, st.Bold.Render(x))
	}
	coal := v.CoalitionForces()
	all := max(1, t.AggressorForces+coal+t.DefenderForces)
	r = append(r, fmt.Sprintf("%s %s %.0fk", padRight(agg, 10), st.Aggressor.Render(bar(t.AggressorForces/all, 12)), t.AggressorForces))
	r = append(r, fmt.Sprintf("%s %s %.0fk", padRight("Coalition", 10), st.Coal.Render(bar(coal/all, 12)), coal))
	r = append(r, fmt.Sprintf("%s %s %.0fk", padRight(vic, 10), st.Victim.Render(bar(t.DefenderForces/all, 12)), t.DefenderForces))
	pledged := 0.0
	for i := range v.States {
		pledged += v.States[i].Pledged
	}
	r = append(r, fmt.Sprintf("On the way: %.0fk · force ratio %.2f", pledged, v.ForceRatio()))
	r = append(r, fmt.Sprintf("Dead: military %.1fk · civilian %.1fk", t.CasualtiesMil, t.CasualtiesCiv))
	r = append(r, fmt.Sprintf("Refugees %.0fk · hostages %.1fk", t.Refugees, t.Hostages))
	r = append(r, fmt.Sprintf("Hardship %s %.0f in %s", bar(t.Hardship/100, 8), t.Hardship, agg))
	r = append(r, fmt.Sprintf("Evidence %s %s", bar(t.Clarity, 8), game.ClarityWord(t.Clarity)))
	auth := "no authorisation of force"
	if t.Authorised {
		auth = "force authorised"
		if t.Deadline != 0 {
			auth += " after " + t.Deadline.Long()
		}
	}
	r = append(r, auth)
	if t.Basis != "" {
		r = append(r, "Fighting "+game.BasisName(t.Basis))
	}
	var l []string
	lw := ansi.StringWidth(left[0])
	if w-lw-2 >= 38 {
		l = columns(left, lw, r, 2)
	} else {
		l = append(left, r...)
	}
	// coalition build-up over time
	if n := len(v.History); n > 1 && len(l) < h-2 {
		vals := make([]float64, n)
		hi := 1.0
		for i, p := range v.History {
			vals[i] = p.Coalition
			hi = max(hi, p.Coalition)
		}
		l = append(l, "", "Coalition build-up "+st.Coal.Render(spark(vals[max(0, n-(w-30)):], 0, hi))+fmt.Sprintf(" %.0fk", vals[n-1]))
	}
	return fit(l, w, h)
}

func (m *Model) theatreKey(k tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(k, m.keys.GoodOffices):
		return m.do(game.Command{Kind: game.CmdGoodOffices})
	case key.Matches(k, m.keys.AppealHum):
		return m.do(game.Command{Kind: game.CmdAppeal, Value: "humanitarian"})
	}
	return nil
}

// forcesPanel: commitments, build-up and the balance in the theatre.
func forcesPanel(s snap, w, h int) string {
	st, v := s.st, s.v
	t := &v.Theatre
	var l []string
	agg := names(v, v.Aggressors())
	coal := v.CoalitionForces()
	l = append(l, st.Heading.Render("Balance in the theatre"))
	total := max(1, coal+t.AggressorForces)
	l = append(l, fmt.Sprintf("Coalition %6.0fk %s│%s %.0fk %s", coal, st.Coal.Render(bar(coal/total, 20)), st.Aggressor.Render(bar(t.AggressorForces/total, 20)), t.AggressorForces, agg))
	basis := "none yet"
	if b := v.ForceBasis(); b != "" {
		basis = "force now would be " + game.BasisName(b)
	}
	l = append(l, fmt.Sprintf("Force ratio %.2f · legal basis: %s", v.ForceRatio(), basis))
	if isState(v, s.seat) {
		me := &v.States[s.seat]
		def := v.Def(game.StateID(s.seat))
		free := def.Troops - me.Pledged - me.Committed
		l = append(l, st.Bold.Render(fmt.Sprintf("Your forces: %.0fk in theatre, %.0fk on the way, %.0fk free of %.0fk; casualties %.1fk", me.Committed, me.Pledged, max(0, free), def.Troops, me.Casualty)))
		if v.IsAggressor(game.StateID(s.seat)) {
			l[len(l)-1] = st.Bold.Render(fmt.Sprintf("Your forces: %.0fk hold %.0f%% of %s; casualties %.1fk", t.AggressorForces, t.Control, names(v, v.Victims()), t.CasualtiesMil))
			l = append(l, wrap("You are the aggressor: w withdraws from the territory, r lets the hostages go, a accepts the Council's cease-fire terms (after withdrawing).", w)...)
		}
	} else {
		l = append(l, "The Secretariat has no army: m proposes a peacekeeping mission to the Council.")
	}
	l = append(l, "", st.Heading.Render("Commitments"))
	l = append(l, st.Faint.Render(fmt.Sprintf("%-4s %-26s %9s %9s %9s %9s", "", "state", "theatre", "en route", "free", "casualty")))
	type row struct {
		id  game.StateID
		val float64
	}
	var rows []row
	for i := range v.States {
		x := &v.States[i]
		if x.Committed+x.Pledged+x.Casualty > 0 || v.IsAggressor(game.StateID(i)) {
			rows = append(rows, row{game.StateID(i), x.Committed + x.Pledged})
		}
	}
	slices.SortStableFunc(rows, func(a, b row) int { return int(b.val - a.val) })
	for _, r := range rows {
		x := &v.States[r.id]
		d := v.Def(r.id)
		name := d.Name
		committed := x.Committed
		if v.IsAggressor(r.id) {
			name = st.Aggressor.Render(padRight(name+" (aggressor)", 26))
			committed = t.AggressorForces
		}
		l = append(l, fmt.Sprintf("%-4s %s %8.0fk %8.0fk %8.0fk %8.1fk", d.Code, padRight(name, 26), committed, x.Pledged, max(0, d.Troops-x.Pledged-x.Committed), x.Casualty))
	}
	if len(rows) == 0 {
		l = append(l, st.Faint.Render("No state has committed forces."))
	}
	return fit(l, w, h)
}

func (m *Model) forcesKey(k tea.KeyPressMsg) tea.Cmd {
	km := m.keys
	sec := m.g.code() == game.Secretariat
	switch {
	case sec && key.Matches(k, km.Mission):
		m.askMission()
	case key.Matches(k, km.Commit):
		m.ask("Commit troops (thousands)", "50", func(m *Model, val string) tea.Cmd {
			return m.do(game.Command{Kind: game.CmdCommitForces, Amount: number(val)})
		})
	case key.Matches(k, km.Recall):
		m.ask("Recall troops (thousands)", "10", func(m *Model, val string) tea.Cmd {
			return m.do(game.Command{Kind: game.CmdRecallForces, Amount: number(val)})
		})
	case key.Matches(k, km.Offensive):
		def := m.g.View().ForceBasis()
		if def == "" {
			def = "unilateral"
		}
		m.ask("Launch the offensive on which basis (sc, art51, ga, regional, unilateral)", def, func(m *Model, val string) tea.Cmd {
			return m.do(game.Command{Kind: game.CmdOffensive, Value: val})
		})
	case key.Matches(k, km.Withdraw):
		return m.do(game.Command{Kind: game.CmdWithdraw})
	case key.Matches(k, km.Release):
		return m.do(game.Command{Kind: game.CmdReleaseHostage})
	case key.Matches(k, km.Accept):
		return m.do(game.Command{Kind: game.CmdAcceptTerms})
	}
	return nil
}

// number reads a number typed by the player; junk reads as 0, which the
// engine refuses with a message that says what it wants.
// askMission asks the Secretariat for a mission's troops; "civil" after
// the number adds a civil administration.
func (m *Model) askMission() {
	m.ask("Mission troops (thousands, 0.1–50; add \"civil\" for a civil administration)", "2", func(m *Model, val string) tea.Cmd {
		cmd := game.Command{Kind: game.CmdProposeMission, Amount: number(val)}
		if strings.Contains(strings.ToLower(val), "civil") {
			cmd.Value = "civil-administration"
		}
		return m.do(cmd)
	})
}

func number(s string) float64 {
	var f float64
	fmt.Sscan(strings.TrimSpace(strings.TrimPrefix(s, "$")), &f)
	return f
}

// budgetPanel: accounts, assessments, arrears and missions.
func budgetPanel(s snap, w, h int) string {
	st, v := s.st, s.v
	b := &v.Budget
	var l []string
	l = append(l, st.Heading.Render("The UN's money"))
	cash := fmt.Sprintf("$%.0f million", b.RegularCash)
	if b.RegularCash < 0 {
		cash = st.Bad.Render(cash + " (short)")
	}
	l = append(l, fmt.Sprintf("Regular budget $%.0fm a year · cash %s · peacekeeping account $%.0fm", v.Scenario.RegularBudget, cash, b.PKCash))
	if len(b.Missions) == 0 {
		l = append(l, st.Faint.Render("No peacekeeping mission."))
	}
	for _, ms := range b.Missions {
		l = append(l, fmt.Sprintf("%s: %.1fk of %.1fk deployed %s · $%.0fm a year · cash $%.0fm", ms.Name, ms.Deployed, ms.Troops, bar(ms.Deployed/max(0.1, ms.Troops), 10), ms.Budget, ms.Cash))
	}
	if isState(v, s.seat) {
		me := &v.States[s.seat]
		extra := ""
		if me.Withholding {
			extra = st.Warn.Render(" · withholding")
		}
		l = append(l, st.Bold.Render(fmt.Sprintf("You: assessed %.2f%% · paid this year $%.0fm · arrears $%.0fm", v.Def(game.StateID(s.seat)).Assessment, me.Paid, me.Arrears))+extra)
	}
	l = append(l, "", st.Heading.Render("Assessments and arrears"))
	l = append(l, st.Faint.Render(fmt.Sprintf("%-4s %-26s %7s %9s %9s %9s  %s", "", "state", "scale", "assessed", "paid", "arrears", "")))
	type row struct {
		id game.StateID
		a  float64
	}
	var rows []row
	for i := range v.States {
		if d := v.Def(game.StateID(i)); d.Assessment > 0 || v.States[i].Arrears > 0 {
			rows = append(rows, row{game.StateID(i), d.Assessment})
		}
	}
	slices.SortStableFunc(rows, func(a, b row) int {
		switch {
		case a.a > b.a:
			return -1
		case a.a < b.a:
			return 1
		}
		return 0
	})
	for _, r := range rows {
		x := &v.States[r.id]
		d := v.Def(r.id)
		note := ""
		if v.LosesGAVote(r.id) {
			note = st.Bad.Render("loses GA vote (Art. 19)")
		} else if x.Withholding {
			note = st.Warn.Render("withholding")
		}
		l = append(l, fmt.Sprintf("%-4s %-26s %6.2f%% %8.0fm %8.0fm %8.0fm  %s", d.Code, trunc(d.Name, 26), d.Assessment, x.Assessed, x.PaidTotal, x.Arrears, note))
	}
	return fit(l, w, h)
}

func (m *Model) budgetKey(k tea.KeyPressMsg) tea.Cmd {
	km := m.keys
	if m.g.code() == game.Secretariat {
		switch {
		case key.Matches(k, km.AppealDues):
			return m.do(game.Command{Kind: game.CmdAppeal, Value: "dues"})
		case key.Matches(k, km.Mission):
			m.askMission()
		}
		return nil
	}
	switch {
	case key.Matches(k, km.Pay):
		return m.do(game.Command{Kind: game.CmdPayDues})
	case key.Matches(k, km.Withhold):
		return m.do(game.Command{Kind: game.CmdWithholdDues})
	}
	return nil
}
