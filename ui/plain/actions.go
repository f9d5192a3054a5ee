package plain

import (
	"fmt"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/chapter-vii/chapter7/data"
	"github.com/chapter-vii/chapter7/game"
)

type command struct {
	help string
	run  func(*session) error
}

// commands work at every prompt of the turn.
var commands map[string]command

func init() {
	commands = map[string]command{
		"help":      {"this list", (*session).help},
		"status":    {"the date, your action points and the indicators", (*session).status},
		"briefing":  {"your briefing and objectives", func(s *session) error { s.briefing(); return nil }},
		"council":   {"the Council's members and the drafts before it", (*session).council},
		"draft":     {"start a draft, or work on one: draft, draft new, draft 2", (*session).draftCmd},
		"whip":      {"the whip count of a draft: whip 2", (*session).whip},
		"sanctions": {"the sanctions regime, compliance and breaches", (*session).sanctions},
		"theatre":   {"the situation on the ground", (*session).theatre},
		"forces":    {"forces and what you can do with yours", (*session).forces},
		"budget":    {"the UN's accounts and arrears", (*session).budget},
		"diplomacy": {"lobby, aid, pressure, deals: diplomacy lobby CUB", (*session).diplomacy},
		"log":       {"the last events: log 20", (*session).log},
		"report":    {"the after-action report so far", func(s *session) error { s.report(); return nil }},
		"save":      {"save the game: save mygame", (*session).save},
		"glossary":  {"the Charter and the game's terms: glossary, glossary 51", (*session).glossary},
		"end":       {"end your turn", (*session).endTurn},
		"cable":     {"a private cable or a public statement", (*session).message},
		"table":     {"circulate a historical text: table S/RES/678(1990)", (*session).tableCmd},
		"quit":      {"stop playing (the last turn is saved automatically)", func(s *session) error { s.quit = true; s.say("Goodbye."); return errQuitNow }},
	}
	for _, verb := range []string{"lobby", "aid", "pressure", "deal"} {
		commands[verb] = command{"diplomacy: " + verb + " CODE", func(s *session) error {
			s.pending = append([]string{verb}, s.pending...)
			return s.diplomacy()
		}}
	}
}

func (s *session) help() error {
	s.say("Commands, at any prompt:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		s.say("  %s: %s.", n, commands[n].help)
	}
	s.say("At a question, type a number from the list, a name or code where asked, or back.")
	return nil
}

func (s *session) status() error {
	v := s.view()
	_, rung := game.Ladder(v.Tension)
	s.say("%s, turn %d: %s. You are %s, with %s left.", v.Scenario.Title, v.Turn, v.Date.Long(), s.seatName(), pointsWord(v.Seats[s.seat].AP))
	s.say("UN authority %.0f of 100. Escalation %.0f of 100: %s.", v.Authority, v.Tension, rung)
	return s.theatre()
}

func (s *session) theatre() error {
	v := s.view()
	t := v.Theatre
	agg := names(v, v.Aggressors())
	pledged := 0.0
	for i := range v.States {
		pledged += v.States[i].Pledged
	}
	s.say("%s holds %.0f%% of the territory it seized, with about %.0f thousand troops; the coalition has %.0f thousand in the theatre and %.0f thousand on the way.", agg, t.Control, t.AggressorForces, v.CoalitionForces(), pledged)
	s.say("Casualties so far: about %.0f thousand soldiers and %.1f thousand civilians. Refugees: %.0f thousand. Foreign nationals held: %.0f thousand.", t.CasualtiesMil, t.CasualtiesCiv, t.Refugees, t.Hostages)
	if t.Authorised {
		s.say("The Council has authorised force%s.", map[bool]string{true: " from " + t.Deadline.Long()}[t.Deadline != 0])
	}
	if t.Basis != "" {
		s.say("The coalition is fighting %s.", game.BasisName(t.Basis))
	}
	return nil
}

func names(v *game.World, ids []game.StateID) string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = v.Def(id).Name
	}
	if len(out) == 0 {
		return "Nobody"
	}
	return strings.Join(out, " and ")
}

