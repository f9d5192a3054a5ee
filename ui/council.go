package ui

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/chapter-vii/chapter7/game"
)

var catalogue = game.Catalogue()

// councilDrafts are the Council drafts the seat can see, oldest first.
func councilDrafts(v *game.World) []*game.Draft {
	var out []*game.Draft
	for i := range v.Drafts {
		if v.Drafts[i].Body == game.BodySC {
			out = append(out, &v.Drafts[i])
		}
	}
	return out
}

// currentDraft is the draft open in the Council: the chosen one, else the
// newest open draft the seat may edit, else the newest open one.
func (m *Model) currentDraft() *game.Draft {
	ds := councilDrafts(m.g.View())
	if m.draft != 0 {
		for _, d := range ds {
			if d.ID == m.draft {
				return d
			}
		}
	}
	seat := m.g.seat()
	var open *game.Draft
	for i := len(ds) - 1; i >= 0; i-- {
		if ds[i].Status.Open() {
			if mayEdit(m.g.View(), seat, ds[i]) {
				return ds[i]
			}
			if open == nil {
				open = ds[i]
			}
		}
	}
	if open == nil && len(ds) > 0 {
		return ds[len(ds)-1] // the last vote, seat by seat
	}
	return open
}

func (m *Model) councilKey(k tea.KeyPressMsg) tea.Cmd {
	km := m.keys
	d := m.currentDraft()
	v := m.g.View()
	id := 0
	if d != nil {
		id = d.ID
	}
	c := catalogue[clampInt(m.clauseCur, 0, len(catalogue)-1)]
	switch {
	case key.Matches(k, km.Up), key.Matches(k, km.Down), key.Matches(k, km.PgUp), key.Matches(k, km.PgDown):
		m.clauseCur = move(m.clauseCur, k, km, len(catalogue), m.bodyHeight()/2)
	case key.Matches(k, km.PrevDraft), key.Matches(k, km.NextDraft):
		ds := councilDrafts(v)
		if len(ds) == 0 {
			m.setErr("no drafts yet: n starts one with the clause under the cursor, H tables a historical text")
			return nil
		}
		i := slices.IndexFunc(ds, func(x *game.Draft) bool { return x.ID == id })
		if key.Matches(k, km.PrevDraft) {
			i--
		} else {
			i++
		}
		i = (i + len(ds)) % len(ds)
		m.draft = ds[i].ID
	case key.Matches(k, km.NewDraft):
		cmd := m.do(game.Command{Kind: game.CmdDraft, Clauses: []game.ClauseEntry{{ID: c.ID}}})
		if !m.bad {
			m.draft = m.g.View().LastDraft()
		}
		return cmd
	case key.Matches(k, km.History):
		sc := v.Scenario
		items := make([]string, len(sc.Drafts))
		for i, h := range sc.Drafts {
			items[i] = fmt.Sprintf("%-16s %s  %s", h.Symbol, h.Date.String(), h.Title)
		}
		m.picker = &picker{title: "Circulate a historical text (it stays a draft until you table it)", items: items, do: func(m *Model, i int) tea.Cmd {
			cmd := m.do(game.Command{Kind: game.CmdDraft, Symbol: sc.Drafts[i].Symbol})
			if !m.bad {
				m.draft = m.g.View().LastDraft()
			}
			return cmd
		}}
	case key.Matches(k, km.Toggle):
		if d == nil {
			cmd := m.do(game.Command{Kind: game.CmdDraft, Clauses: []game.ClauseEntry{{ID: c.ID}}})
			if !m.bad {
				m.draft = m.g.View().LastDraft()
			}
			return cmd
		}
		if d.Has(c.ID) {
			return m.do(game.Command{Kind: game.CmdRemoveClause, Draft: id, Clause: c.ID})
		}
		cmd := game.Command{Kind: game.CmdAddClause, Draft: id, Clause: c.ID}
		if c.ID == game.AuthorizeForce {
			cmd.Param, cmd.Value = "deadline", v.Date.AddDays(42).String()
		}
		return m.do(cmd)
	case key.Matches(k, km.Threaten) && m.owesExplanation() != 0:
		// a veto this seat cast and owes the Council its reasons for
		owed := m.owesExplanation()
		items := make([]string, len(game.VetoGrounds))
		for i, g := range game.VetoGrounds {
			items[i] = g.Text
		}
		dn := fmt.Sprintf("draft %d", owed)
		if od, err := v.DraftByID(owed); err == nil {
			dn = od.Name()
		}
		m.picker = &picker{title: "Explain your veto of " + dn + " to the Council", items: items, do: func(m *Model, i int) tea.Cmd {
			return m.do(game.Command{Kind: game.CmdExplainVeto, Draft: owed, Value: game.VetoGrounds[i].ID})
		}}
	case key.Matches(k, km.Assembly):
		// after a veto or a failed vote: ask the members for an emergency
		// special session of the General Assembly (it needs no open draft)
		return m.do(game.Command{Kind: game.CmdRequestSession})
	case d == nil && (key.Matches(k, km.Chapter, km.Param, km.Table, km.CallVote, km.Threaten, km.Cosponsor, km.WithdrawDraft)):
		m.setErr("no draft open: n starts one with the clause under the cursor, H picks a historical text")
	case key.Matches(k, km.Chapter):
		ch := 7
		if d.Chapter == 7 {
			ch = 6
		}
		return m.do(game.Command{Kind: game.CmdSetChapter, Draft: id, Chapter: ch})
	case key.Matches(k, km.Param):
		if len(c.Params) == 0 {
			m.setErr(fmt.Sprintf("%s takes no parameters", c.ID))
			return nil
		}
		if !d.Has(c.ID) {
			m.setErr(fmt.Sprintf("add %s to the draft first (space)", c.ID))
			return nil
		}
		entry, _ := d.Clause(c.ID)
		param := c.Params[0]
		hint := map[string]string{"deadline": "YYYY-MM-DD", "troops": "thousands", "budget": "$ millions a year", "goods": "oil, arms, food, luxury, diamonds, timber, finance", "agreement": "its name"}[param]
		for _, p := range c.Params {
			if entry.Param(p) == "" {
				param = p
				hint = map[string]string{"deadline": "YYYY-MM-DD", "troops": "thousands", "budget": "$ millions a year", "goods": "oil, arms, food, …", "agreement": "its name"}[p]
				break
			}
		}
		m.ask(fmt.Sprintf("%s %s (%s)", c.ID, param, hint), entry.Param(param), func(m *Model, val string) tea.Cmd {
			return m.do(game.Command{Kind: game.CmdSetParam, Draft: id, Clause: c.ID, Param: param, Value: val})
		})
	case key.Matches(k, km.Table):
		return m.do(game.Command{Kind: game.CmdTable, Draft: id})
	case key.Matches(k, km.CallVote):
		// The meeting is a day of this turn: today, or the day the text was
		// voted in history when that falls in the turn.
		day := v.Date
		if d.Historical >= 0 {
			if h := v.Scenario.Drafts[d.Historical].Date; h >= v.Date && h <= v.TurnEnd() {
				day = h
			}
		}
		m.ask(fmt.Sprintf("Vote on %s on (a day from %s to %s)", d.Name(), v.Date, v.TurnEnd()), day.String(), func(m *Model, val string) tea.Cmd {
			date, err := game.ParseDate(val)
			if err != nil {
				m.setErr(err.Error())
				return nil
			}
			cmd := m.do(game.Command{Kind: game.CmdCallVote, Draft: id, Date: date})
			if !m.bad {
				m.setStatus(fmt.Sprintf("%s will be put to the vote on %s, when the turn ends (e)", d.Name(), date.Long()))
			}
			return cmd
		})
	case key.Matches(k, km.Threaten):
		return m.do(game.Command{Kind: game.CmdThreatenVeto, Draft: id})
	case key.Matches(k, km.Cosponsor):
		return m.do(game.Command{Kind: game.CmdCosponsor, Draft: id})
	case key.Matches(k, km.WithdrawDraft):
		return m.do(game.Command{Kind: game.CmdWithdrawDraft, Draft: id})
	case key.Matches(k, km.Refer):
		return m.do(game.Command{Kind: game.CmdRefer})
	case key.Matches(k, km.FactFind):
		return m.do(game.Command{Kind: game.CmdFactFinding})
	}
	return nil
}

