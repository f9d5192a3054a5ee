package ui

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/chapter-vii/chapter7/game"
)

// partners are the states that trade with the target, biggest first.
func partners(v *game.World) []game.StateID {
	var out []game.StateID
	share := map[game.StateID]float64{}
	for i := range v.States {
		id := game.StateID(i)
		if v.IsAggressor(id) {
			continue
		}
		t := 0.0
		for _, a := range v.Aggressors() {
			t += v.TradeShare(a, id)
		}
		if t > 0 {
			share[id] = t
			out = append(out, id)
		}
	}
	slices.SortStableFunc(out, func(a, b game.StateID) int {
		switch {
		case share[a] > share[b]:
			return -1
		case share[a] < share[b]:
			return 1
		}
		return 0
	})
	return out
}

func targetShare(v *game.World, id game.StateID) float64 {
	t := 0.0
	for _, a := range v.Aggressors() {
		t += v.TradeShare(a, id)
	}
	return t
}

func (m *Model) sanctionsKey(k tea.KeyPressMsg) tea.Cmd {
	km := m.keys
	v := m.g.View()
	ps := partners(v)
	switch {
	case key.Matches(k, km.Up), key.Matches(k, km.Down), key.Matches(k, km.PgUp), key.Matches(k, km.PgDown):
		m.sancCur = move(m.sancCur, k, km, len(ps), 8)
		return nil
	case key.Matches(k, km.Comply):
		if !isState(v, m.g.seat()) {
			m.setErr("the Secretariat trades with no one")
			return nil
		}
		val := "no"
		if v.States[m.g.seat()].Breaching {
			val = "yes"
		}
		cmd := m.do(game.Command{Kind: game.CmdComply, Value: val})
		if !m.bad {
			if val == "no" {
				m.setStatus("You let trade with the target through your borders: you break the sanctions")
			} else {
				m.setStatus("You enforce the sanctions at your borders")
			}
		}
		return cmd
	}
	if len(ps) == 0 {
		return nil
	}
	target := v.Code(ps[clampInt(m.sancCur, 0, len(ps)-1)])
	switch {
	case key.Matches(k, km.Name):
		return m.do(game.Command{Kind: game.CmdNameBreach, Target: target})
	case key.Matches(k, km.Compensate):
		m.ask("Compensate "+target+" for its losses (Art. 50, $ millions)", "500", func(m *Model, val string) tea.Cmd {
			return m.do(game.Command{Kind: game.CmdCompensate, Target: target, Amount: number(val)})
		})
	}
	return nil
}

// sanctionsPanel: the regime, each trading partner's compliance and leakage
// as bars, and the breach reports with their evidence.
func sanctionsPanel(s snap, cur, w, h int) string {
	st, v := s.st, s.v
	r := &v.Sanctions
	var l []string
	agg := names(v, v.Aggressors())
	if !r.Active {
		l = append(l, st.Heading.Render("No sanctions regime")+" — the Council has imposed no measures on "+agg+" yet.")
	} else {
		var ms []string
		for _, x := range []struct {
			on   bool
			name string
		}{{r.Comprehensive, "comprehensive embargo"}, {r.Trade, "trade embargo"}, {r.Food, "food included"}, {r.Arms, "arms"}, {r.Flights, "flights"}, {r.Targeted, "targeted"}, {r.Committee, "committee"}, {r.Interdiction, "maritime interdiction"}} {
			if x.on {
				ms = append(ms, x.name)
			}
		}
		l = append(l, st.Heading.Render("Sanctions on "+agg)+fmt.Sprintf(" since %s: %s", r.Since.Long(), strings.Join(ms, ", ")))
	}
	l = append(l, fmt.Sprintf("Strength %s %3.0f%%  Leakage %s %3.0f%%  Bite %.0f%% of the economy", bar(r.Strength(), 10), r.Strength()*100, st.Bad.Render(bar(r.Leakage, 10)), r.Leakage*100, r.Bite))
	if isState(v, s.seat) {
		me := &v.States[s.seat]
		policy := "you enforce the sanctions at your borders"
		if me.Breaching {
			policy = st.Bad.Render("you let trade through: you break the sanctions")
		}
		l = append(l, fmt.Sprintf("You: economy %.0f · compliance %.0f%% · aid due to you $%.0fm · %s (b changes)", me.Economy, me.Compliance*100, me.AidDue, policy))
	}
	l = append(l, "")
	hdr := fmt.Sprintf("%-4s %-18s %5s  %-16s %-16s", "", "trading partner", "share", "compliance", "leaking")
	l = append(l, st.Faint.Render(hdr))
	ps := partners(v)
	cur = clampInt(cur, 0, max(0, len(ps)-1))
	nb := len(v.Breaches)
	rows := max(3, min(len(ps), h-8-min(nb, 6)))
	top := clampInt(cur-rows/2, 0, max(0, len(ps)-rows))
	for i := top; i < len(ps) && i < top+rows; i++ {
		id := ps[i]
		x := &v.States[id]
		share := targetShare(v, id)
		leak := 0.0
		if r.Active {
			leak = share * v.SanctionsPassThrough(id)
		}
		flag := ""
		if x.Breaching {
			flag = st.Bad.Render("BREAKING")
		}
		if game.SeatID(id) == s.seat {
			flag += st.Bold.Render(" (you)")
		}
		head := fmt.Sprintf("%-4s %-18s %4.0f%%", v.Code(id), trunc(v.Def(id).Name, 18), share*100)
		if i == cur {
			head = st.Selected.Render(head)
		}
		l = append(l, fmt.Sprintf("%s  %s %3.0f%%  %s %4.1f%%  %s", head, st.Good.Render(bar(x.Compliance, 10)), x.Compliance*100, st.Bad.Render(bar(leak*5, 10)), leak*100, flag))
	}
	if len(ps) == 0 {
		l = append(l, st.Faint.Render("No state trades with the target."))
	}
	l = append(l, "", st.Heading.Render("Breach reports")+st.Faint.Render(" — newest first; n names the selected state, c compensates it (Art. 50)"))
	if nb == 0 {
		l = append(l, st.Faint.Render("None reported."))
	}
	for i := nb - 1; i >= 0 && len(l) < h; i-- {
		b := &v.Breaches[i]
		named := st.Warn.Render("unreported")
		if b.Named {
			named = "named in the Council"
		}
		l = append(l, fmt.Sprintf("%-11s %-4s %4.1f%% of trade · evidence %s %s · %s", shortDate(b.Date), v.Code(b.State), b.Volume, bar(b.Evidence, 5), game.EvidenceWord(b.Evidence), named))
	}
	return fit(l, w, h)
}