func (s *session) council() error {
	v := s.view()
	members := v.Scenario.CouncilOn(v.Date)
	var ms []string
	for _, m := range members {
		d := v.Def(m)
		tag := ""
		if d.Permanent {
			tag = ", permanent"
		}
		ms = append(ms, d.Name+" ("+d.Code+tag+")")
	}
	s.say("The Council in %d has %d members: %s. %d votes adopt a text; a permanent member's no is a veto. The president this month: %s.",
		v.Date.Year(), len(members), strings.Join(ms, "; "), game.RulesOn(v.Date).Majority, v.Def(v.Scenario.Presidency(v.Date)).Name)
	open := 0
	for i := range v.Drafts {
		d := &v.Drafts[i]
		if d.Status.Open() {
			open++
			s.say("%s, %s, Chapter %s, sponsored by %s: %s.", d.Name(), d.Status, roman(d.Chapter), names(v, d.Sponsors), clauseList(d))
		}
	}
	if open == 0 {
		s.say("No draft is before the Council.")
	}
	return nil
}

func roman(ch int) string {
	if ch == 7 {
		return "VII"
	}
	return "VI"
}

func clauseList(d *game.Draft) string {
	var parts []string
	for _, c := range d.Clauses {
		info, _ := game.LookupClause(c.ID)
		p := strings.ToLower(info.Name[:1]) + info.Name[1:]
		for _, prm := range c.Params {
			p += fmt.Sprintf(" (%s %s)", prm.Name, prm.Value)
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, "; ")
}

// whipSentence reads a whip count out: "9 needed; 11 likely yes, 2
// abstain; veto likely from China".
func whipSentence(v *game.World, d *game.Draft) string {
	wc := v.PlayerWhip(d)
	parts := []string{fmt.Sprintf("%d needed", wc.Needed), fmt.Sprintf("%d likely yes", wc.Yes)}
	if wc.Abstain > 0 {
		parts = append(parts, fmt.Sprintf("%d abstain", wc.Abstain))
	}
	if wc.No > 0 {
		parts = append(parts, fmt.Sprintf("%d no", wc.No))
	}
	if wc.Absent > 0 {
		parts = append(parts, fmt.Sprintf("%d absent", wc.Absent))
	}
	if wc.UnclearCount > 0 {
		parts = append(parts, fmt.Sprintf("%d unclear", wc.UnclearCount))
	}
	out := parts[0] + "; " + strings.Join(parts[1:], ", ")
	switch {
	case len(wc.Vetoes) > 0:
		out += "; veto likely from " + names(v, wc.Vetoes)
	case len(wc.AtRisk) > 0:
		out += "; a veto is possible from " + names(v, wc.AtRisk)
	case wc.Passes:
		out += "; it would pass"
	default:
		out += fmt.Sprintf("; %d more votes needed", wc.Missing)
	}
	return out + "."
}

func (s *session) pickDraft(question string, filter func(*game.Draft) bool) (int, error) {
	v := s.view()
	var ids []int
	var items, keys []string
	for i := range v.Drafts {
		d := &v.Drafts[i]
		if d.Status.Open() && filter(d) {
			ids = append(ids, d.ID)
			items = append(items, fmt.Sprintf("%s (%s): %s", d.Name(), d.Status, d.Summary()))
			keys = append(keys, strconv.Itoa(d.ID))
		}
	}
	if len(ids) == 0 {
		s.say("There is no such draft.")
		return 0, nil
	}
	if len(s.pending) > 0 {
		if n, err := strconv.Atoi(s.pending[0]); err == nil && slices.Contains(ids, n) {
			s.pending = s.pending[1:]
			return n, nil
		}
	}
	if len(ids) == 1 {
		return ids[0], nil
	}
	i, err := s.choose(question, items, keys)
	if err != nil || i < 0 {
		return 0, err
	}
	return ids[i], nil
}

func (s *session) whip() error {
	id, err := s.pickDraft("Which draft?", func(*game.Draft) bool { return true })
	if err != nil || id == 0 {
		return err
	}
	v := s.view()
	for i := range v.Drafts {
		if d := &v.Drafts[i]; d.ID == id {
			s.say("Whip count for %s: %s", d.Name(), whipSentence(v, d))
			wc := v.PlayerWhip(d)
			for j, m := range wc.Members {
				switch {
				case wc.IsUnclear(j):
					s.say("  %s: unclear.", v.Def(m).Name)
				case wc.Unclear != nil:
					s.say("  %s: %s.", v.Def(m).Name, wc.Ballots[j].Word())
				default:
					s.say("  %s: %s, %s.", v.Def(m).Name, wc.Ballots[j].Word(), sureWord(wc.Certainty[j]))
				}
			}
		}
	}
	return nil
}

func sureWord(c float64) string {
	switch {
	case c >= 0.85:
		return "almost certain"
	case c >= 0.7:
		return "likely"
	}
	return "uncertain"
}

func (s *session) draftCmd() error {
	if len(s.pending) > 0 && s.pending[0] == "new" {
		s.pending = s.pending[1:]
		return s.newDraft()
	}
	if len(s.pending) > 0 {
		if n, err := strconv.Atoi(s.pending[0]); err == nil {
			s.pending = s.pending[1:]
			return s.workOn(n)
		}
	}
	id, err := s.pickDraft("Which draft do you work on?", s.mine)
	if err != nil || id == 0 {
		if id == 0 && err == nil {
			s.say("Type draft new to start one.")
		}
		return err
	}
	return s.workOn(id)
}

// catalogueItems lists the clauses a draft can take.
func catalogueItems() ([]string, []string) {
	var items, ids []string
	for _, c := range game.Catalogue() {
		ch := ""
		if c.ChapterVII {
			ch = ", Chapter VII only"
		}
		items = append(items, fmt.Sprintf("%s (%s%s)", c.Name, c.ID, ch))
		ids = append(ids, string(c.ID))
	}
	return items, ids
}

func (s *session) newDraft() error {
	ch, err := s.choose("Under which chapter? Chapter VI recommends; Chapter VII binds and allows sanctions and force.", []string{"Chapter VI", "Chapter VII"}, []string{"6", "7"})
	if err != nil || ch < 0 {
		return err
	}
	chapter := 6 + ch
	items, ids := catalogueItems()
	i, err := s.choose("Which clause first? You can add more afterwards.", items, ids)
	if err != nil || i < 0 {
		return err
	}
	c, err := s.clauseWithParams(game.ClauseID(ids[i]))
	if err != nil {
		return err
	}
	if !s.apply(game.Command{Kind: game.CmdDraft, Chapter: chapter, Clauses: []game.ClauseEntry{c}}) {
		return nil
	}
	id := s.w.LastDraft()
	s.say("You circulate draft %d. %s", id, s.whipOf(id))
	return s.workOn(id)
}

// clauseWithParams asks for a clause's parameters.
func (s *session) clauseWithParams(id game.ClauseID) (game.ClauseEntry, error) {
	c := game.ClauseEntry{ID: id}
	info, _ := game.LookupClause(id)
	for _, p := range info.Params {
		q := map[string]string{
			"deadline":  "From which date may states use force? Type a date such as 1991-01-15, or none.",
			"troops":    "How many thousand troops? Type a number such as 2, or none.",
			"budget":    "What budget, in millions of dollars a year? Type a number, or none.",
			"goods":     "Which goods? Type some of oil, arms, food, luxury, diamonds, timber, finance, separated by commas, or none.",
			"agreement": "Which agreement? Type its name, or none.",
		}[p]
		a, err := s.ask(q)
		if err != nil {
			return c, err
		}
		if a != "" && a != "none" {
			c.Params = append(c.Params, game.Param{Name: p, Value: a})
		}
	}
	return c, nil
}

func (s *session) whipOf(id int) string {
	v := s.view()
	for i := range v.Drafts {
		if v.Drafts[i].ID == id {
			return "Whip count: " + whipSentence(v, &v.Drafts[i])
		}
	}
	return ""
}

func (s *session) tableCmd() error {
	if len(s.pending) == 0 {
		next := s.nextHistorical()
		if next == "" {
			s.say("Name the text: table S/RES/678(1990). The scenario's texts are listed by the council command.")
			return nil
		}
		return s.tableHistorical(next)
	}
	sym := s.pending[0]
	s.pending = s.pending[1:]
	return s.tableHistorical(sym)
}

func (s *session) tableHistorical(symbol string) error {
	if !s.apply(game.Command{Kind: game.CmdDraft, Symbol: symbol}) {
		return nil
	}
	id := s.w.LastDraft()
	s.say("You circulate %s. %s", symbol, s.whipOf(id))
	return s.workOn(id)
}

// workOn is the draft editor: amend, table, call the vote, withdraw.
func (s *session) workOn(id int) error {
	for {
		v := s.view()
		var d *game.Draft
		for i := range v.Drafts {
			if v.Drafts[i].ID == id {
				d = &v.Drafts[i]
			}
		}
		if d == nil || !d.Status.Open() {
			s.say("Draft %d is not open.", id)
			return nil
		}
		s.say("%s, %s, Chapter %s: %s.", d.Name(), d.Status, roman(d.Chapter), clauseList(d))
		s.say("Whip count: %s", whipSentence(v, d))
		opts := []string{"Add a clause", "Remove a clause", "Change the chapter"}
		acts := []string{"add", "remove", "chapter"}
		switch d.Status {
		case game.Drafting:
			opts, acts = append(opts, "Table it (put it in blue)"), append(acts, "table")
		case game.Tabled:
			opts, acts = append(opts, "Call the vote (it is taken when the turn ends)"), append(acts, "vote")
		}
		opts, acts = append(opts, "Withdraw it", "Done"), append(acts, "withdraw", "done")
		i, err := s.choose("What do you do with it?", opts, acts)
		if err != nil {
			return err
		}
		if i < 0 || acts[i] == "done" {
			return nil
		}
		switch acts[i] {
		case "add":
			items, ids := catalogueItems()
			k, err := s.choose("Which clause?", items, ids)
			if err != nil || k < 0 {
				return err
			}
			c, err := s.clauseWithParams(game.ClauseID(ids[k]))
			if err != nil {
				return err
			}
			cmd := game.Command{Kind: game.CmdAddClause, Draft: id, Clause: c.ID}
			if len(c.Params) > 0 {
				cmd.Param, cmd.Value = c.Params[0].Name, c.Params[0].Value
			}
			if s.apply(cmd) {
				for _, p := range c.Params[min(1, len(c.Params)):] {
					s.apply(game.Command{Kind: game.CmdSetParam, Draft: id, Clause: c.ID, Param: p.Name, Value: p.Value})
				}
			}
		case "remove":
			var items, ids []string
			for _, c := range d.Clauses {
				info, _ := game.LookupClause(c.ID)
				items, ids = append(items, info.Name), append(ids, string(c.ID))
			}
			k, err := s.choose("Which clause do you remove?", items, ids)
			if err != nil || k < 0 {
				return err
			}
			s.apply(game.Command{Kind: game.CmdRemoveClause, Draft: id, Clause: game.ClauseID(ids[k])})
		case "chapter":
			s.apply(game.Command{Kind: game.CmdSetChapter, Draft: id, Chapter: 13 - d.Chapter})
		case "table":
			if s.apply(game.Command{Kind: game.CmdTable, Draft: id}) {
				s.say("%s is in blue.", d.Name())
			}
		case "vote":
			if s.apply(game.Command{Kind: game.CmdCallVote, Draft: id}) {
				s.say("The vote on %s will be taken when the turn ends.", d.Name())
				return nil
			}
		case "withdraw":
			s.apply(game.Command{Kind: game.CmdWithdrawDraft, Draft: id})
			return nil
		}
	}
}

// pickState asks for a state by code or number.
func (s *session) pickState(question string, only func(game.StateID) bool) (game.StateID, error) {
	v := s.view()
	var items, codes []string
	var ids []game.StateID
	for i := range v.Scenario.States {
		id := game.StateID(i)
		if game.SeatID(id) == s.seat || (only != nil && !only(id)) {
			continue
		}
		d := v.Def(id)
		items = append(items, fmt.Sprintf("%s (%s)", d.Name, d.Code))
		codes = append(codes, d.Code)
		ids = append(ids, id)
	}
	i, err := s.choose(question, items, codes)
	if err != nil || i < 0 {
		return game.NoState, err
	}
	return ids[i], nil
}

func (s *session) amount(question string) (float64, error) {
	for {
		a, err := s.ask(question)
		if err != nil {
			return 0, err
		}
		if a == "back" {
			return 0, nil
		}
		f, err := strconv.ParseFloat(a, 64)
		if err == nil && f > 0 {
			return f, nil
		}
		s.say("%q is not a positive number: type one such as 50, or back.", a)
	}
}

func (s *session) diplomacy() error {
	v := s.view()
	me := game.StateID(s.seat)
	s.say("Where states stand (relations with you, −100 to 100):")
	for _, m := range v.Scenario.CouncilOn(v.Date) {
		if m != me {
			s.say("  %s (%s): %.0f.", v.Def(m).Name, v.Def(m).Code, v.Rel(m, me))
		}
	}
	acts := []string{"lobby", "aid", "pressure", "deal"}
	i, err := s.choose("What kind of diplomacy?", []string{
		"Lobby a state (1 action point)", "Promise aid (1 action point)", "Press a state hard: it moves, and it resents it (1 action point)", "Strike a side deal for its vote (2 action points; it costs you some legitimacy)"}, acts)
	if err != nil || i < 0 {
		return err
	}
	t, err := s.pickState("Which state?", nil)
	if err != nil || t == game.NoState {
		return err
	}
	c := game.Command{Target: v.Def(t).Code}
	switch acts[i] {
	case "lobby":
		c.Kind = game.CmdLobby
	case "aid":
		c.Kind = game.CmdPromiseAid
		if c.Amount, err = s.amount("How much aid, in millions of dollars?"); err != nil || c.Amount == 0 {
			return err
		}
	case "pressure":
		c.Kind = game.CmdPressure
	case "deal":
		c.Kind = game.CmdSideDeal
	}
	if s.apply(c) {
		s.say("Done. Relations of %s with you: %.0f.", v.Def(t).Name, s.w.Rel(t, me))
	}
	return nil
}

func (s *session) explainVeto(id int) error {
	items := make([]string, len(game.VetoGrounds))
	names := make([]string, len(game.VetoGrounds))
	for i, g := range game.VetoGrounds {
		items[i], names[i] = g.Text, g.ID
	}
	i, err := s.choose("On what ground did you veto it?", items, names)
	if err != nil || i < 0 {
		return err
	}
	if s.apply(game.Command{Kind: game.CmdExplainVeto, Draft: id, Value: game.VetoGrounds[i].ID}) {
		s.say("Your reasons are on the record. The members that shared your doubts think better of you.")
	}
	return nil
}

func (s *session) threaten() error {
	id, err := s.pickDraft("Which draft do you threaten to veto?", func(d *game.Draft) bool { return !s.mine(d) })
	if err != nil || id == 0 {
		return err
	}
	if s.apply(game.Command{Kind: game.CmdThreatenVeto, Draft: id}) {
		s.say("Your threat is known. It costs you a little legitimacy; a veto would cost more.")
	}
	return nil
}

func (s *session) forces() error {
	v := s.view()
	if int(s.seat) >= v.N() {
		s.say("The Secretariat has no army. The coalition has %.0f thousand troops in the theatre.", v.CoalitionForces())
		return nil
	}
	me := game.StateID(s.seat)
	st := v.States[me]
	s.say("You have %.0f thousand troops in the theatre and %.0f on the way, of %.0f you could send. The coalition has %.0f thousand; the force ratio is %.1f to 1.",
		st.Committed, st.Pledged, v.Def(me).Troops, v.CoalitionForces(), v.ForceRatio())
	var items, acts []string
	if v.IsAggressor(me) {
		items, acts = append(items, "Withdraw from the territory you hold", "Let the foreign nationals you hold leave", "Accept the Council's cease-fire terms"), append(acts, "withdraw", "release", "accept")
	} else {
		items, acts = append(items, "Commit troops to the coalition", "Recall troops", "Launch the offensive"), append(acts, "commit", "recall", "offensive")
	}
	i, err := s.choose("What do you do?", items, acts)
	if err != nil || i < 0 {
		return err
	}
	switch acts[i] {
	case "commit", "recall":
		a, err := s.amount("How many thousand troops?")
		if err != nil || a == 0 {
			return err
		}
		kind := game.CmdCommitForces
		if acts[i] == "recall" {
			kind = game.CmdRecallForces
		}
		s.apply(game.Command{Kind: kind, Amount: a})
	case "offensive":
		bases := []string{"sc", "art51", "ga", "regional", "unilateral"}
		k, err := s.choose("On what legal ground?", []string{
			"The Council's authorisation", "Collective self-defence, Art. 51 (after an armed attack)",
			"The General Assembly's recommendation (Uniting for Peace)", "A regional organisation, without the Council (Art. 53)", "Alone, without any authorisation"}, bases)
		if err != nil || k < 0 {
			return err
		}
		s.apply(game.Command{Kind: game.CmdOffensive, Value: bases[k]})
	case "withdraw":
		s.apply(game.Command{Kind: game.CmdWithdraw})
	case "release":
		s.apply(game.Command{Kind: game.CmdReleaseHostage})
	case "accept":
		s.apply(game.Command{Kind: game.CmdAcceptTerms})
	}
	return nil
}

func (s *session) sanctions() error {
	v := s.view()
	r := v.Sanctions
	if !r.Active {
		s.say("No sanctions are in force.")
		return nil
	}
	var m []string
	for name, on := range map[string]bool{"a comprehensive embargo": r.Comprehensive, "an embargo on listed goods": r.Trade && !r.Comprehensive, "food included": r.Food, "an arms embargo": r.Arms, "a flight ban": r.Flights, "targeted measures": r.Targeted, "a monitoring committee": r.Committee, "maritime interdiction": r.Interdiction} {
		if on {
			m = append(m, name)
		}
	}
	slices.Sort(m)
	s.say("Sanctions since %s: %s. Leakage %.0f%%; the target has lost %.0f%% of its economy.", r.Since.Long(), strings.Join(m, ", "), r.Leakage*100, r.Bite)
	for _, a := range v.Aggressors() {
		for i := range v.States {
			id := game.StateID(i)
			if share := v.TradeShare(a, id); share > 0 {
				word := "complies"
				if v.States[i].Breaching {
					word = "lets goods through"
				}
				s.say("  %s: %.0f%% of the target's trade; %s; about %.0f%% of the target's trade leaks through it.", v.Def(id).Name, share*100, word, share*v.SanctionsPassThrough(id)*100)
			}
		}
	}
	for _, b := range v.Breaches {
		named := ""
		if b.Named {
			named = ", named in the Council"
		}
		s.say("  Breach reported %s through %s: %.0f%% of the target's trade, evidence %.0f%%%s.", b.Date.Long(), v.Def(b.State).Name, b.Volume, b.Evidence*100, named)
	}
	return nil
}

func (s *session) sanctionsMenu() error {
	if err := s.sanctions(); err != nil {
		return err
	}
	acts := []string{"comply", "breach", "name", "compensate"}
	i, err := s.choose("What do you do?", []string{"Enforce the sanctions at your borders", "Let trade through (a breach)", "Name a state for breaking the sanctions", "Compensate a state hurt by the sanctions (Art. 50)"}, acts)
	if err != nil || i < 0 {
		return err
	}
	switch acts[i] {
	case "comply":
		s.apply(game.Command{Kind: game.CmdComply, Value: "yes"})
	case "breach":
		s.apply(game.Command{Kind: game.CmdComply, Value: "no"})
	case "name", "compensate":
		t, err := s.pickState("Which state?", nil)
		if err != nil || t == game.NoState {
			return err
		}
		c := game.Command{Kind: game.CmdNameBreach, Target: s.w.Code(t)}
		if acts[i] == "compensate" {
			c.Kind = game.CmdCompensate
			if c.Amount, err = s.amount("How much, in millions of dollars?"); err != nil || c.Amount == 0 {
				return err
			}
		}
		s.apply(c)
	}
	return nil
}

func (s *session) budget() error {
	v := s.view()
	b := v.Budget
	s.say("The regular budget has $%.0f million in cash; the budget is $%.0f million a year.", b.RegularCash, v.Scenario.RegularBudget)
	for _, m := range b.Missions {
		s.say("  %s: %.1f of %.1f thousand troops deployed, $%.0f million a year, $%.0f million in cash.", m.Name, m.Deployed, m.Troops, m.Budget, m.Cash)
	}
	for i := range v.States {
		if a := v.States[i].Arrears; a >= 1 {
			vote := ""
			if v.LosesGAVote(game.StateID(i)) {
				vote = ": it has lost its vote in the General Assembly (Art. 19)"
			}
			s.say("  %s owes $%.0f million%s.", v.Def(game.StateID(i)).Name, a, vote)
		}
	}
	return nil
}

func (s *session) secretariat() error {
	acts := []string{"refer", "envoy", "facts", "humanitarian", "dues", "mission", "name"}
	i, err := s.choose("Which tool?", []string{
		"Bring the matter to the Council (Art. 99)", "Send an envoy: good offices", "A fact-finding mission (2 action points): clearer evidence makes a determination easier",
		"A humanitarian appeal", "Appeal to members in arrears to pay", "Propose a peacekeeping or observer mission", "Name a state for breaking the sanctions"}, acts)
	if err != nil || i < 0 {
		return err
	}
	switch acts[i] {
	case "refer":
		s.apply(game.Command{Kind: game.CmdRefer})
	case "envoy":
		s.apply(game.Command{Kind: game.CmdGoodOffices})
	case "facts":
		s.apply(game.Command{Kind: game.CmdFactFinding})
	case "humanitarian", "dues":
		s.apply(game.Command{Kind: game.CmdAppeal, Value: acts[i]})
	case "mission":
		a, err := s.amount("How many thousand troops?")
		if err != nil || a == 0 {
			return err
		}
		kind, err := s.choose("What kind of mission?", []string{"Peacekeeping or observers", "Peacekeeping with an international civil administration (Chapter VII)"}, []string{"peacekeeping", "civil-administration"})
		if err != nil || kind < 0 {
			return err
		}
		if s.apply(game.Command{Kind: game.CmdProposeMission, Amount: a, Value: []string{"", "civil-administration"}[kind]}) {
			s.say("Your proposal is draft %d; a member state must sponsor it before it can be tabled.", s.w.LastDraft())
		}
	case "name":
		t, err := s.pickState("Which state?", nil)
		if err != nil || t == game.NoState {
			return err
		}
		s.apply(game.Command{Kind: game.CmdNameBreach, Target: s.w.Code(t)})
	}
	return nil
}

func (s *session) log() error {
	n := 15
	if len(s.pending) > 0 {
		if k, err := strconv.Atoi(s.pending[0]); err == nil && k > 0 {
			n = k
		}
		s.pending = nil
	}
	v := s.view()
	from := max(0, len(v.Events)-n)
	for _, e := range v.Events[from:] {
		s.say("%s: %s.", e.Date.Long(), strings.TrimSuffix(e.Text, "."))
	}
	return nil
}

func (s *session) save() error {
	name := "plain"
	if len(s.pending) > 0 {
		name = s.pending[0]
		s.pending = nil
	}
	if strings.ContainsAny(name, `/\`) || strings.HasPrefix(name, ".") {
		s.say("A save name is one word without slashes, such as mygame.")
		return nil
	}
	if s.opt.SaveDir == "" || s.opt.Remote != nil {
		s.say("This game is saved by the seminar's server after every turn.")
		return nil
	}
	path := filepath.Join(s.opt.SaveDir, name+".json")
	if err := data.WriteSave(path, game.MakeSave(s.w)); err != nil {
		s.say("The save failed: %v.", err)
		return nil
	}
	s.say("Saved to %s.", path)
	return nil
}

func (s *session) endTurn() error {
	before := len(s.w.Votes)
	turn := s.w.Turn
	if !s.apply(game.Command{Kind: game.CmdEndTurn}) {
		return nil
	}
	if r := s.opt.Remote; r != nil && s.w.Turn == turn && !s.w.Over {
		s.say("You have ended your turn. Waiting for the other seats, or the instructor.")
		for s.w.Turn == turn && !s.w.Over {
			w, ok := r.Wait()
			if !ok {
				return errQuitNow
			}
			s.w = w
		}
	}
	s.autosave()
	v := s.view()
	for _, vr := range v.Votes[before:] {
		s.say("")
		s.say("Vote on %s: %d in favour, %d against, %d abstaining. %s.", voteLabel(&vr), vr.Yes, vr.No, vr.Abstain, capital(verdictWord(v, &vr)))
		var parts []string
		for i, m := range vr.Members {
			if vr.Ballots[i] != game.Yes {
				parts = append(parts, fmt.Sprintf("%s %s", v.Def(m).Name, vr.Ballots[i].Word()))
			}
		}
		if vr.Body == game.BodySC && len(parts) > 0 {
			s.say("Not voting yes: %s.", strings.Join(parts, "; "))
		}
	}
	return nil
}

func voteLabel(v *game.VoteRecord) string {
	if v.Symbol != "" {
		return v.Symbol
	}
	if v.Body == game.BodyGA {
		return "the General Assembly's recommendation"
	}
	return fmt.Sprintf("draft %d", v.Draft)
}

func verdictWord(w *game.World, v *game.VoteRecord) string {
	switch {
	case v.Adopted:
		return "adopted"
	case len(v.VetoedBy) > 0:
		return "vetoed by " + names(w, v.VetoedBy)
	}
	return "not adopted"
}

func capital(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// report reads the after-action report out as sentences, without tables.
func (s *session) report() {
	if s.hist == nil {
		h, err := game.New(s.w.Scenario, s.w.Seed, game.Options{Autopilot: true})
		if err == nil {
			s.hist = game.RunToEnd(h)
		}
	}
	r := game.BuildReport(s.w, s.hist)
	s.say("After-action report: %s. Outcome: %s, on %s.", r.Title, r.Outcome, r.End.Long())
	if r.LeftHistory != "" {
		s.say("The game left history at %s.", r.LeftHistory)
	} else {
		s.say("The game's votes followed the historical record.")
	}
	if objs := s.w.Objectives(s.seat); len(objs) > 0 {
		s.say("Your objectives:")
		for _, o := range objs {
			word := "not met"
			if o.Met {
				word = "met"
			}
			s.say("  %s: %s (%s).", o.Text, word, o.Why)
		}
	}
	s.say("The four conditions of collective security:")
	for _, c := range r.Conditions {
		word := "failed"
		if c.Held {
			word = "held"
		}
		s.say("  %s: %s. %s", c.Name, word, c.Why)
	}
	s.say("Votes, beside history:")
	for _, v := range r.Votes {
		line := fmt.Sprintf("  %s, %s: %s %s", v.Date.Long(), v.Name, v.Verdict, v.Tally)
		if v.History != "" {
			line += "; in history " + v.History
		}
		if len(v.Changed) > 0 {
			line += "; votes that differ: " + strings.Join(v.Changed, ", ")
		}
		s.say("%s.", strings.TrimSpace(line))
	}
	s.say("Turning points:")
	for _, t := range r.Turning {
		s.say("  %s.", strings.TrimSuffix(t, "."))
	}
	s.say("For discussion:")
	for _, p := range r.Prompts {
		s.say("  %s", p)
	}
}

func (s *session) endOfGame() {
	s.say("")
	s.say("The game is over.")
	s.report()
	if s.opt.SaveDir != "" {
		path := filepath.Join(s.opt.SaveDir, "report-"+s.w.Scenario.ID+".md")
		r := game.BuildReport(s.w, s.hist)
		if err := data.WriteFileAtomic(path, []byte(r.Markdown())); err == nil {
			s.say("The report is also written as Markdown to %s.", path)
		}
	}
}

// blocked reports whether the Council has vetoed or failed a text, which
// opens Uniting for Peace.
func (s *session) blocked() bool {
	for _, d := range s.view().Drafts {
		if d.Body == game.BodySC && (d.Status == game.Vetoed || d.Status == game.Failed) {
			return true
		}
	}
	return false
}

func (s *session) cosponsor() error {
	id, err := s.pickDraft("Which draft do you co-sponsor?", func(d *game.Draft) bool { return !s.mine(d) })
	if err != nil || id == 0 {
		return err
	}
	if s.apply(game.Command{Kind: game.CmdCosponsor, Draft: id}) {
		s.say("You co-sponsor draft %d. %s", id, s.whipOf(id))
	}
	return nil
}

func (s *session) uniting() error {
	s.say("Uniting for Peace: when a veto blocks the Council, a majority of members can call an emergency special session, where two-thirds can recommend measures. It costs 2 action points.")
	if s.apply(game.Command{Kind: game.CmdRequestSession}) {
		v := s.view()
		if n := len(v.Votes); n > 0 && v.Votes[n-1].Body == game.BodyGA {
			g := v.Votes[n-1]
			s.say("The General Assembly votes %d in favour, %d against, %d abstaining: %s.", g.Yes, g.No, g.Abstain, verdictWord(v, &g))
		}
	}
	return nil
}

func (s *session) message() error {
	i, err := s.choose("A private cable to one seat, or a public statement?", []string{"A private cable", "A public statement"}, []string{"cable", "statement"})
	if err != nil || i < 0 {
		return err
	}
	target := ""
	if i == 0 {
		t, err := s.pickState("To whom?", nil)
		if err != nil || t == game.NoState {
			return err
		}
		target = s.w.Code(t)
	}
	text, err := s.ask("Your words (one line):")
	if err != nil || text == "" || text == "back" {
		return err
	}
	if s.apply(game.Command{Kind: game.CmdMessage, Target: target, Text: text}) {
		s.say("Sent.")
	}
	return nil
}

// glossary lists the glossary's terms, or reads the entries whose term
// holds the words typed after it ("glossary 51", "glossary uniting").
func (s *session) glossary() error {
	g, err := data.Glossary()
	if err != nil {
		s.say("%v", err)
		return nil
	}
	q := strings.ToLower(strings.Join(s.pending, " "))
	s.pending = nil
	if q == "" {
		terms := make([]string, len(g))
		for i, e := range g {
			terms[i] = e.Term
		}
		s.say("Glossary: %s. Type glossary and a word to read one, for example glossary 51.", strings.Join(terms, "; "))
		return nil
	}
	found := false
	for _, e := range g {
		if strings.Contains(strings.ToLower(e.Term), q) {
			s.say("%s. %s (Source: %s.)", e.Term, e.Text, e.Source)
			found = true
		}
	}
	if !found {
		s.say("Nothing in the glossary matches %q. Type glossary for the list.", q)
	}
	return nil
}