// voteOf finds the Council's vote on a draft.
func voteOf(v *game.World, d *game.Draft) *game.VoteRecord {
	for i := len(v.Votes) - 1; i >= 0; i-- {
		if r := &v.Votes[i]; r.Body == game.BodySC && r.Draft == d.ID {
			return r
		}
	}
	return nil
}

func ballotWord(st *styles, b game.Ballot, veto bool) string {
	switch b {
	case game.Yes:
		return st.Yes.Render("Yes    ")
	case game.No:
		if veto {
			return st.Veto.Render("VETO   ")
		}
		return st.No.Render("No     ")
	case game.Abstain:
		return st.Abstain.Render("Abstain")
	}
	return st.Absent.Render("Absent ")
}

// councilPanel: the chamber with the whip count (or the vote taken) on the
// left; the draft editor on the right.
func councilPanel(s snap, d *game.Draft, wc *game.WhipCount, cur, w, h int) string {
	lw := 33
	if !s.compact {
		lw = 58
	}
	left := chamber(s, d, wc, lw)
	right := editor(s, d, cur, w-lw-2, h)
	return fit(columns(left, lw, right, 2), w, h)
}

func chamber(s snap, d *game.Draft, wc *game.WhipCount, lw int) []string {
	st, v := s.st, s.v
	var l []string
	pres := v.Scenario.Presidency(v.Date)
	members := v.Scenario.CouncilOn(v.Date)
	var rec *game.VoteRecord
	if d != nil && !d.Status.Open() {
		rec = voteOf(v, d)
	}
	switch {
	case rec != nil:
		if s.compact {
			l = append(l, st.Heading.Render("The vote, "+shortDate(rec.Date)))
		} else {
			l = append(l, st.Heading.Render(fmt.Sprintf("The vote on %s, %s", d.Name(), rec.Date.Long())))
		}
		members = rec.Members
	case wc != nil:
		l = append(l, st.Heading.Render("Whip count")+st.Faint.Render(" — predicted votes"))
		members = wc.Members
	default:
		l = append(l, st.Heading.Render("The Council")+st.Faint.Render(fmt.Sprintf(" — %d members", len(members))))
	}
	for i, mem := range members {
		def := v.Def(mem)
		mark := " "
		if def.Permanent {
			mark = "★"
		}
		name := def.Code
		if !s.compact {
			name = padRight(def.Code+" "+def.Name, 24)
		}
		line := mark + name
		if mem == pres {
			line += st.Faint.Render("ᴾ")
		} else {
			line += " "
		}
		switch {
		case rec != nil:
			veto := slices.Contains(rec.VetoedBy, mem)
			line += " " + ballotWord(st, rec.Ballots[i], veto)
			if i < len(rec.Utility) {
				line += st.Faint.Render(fmt.Sprintf(" u%+.2f", rec.Utility[i]))
			}
		case wc != nil:
			veto := vetoing(wc) && slices.Contains(wc.Vetoes, mem)
			c := wc.Certainty[i]
			switch {
			case wc.IsUnclear(i):
				line += " " + st.Faint.Render(padRight("unclear", 7))
			case wc.Unclear != nil: // hard: the vote, without the certainty
				line += " " + ballotWord(st, wc.Ballots[i], veto)
			default:
				line += " " + ballotWord(st, wc.Ballots[i], veto) + " " + bar((c-0.5)*2, 5) + fmt.Sprintf(" %3.0f%%", c*100)
			}
			switch {
			case slices.Contains(d.Threats, mem):
				line += st.Bad.Render(" threat")
			case slices.Contains(wc.AtRisk, mem):
				line += st.Warn.Render(" risk")
			case len(wc.Swing) > 0 && wc.Swing[0] == mem && wc.Ballots[i] != game.Yes:
				line += st.Warn.Render(" swing")
			}
		default:
			line += " " + st.Faint.Render(game.RegionName(def.Region))
		}
		l = append(l, line)
	}
	l = append(l, "")
	switch {
	case rec != nil:
		verdict := st.Good.Render("ADOPTED")
		if !rec.Adopted {
			verdict = st.Bad.Render("NOT ADOPTED")
			if len(rec.VetoedBy) > 0 {
				verdict = st.Veto.Render("VETOED")
			}
		}
		l = append(l, fmt.Sprintf("%d–%d–%d  %s", rec.Yes, rec.No, rec.Abstain, verdict))
	case wc != nil:
		verdict := st.Good.Render("would pass")
		if !wc.Passes {
			verdict = st.Bad.Render("would fail")
		}
		tallyLine := fmt.Sprintf("%d–%d–%d %s", wc.Yes, wc.No, wc.Abstain, verdict)
		if wc.UnclearCount > 0 {
			tallyLine += st.Faint.Render(fmt.Sprintf(" · %d unclear", wc.UnclearCount))
		}
		l = append(l, tallyLine)
		miss := st.Good.Render("none missing")
		if wc.Missing > 0 {
			miss = st.Bad.Render(fmt.Sprintf("%d missing", wc.Missing))
		}
		l = append(l, fmt.Sprintf("Needs %d: %s", wc.Needed, miss))
		risk := st.Good.Render("none")
		if vetoing(wc) {
			risk = st.Veto.Render("VETO by " + codes(v, wc.Vetoes))
		} else if len(wc.Vetoes) > 0 {
			risk = st.Warn.Render(codes(v, wc.Vetoes) + " against (no veto: too few votes)")
		} else if len(wc.AtRisk) > 0 {
			risk = st.Warn.Render("close: " + codes(v, wc.AtRisk))
		}
		l = append(l, "Veto risk: "+risk)
		if len(wc.Swing) > 0 {
			l = append(l, st.Faint.Render("Swing (closest first): "+codes(v, wc.Swing[:min(4, len(wc.Swing))])))
			if !s.compact {
				l = append(l, "")
				l = append(l, why(s, d, wc, wc.Swing[0])...)
			}
		}
	default:
		l = append(l, st.Faint.Render("★ permanent"), st.Faint.Render("ᴾ presides this month"))
	}
	return l
}

