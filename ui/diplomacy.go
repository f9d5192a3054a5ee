package ui

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/chapter-vii/chapter7/game"
)

func meanRel(v *game.World, a game.StateID, others []game.StateID) float64 {
	n, t := 0, 0.0
	for _, o := range others {
		if o != a {
			t += v.Rel(a, o)
			n++
		}
	}
	if n == 0 {
		return 0
	}
	return t / float64(n)
}

// stance says which side of the crisis a state leans to.
func stance(v *game.World, id game.StateID) string {
	switch {
	case v.IsAggressor(id):
		return "aggressor"
	case v.IsVictim(id):
		return "victim"
	}
	a, vi := "", ""
	if ag := v.Aggressors(); len(ag) > 0 {
		a = v.Code(ag[0])
	}
	if vs := v.Victims(); len(vs) > 0 {
		vi = v.Code(vs[0])
	}
	d := meanRel(v, id, v.Victims()) - meanRel(v, id, v.Aggressors())
	switch {
	case d >= 20:
		return "with " + vi
	case d >= 0:
		return "leans " + vi
	case d > -20:
		return "leans " + a
	}
	return "with " + a
}

// wants says what a state wants: its brief's first aims, else what its
// position suggests.
func wants(v *game.World, id game.StateID) string {
	for _, b := range v.Scenario.Briefs {
		if b.Seat == game.SeatID(id) && len(b.Objectives) > 0 {
			var t []string
			for _, o := range b.Objectives {
				t = append(t, o.Text)
			}
			return strings.Join(t, "; ")
		}
	}
	trade := 0.0
	for _, a := range v.Aggressors() {
		trade += v.TradeShare(id, a)
	}
	d := v.Def(id)
	switch {
	case v.IsAggressor(id):
		return "to keep what it took"
	case v.IsVictim(id):
		return "its territory back"
	case trade >= 0.1:
		return fmt.Sprintf("its trade with the target (%.0f%% of its trade)", trade*100)
	case d.Sovereignty >= 0.7:
		return "no precedent for intervention"
	case d.Permanent:
		return "a say in the outcome"
	}
	return "to be on the winning side at low cost"
}

func (m *Model) diplomacyKey(k tea.KeyPressMsg) tea.Cmd {
	km := m.keys
	v := m.g.View()
	n := v.N()
	switch {
	case key.Matches(k, km.Up), key.Matches(k, km.Down), key.Matches(k, km.PgUp), key.Matches(k, km.PgDown):
		m.stateCur = move(m.stateCur, k, km, n, m.bodyHeight()-8)
		return nil
	}
	target := v.Code(game.StateID(clampInt(m.stateCur, 0, n-1)))
	switch {
	case key.Matches(k, km.Lobby):
		cmd := game.Command{Kind: game.CmdLobby, Target: target}
		if d := m.currentDraft(); d != nil {
			cmd.Draft = d.ID
		}
		return m.do(cmd)
	case key.Matches(k, km.Aid):
		m.ask("Promise "+target+" aid ($ millions)", "200", func(m *Model, val string) tea.Cmd {
			return m.do(game.Command{Kind: game.CmdPromiseAid, Target: target, Amount: number(val)})
		})
	case key.Matches(k, km.Pressure):
		return m.do(game.Command{Kind: game.CmdPressure, Target: target})
	case key.Matches(k, km.Deal):
		return m.do(game.Command{Kind: game.CmdSideDeal, Target: target})
	case key.Matches(k, km.Message):
		m.ask("Cable to "+target+" (free, private)", "", func(m *Model, val string) tea.Cmd {
			return m.do(game.Command{Kind: game.CmdMessage, Target: target, Text: val})
		})
	}
	return nil
}

// diplomacyPanel: every state, its stance, relations with the seat, its
// predicted vote on the open draft and what it wants; details below.
func diplomacyPanel(s snap, wc *game.WhipCount, cur, w, h int) string {
	st, v := s.st, s.v
	n := v.N()
	cur = clampInt(cur, 0, n-1)
	var l []string
	me := game.StateID(-1)
	if isState(v, s.seat) {
		me = game.StateID(s.seat)
	}
	hdr := fmt.Sprintf("%-4s %-13s %5s %5s %-7s %s", "", "stance", "→you", "you→", "vote", "wants")
	if !s.compact {
		hdr = fmt.Sprintf("%-4s %-24s %-13s %5s %5s %-7s %s", "", "state", "stance", "→you", "you→", "vote", "wants")
	}
	if wc != nil && len(wc.Members) > 0 {
		hdr = strings.Replace(hdr, "vote   ", "vote*  ", 1)
	}
	l = append(l, st.Faint.Render(hdr))
	detail := 8
	rows := max(3, h-1-detail)
	top := clampInt(cur-rows/2, 0, max(0, n-rows))
	for i := top; i < n && i < top+rows; i++ {
		id := game.StateID(i)
		d := v.Def(id)
		relIn, relOut := "    —", "    —"
		if me >= 0 && me != id {
			relIn, relOut = fmt.Sprintf("%+5.0f", v.Rel(id, me)), fmt.Sprintf("%+5.0f", v.Rel(me, id))
		}
		vote := "       "
		if wc != nil {
			if j := slices.Index(wc.Members, id); j >= 0 {
				vote = ballotWord(st, wc.Ballots[j], vetoing(wc) && slices.Contains(wc.Vetoes, id))
			}
		}
		code := d.Code
		if d.Permanent {
			code += "★"
		}
		name := ""
		if !s.compact {
			name = padRight(d.Name, 24) + " "
		}
		head := fmt.Sprintf("%s %s%s %s %s", padRight(code, 4), name, padRight(stance(v, id), 13), relIn, relOut)
		if i == cur {
			head = st.Selected.Render(head)
		}
		line := head + " " + vote + " " + st.Faint.Render(wants(v, id))
		l = append(l, line)
	}
	for len(l) < h-detail {
		l = append(l, "")
	}
	id := game.StateID(cur)
	d := v.Def(id)
	x := &v.States[id]
	l = append(l, st.Heading.Render(d.Name))
	patron := "none"
	if d.Patron >= 0 && int(d.Patron) < n {
		patron = v.Def(d.Patron).Name
	}
	onc := ""
	if v.Scenario.OnCouncil(id, v.Date) {
		onc = " · on the Council"
	}
	l = append(l, fmt.Sprintf("%s · %s · blocs %s · patron %s%s", game.RegionName(d.Region), d.Regime, strings.Join(d.Blocs, ", "), patron, onc))
	trade := 0.0
	for _, a := range v.Aggressors() {
		trade += v.TradeShare(id, a)
	}
	l = append(l, wrap(fmt.Sprintf("Legitimacy %.0f · support at home %.0f · economy %.0f · trade with the target %.0f%% · push from lobbying %+.2f", x.Legitimacy, x.Support, x.Economy, trade*100, x.Inclined), w)...)
	l = append(l, wrap("Wants: "+wants(v, id), w)...)
	if x.AidDue > 0 {
		l = append(l, fmt.Sprintf("Aid promised to it: $%.0f million", x.AidDue))
	}
	l = append(l, st.Faint.Render("Lobby, aid, pressure 1 AP each; side deal 2 AP (costs legitimacy)"))
	if wc != nil {
		l = append(l, st.Faint.Render("* predicted vote on the draft open in the Council"))
	}
	return fit(l, w, h)
}