func codes(v *game.World, ids []game.StateID) string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = v.Code(id)
	}
	return strings.Join(out, ", ")
}

func editor(s snap, d *game.Draft, cur, w, h int) []string {
	st, v := s.st, s.v
	var l []string
	ds := councilDrafts(v)
	if d == nil {
		l = append(l, st.Heading.Render("No draft open"),
			"n starts a draft with the clause under the cursor;",
			"H circulates a historical text ("+fmt.Sprint(len(v.Scenario.Drafts))+" in this case).")
	} else {
		idx := slices.IndexFunc(ds, func(x *game.Draft) bool { return x.ID == d.ID }) + 1
		edit := mayEdit(v, s.seat, d) && d.Status.Open()
		role := st.Faint.Render("read only")
		if edit {
			role = st.OK.Render("you may edit")
		}
		l = append(l, st.Heading.Render(d.Name())+" · "+st.Bold.Render(d.Status.String()))
		l = append(l, fmt.Sprintf("draft %d/%d ([ ] others) · ", idx, len(ds))+role)
		l = append(l, st.Bold.Render(trunc(d.Title, w)))
		ch := "VI"
		if d.Chapter == 7 {
			ch = "VII"
		}
		det := "none"
		if x := d.Determination(); x != "" {
			info, _ := game.LookupClause(x)
			det = strings.TrimPrefix(info.Name, "Determines ")
		}
		spons := "the Secretariat"
		if len(d.Sponsors) > 0 {
			spons = codes(v, d.Sponsors)
		}
		l = append(l, fmt.Sprintf("Chapter %s · Art. 39: %s", ch, det))
		line := "Sponsors " + spons
		if len(d.Threats) > 0 {
			line += " · " + st.Bad.Render("veto threats: "+codes(v, d.Threats))
		}
		if d.Amended > 0 {
			line += fmt.Sprintf(" · amended %d×", d.Amended)
		}
		l = append(l, line)
	}
	l = append(l, st.Faint.Render("Clauses — space adds/removes · p parameter"))
	rows := max(3, h-len(l))
	top := clampInt(cur-rows/2, 0, max(0, len(catalogue)-rows))
	for i := top; i < len(catalogue) && i < top+rows; i++ {
		c := catalogue[i]
		box := "[ ]"
		var params []string
		if d != nil {
			if e, ok := d.Clause(c.ID); ok {
				box = st.Yes.Render("[x]")
				for _, p := range e.Params {
					params = append(params, p.Name+"="+p.Value)
				}
			}
		}
		tag := ""
		if c.ChapterVII {
			tag = st.Faint.Render(" VII")
		}
		text := c.Name
		if len(params) > 0 {
			text += " (" + strings.Join(params, ", ") + ")"
		} else if len(c.Params) > 0 {
			text += st.Faint.Render(" (" + strings.Join(c.Params, ", ") + ")")
		}
		line := box + " " + text + tag
		if i == cur {
			line = st.Selected.Render("▸") + line
		} else {
			line = " " + line
		}
		l = append(l, line)
	}
	return l
}

// why explains the vote model's prediction for one member: the terms that
// weigh most against the draft and for it.
func why(s snap, d *game.Draft, wc *game.WhipCount, member game.StateID) []string {
	st, v := s.st, s.v
	i := slices.Index(wc.Members, member)
	if i < 0 {
		return nil
	}
	sit := v.SituationFor(d)
	terms := game.DefaultModel.Terms(v, member, &sit, d.Sponsors, game.DraftLoads(d.Clauses, &sit))
	type term struct {
		name string
		val  float64
	}
	var ts []term
	for j, x := range terms {
		if w := game.DefaultModel.W[j] * x; w > 0.005 || w < -0.005 {
			ts = append(ts, term{game.TermNames[j], w})
		}
	}
	if p := v.Inclined(member); p > 0.005 || p < -0.005 {
		ts = append(ts, term{"lobbying and deals", p})
	}
	slices.SortFunc(ts, func(a, b term) int {
		switch {
		case a.val < b.val:
			return -1
		case a.val > b.val:
			return 1
		}
		return 0
	})
	out := []string{st.Bold.Render(fmt.Sprintf("Why %s votes %s (utility %+.2f; yes needs ≥ %.1f)", v.Def(member).Name, wc.Ballots[i].Word(), wc.Utility[i], game.DefaultModel.YesAt))}
	for j := 0; j < len(ts) && j < 3 && ts[j].val < 0; j++ {
		out = append(out, fmt.Sprintf("  %s %-36s %+.2f", st.Bad.Render("against"), ts[j].name, ts[j].val))
	}
	for j := len(ts) - 1; j >= 0 && j >= len(ts)-3 && ts[j].val > 0; j-- {
		out = append(out, fmt.Sprintf("  %s %-36s %+.2f", st.Good.Render("for    "), ts[j].name, ts[j].val))
	}
	return out
}

// vetoing reports whether a permanent member's predicted no would be a
// veto: only when the draft has the votes to pass otherwise (Art. 27).
func vetoing(wc *game.WhipCount) bool { return len(wc.Vetoes) > 0 && wc.Yes >= wc.Needed }

// owesExplanation is the latest draft this seat vetoed without giving its
// reasons, or 0.
func (m *Model) owesExplanation() int {
	v := m.g.View()
	seat := m.g.seat()
	if seat < 0 || int(seat) >= v.N() {
		return 0
	}
	owed := v.OwedExplanations(game.StateID(seat))
	if len(owed) == 0 {
		return 0
	}
	return owed[len(owed)-1]
}
