package data

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"github.com/chapter-vii/chapter7/game"
)

type builder struct {
	name  string
	src   []byte
	f     *File
	s     *game.Scenario
	err   *Error
	atlas *game.Atlas
}

// fail records the first problem, at the line of a key in the i-th table.
func (b *builder) fail(table string, i int, key, format string, args ...any) {
	if b.err != nil {
		return
	}
	b.err = &Error{File: b.name, Line: tableKeyLine(b.src, table, i, key), Msg: fmt.Sprintf(format, args...)}
}

func (b *builder) state(table string, i int, key, code string) game.StateID {
	id, ok := b.s.StateByCode(code)
	if !ok {
		b.fail(table, i, key, "unknown state %q: add a [[state]] with code = %q, or use one of the scenario's codes", code, code)
		return game.NoState
	}
	return id
}

func (b *builder) states(table string, i int, key string, codes []string) []game.StateID {
	out := make([]game.StateID, 0, len(codes))
	for _, c := range codes {
		out = append(out, b.state(table, i, key, c))
	}
	return out
}

func (b *builder) flags(table string, i int, key string, names []string) []int {
	out := make([]int, 0, len(names))
	for _, n := range names {
		f, ok := b.s.FlagByName(n)
		if !ok {
			b.fail(table, i, key, "unknown flag %q: declare it in flags = [...] at the top, or use one of %s", n, strings.Join(game.EngineFlags, ", "))
			continue
		}
		out = append(out, f)
	}
	return out
}

func (b *builder) unit(table string, i int, key string, v float64) {
	if v < 0 || v > 1 {
		b.fail(table, i, key, "%s = %g is out of range: use a number from 0 to 1", key, v)
	}
}

// fromAtlas is a state as the atlas has it on a day: what a scenario's
// [[state]] does not say. A code the atlas does not hold starts blank.
func (b *builder) fromAtlas(code string, day game.Date) game.StateDef {
	def := game.StateDef{Code: code, Member: true}
	if b.atlas == nil {
		return def
	}
	if _, ok := b.atlas.State(code); !ok {
		return def
	}
	v := b.atlas.On(day)
	id, _ := v.ID(code)
	def = *v.Def(id)
	def.Blocs = slices.Clone(def.Blocs)
	return def
}

func (b *builder) build() (*game.Scenario, error) {
	f := b.f
	s := &game.Scenario{ID: f.ID, Tutorial: f.Tutorial, Title: f.Title, Summary: f.Summary, Start: f.Start, End: f.End,
		Authority: f.Authority, Tension: f.Tension, RegularBudget: f.RegularBudget, Sources: f.Sources}
	b.s = s
	switch {
	case f.ID == "":
		b.fail("", 0, "id", "the scenario needs an id: add id = \"my-crisis\" at the top")
	case f.Start == 0 || f.End == 0:
		b.fail("", 0, "start", "the scenario needs start and end dates: add start = 1990-08-02 and end = 1991-04-11")
	case f.End <= f.Start:
		b.fail("", 0, "end", "end (%s) must come after start (%s)", f.End, f.Start)
	case f.Start.Year() < 1946:
		b.fail("", 0, "start", "start %s is before 1946: the Security Council first met in January 1946", f.Start)
	}
	days := f.TurnDays
	if days == 0 {
		days = 7
	}
	if days < 1 || days > 92 {
		b.fail("", 0, "turn_days", "turn_days = %d: use 1 to 92 days", days)
	}
	s.Cadence = append(s.Cadence, game.Cadence{From: f.Start, Days: days})
	for i, c := range f.Cadence {
		if c.Days < 1 || c.Days > 92 {
			b.fail("cadence", i, "days", "days = %d: use 1 to 92", c.Days)
		}
		s.Cadence = append(s.Cadence, game.Cadence{From: c.From, Days: c.Days})
	}
	s.Flags = append(append([]string{}, game.EngineFlags...), f.Flags...)
	seen := map[string]bool{}
	for i, st := range f.States {
		if st.Code == "" || strings.ToUpper(st.Code) != st.Code || len(st.Code) > 4 {
			b.fail("state", i, "code", "state code %q: use an upper-case ISO 3166 alpha-3 code such as \"IRQ\"", st.Code)
		}
		if seen[st.Code] {
			b.fail("state", i, "code", "state %q appears twice: keep one [[state]] per code", st.Code)
		}
		seen[st.Code] = true
		def := b.fromAtlas(st.Code, f.Start)
		if st.Name != "" {
			def.Name = st.Name
		}
		if def.Name == "" {
			b.fail("state", i, "code", "state %q needs a name: add name = \"...\" (the atlas does not know the code)", st.Code)
		}
		if st.Region != "" {
			def.Region = st.Region
		}
		if st.Blocs != nil {
			def.Blocs = st.Blocs
		}
		if st.Regime != "" {
			def.Regime = st.Regime
		}
		if st.Permanent != nil {
			def.Permanent = *st.Permanent
		}
		if st.NonMember != nil {
			def.Member = !*st.NonMember
		}
		if st.Sovereignty != nil {
			def.Sovereignty = *st.Sovereignty
			def.Restraint = def.Sovereignty
			b.unit("state", i, "sovereignty", def.Sovereignty)
		}
		if st.Restraint != nil {
			def.Restraint = *st.Restraint
			b.unit("state", i, "restraint", def.Restraint)
		}
		if st.Military != nil {
			def.Military = *st.Military
		}
		b.unit("state", i, "boundary_grievance", st.BoundaryGrievance)
		pay, op := 0.9, 50.0
		if st.PayRate != nil {
			pay = *st.PayRate
			b.unit("state", i, "pay_rate", pay)
		}
		if st.Opinion != nil {
			op = *st.Opinion
		}
		def.BoundaryGrievance, def.Economy, def.Troops = st.BoundaryGrievance, st.Economy, st.Troops
		def.Patron, def.Assessment, def.Arrears, def.PayRate, def.Opinion = game.NoState, st.Assessment, st.Arrears, pay, op
		s.States = append(s.States, def)
	}
	for i, st := range f.States {
		if st.Patron != "" {
			s.States[i].Patron = b.state("state", i, "patron", st.Patron)
		}
	}
	for i, r := range f.Relations {
		from, to := b.state("relation", i, "from", r.From), b.state("relation", i, "to", r.To)
		if r.Value < -100 || r.Value > 100 {
			b.fail("relation", i, "value", "value = %g: relations run from -100 to 100", r.Value)
		}
		s.Relation = append(s.Relation, game.RelationDelta{From: from, To: to, Delta: r.Value})
		if r.Both {
			s.Relation = append(s.Relation, game.RelationDelta{From: to, To: from, Delta: r.Value})
		}
	}
	for i, t := range f.Trade {
		b.unit("trade", i, "share", t.Share)
		s.Trade = append(s.Trade, game.TradeLink{From: b.state("trade", i, "from", t.From), To: b.state("trade", i, "to", t.To), Share: t.Share})
	}
	b.buildTheatre()
	b.buildCouncil()
	b.buildEvents()
	b.buildDrafts()
	b.buildSeats()
	if b.err != nil {
		return nil, b.err
	}
	s.Prepare()
	return s, nil
}

func (b *builder) buildCouncil() {
	s := b.s
	years := map[int]bool{}
	for i, c := range b.f.Council {
		if years[c.Year] {
			b.fail("council", i, "year", "year %d appears twice: keep one [[council]] per year", c.Year)
		}
		years[c.Year] = true
		rules := game.RulesOn(game.MakeDate(c.Year, 6, 1))
		if len(c.Members) != rules.Size {
			b.fail("council", i, "members", "the %d Council has %d members, not %d: list the five permanent and the elected members", c.Year, rules.Size, len(c.Members))
		}
		ids := b.states("council", i, "members", c.Members)
		perm := 0
		for _, id := range ids {
			if id != game.NoState && s.States[id].Permanent {
				perm++
			}
		}
		if b.err == nil && perm != 5 {
			b.fail("council", i, "members", "the %d Council lists %d permanent members: mark exactly five states permanent = true and list them", c.Year, perm)
		}
		s.Council = append(s.Council, game.CouncilYear{Year: c.Year, Members: ids})
	}
	for y := s.Start.Year(); y <= s.End.Year() && b.err == nil; y++ {
		if !years[y] {
			b.fail("", 0, "end", "no [[council]] membership for %d, which the scenario spans: add one", y)
		}
	}
}

func (b *builder) buildTheatre() {
	t := b.f.Theatre
	if !game.ValidSituationKind(t.Kind) {
		b.fail("theatre", -1, "kind", "situation kind %q: use one of %s", t.Kind, game.SituationKinds())
	}
	b.unit("theatre", -1, "clarity", t.Clarity)
	if t.Control < 0 || t.Control > 100 {
		b.fail("theatre", -1, "control", "control = %g: use 0 to 100 (per cent of the territory)", t.Control)
	}
	b.s.Theatre = game.TheatreDef{Name: t.Name, Kind: t.Kind,
		Aggressors: b.states("theatre", -1, "aggressors", t.Aggressors), Victims: b.states("theatre", -1, "victims", t.Victims),
		Clarity: t.Clarity, Control: t.Control, AggressorForces: t.AggressorForces, DefenderForces: t.DefenderForces,
		Hostages: t.Hostages, Refugees: t.Refugees, Map: t.Map, AirWeeks: t.AirWeeks, Groups: t.Groups}
	if b.s.Theatre.AirWeeks == 0 {
		b.s.Theatre.AirWeeks = 5
	}
}

func (b *builder) condition(table string, i int, c condition) game.Condition {
	out := game.Condition{After: c.After, Before: c.Before, MinControl: c.MinControl, MaxControl: c.MaxControl,
		Flags: b.flags(table, i, "flags", c.Flags), NoFlags: b.flags(table, i, "no_flags", c.NoFlags)}
	for _, a := range c.Adopted {
		if _, ok := game.LookupClause(game.ClauseID(a)); !ok {
			b.fail(table, i, "adopted", "unknown clause %q: use one of %s", a, game.ValidClauseIDs())
		}
		out.Adopted = append(out.Adopted, game.ClauseID(a))
	}
	return out
}

func (b *builder) buildEvents() {
	ids := map[string]bool{}
	for i, e := range b.f.Events {
		if e.ID == "" || ids[e.ID] {
			b.fail("event", i, "id", "each [[event]] needs a unique id (%q)", e.ID)
		}
		ids[e.ID] = true
		if e.Text == "" {
			b.fail("event", i, "id", "event %q needs a text", e.ID)
		}
		ef := game.Effect{SetFlags: b.flags("event", i, "set_flags", e.Effect.SetFlags), ClearFlags: b.flags("event", i, "clear_flags", e.Effect.ClearFlags),
			Clarity: e.Effect.Clarity, Tension: e.Effect.Tension, Authority: e.Effect.Authority, Hostages: e.Effect.Hostages,
			Refugees: e.Effect.Refugees, CiviliansKilled: e.Effect.CiviliansKilled, AggressorForces: e.Effect.AggressorForces}
		if e.Effect.Control != nil {
			ef.Control, ef.ControlSet = *e.Effect.Control, true
		}
		for _, r := range e.Effect.Relations {
			to := b.state("event", i, "to", r.To)
			if r.From == "*" {
				for k := range b.s.States {
					if game.StateID(k) != to {
						ef.Relations = append(ef.Relations, game.RelationDelta{From: game.StateID(k), To: to, Delta: r.Delta})
					}
				}
				continue
			}
			ef.Relations = append(ef.Relations, game.RelationDelta{From: b.state("event", i, "from", r.From), To: to, Delta: r.Delta})
		}
		b.s.Events = append(b.s.Events, game.EventDef{ID: e.ID, Kind: e.Kind, Text: e.Text, Historical: e.Historical,
			Actors: b.states("event", i, "actors", e.Actors), When: b.condition("event", i, e.When), Effect: ef})
	}
}

func (b *builder) buildDrafts() {
	syms := map[string]bool{}
	for i, d := range b.f.Drafts {
		if d.Symbol == "" || syms[d.Symbol] {
			b.fail("draft", i, "symbol", "each [[draft]] needs a unique UN symbol such as \"S/RES/678(1990)\" (%q)", d.Symbol)
		}
		syms[d.Symbol] = true
		if d.Date < b.s.Start || d.Date > b.s.End {
			b.fail("draft", i, "date", "draft %s is dated %s, outside the scenario (%s to %s)", d.Symbol, d.Date, b.s.Start, b.s.End)
		}
		if d.Chapter != 6 && d.Chapter != 7 {
			b.fail("draft", i, "chapter", "draft %s: chapter = %d; use 6 or 7", d.Symbol, d.Chapter)
		}
		if len(d.Sponsors) == 0 {
			b.fail("draft", i, "sponsors", "draft %s needs sponsors: the first one tables it in the game", d.Symbol)
		}
		if d.Kind != "" && !game.ValidSituationKind(d.Kind) {
			b.fail("draft", i, "kind", "situation kind %q: use one of %s", d.Kind, game.SituationKinds())
		}
		def := game.DraftDef{Symbol: d.Symbol, Title: d.Title, Date: d.Date, Chapter: d.Chapter, Kind: d.Kind,
			Sponsors: b.states("draft", i, "sponsors", d.Sponsors), Absent: b.states("draft", i, "absent", d.Absent),
			Against: b.states("draft", i, "against", d.Against), For: b.states("draft", i, "for", d.For),
			When: b.condition("draft", i, d.When)}
		if len(d.Clauses) == 0 {
			b.fail("draft", i, "clauses", "draft %s needs clauses from the catalogue", d.Symbol)
		}
		for _, cs := range d.Clauses {
			c, err := ParseClause(cs)
			if err != nil {
				b.fail("draft", i, "clauses", "draft %s: %v", d.Symbol, err)
				continue
			}
			if info, _ := game.LookupClause(c.ID); info.ChapterVII && d.Chapter != 7 {
				b.fail("draft", i, "chapter", "draft %s holds %s, which needs chapter = 7", d.Symbol, c.ID)
			}
			def.Clauses = append(def.Clauses, c)
		}
		b.s.Drafts = append(b.s.Drafts, def)
	}
}

// ObjectiveGoals are the measures an objective may name.
var ObjectiveGoals = []string{"withdrawal", "authority", "legitimacy", "low-casualties", "economy", "no-force", "relations-west", "budget", "civilians", "hold-territory", "sanctions-fail", "coalition"}

func (b *builder) buildSeats() {
	for i, st := range b.f.Seats {
		seat := game.SeatID(len(b.s.States))
		if st.Code != game.Secretariat {
			seat = game.SeatID(b.state("seat", i, "code", st.Code))
		}
		brief := game.SeatBrief{Seat: seat, Briefing: strings.TrimSpace(st.Briefing)}
		for _, o := range st.Objectives {
			if !containsStr(ObjectiveGoals, o.Goal) {
				b.fail("seat", i, "goal", "objective goal %q: use one of %s", o.Goal, strings.Join(ObjectiveGoals, ", "))
			}
			brief.Objectives = append(brief.Objectives, game.Objective{Text: o.Text, Goal: o.Goal, Target: o.Target})
		}
		b.s.Briefs = append(b.s.Briefs, brief)
	}
}

// tableKeyLine finds the line of key inside the i-th [[table]] (or the
// [table] when i < 0, or the top level when table is ""), for error
// messages. It returns 0 when the key is not written.
func tableKeyLine(src []byte, table string, i int, key string) int {
	lines := bytes.Split(src, []byte("\n"))
	start := 0
	if table != "" {
		header := "[[" + table + "]]"
		if i < 0 {
			header = "[" + table + "]"
		}
		n := -1
		start = -1
		for k, l := range lines {
			if strings.TrimSpace(string(l)) == header {
				n++
				if i < 0 || n == i {
					start = k
					break
				}
			}
		}
		if start < 0 {
			return 0
		}
	}
	for k := start; k < len(lines); k++ {
		l := strings.TrimSpace(string(lines[k]))
		if k > start && strings.HasPrefix(l, "[") && !strings.HasPrefix(l, "["+table+".") && table != "" {
			break
		}
		if keyIs(l, key) {
			return k + 1
		}
	}
	if table != "" {
		return start + 1
	}
	return 0
}

func findKeyLine(src []byte, key string) int {
	for k, l := range bytes.Split(src, []byte("\n")) {
		if keyIs(strings.TrimSpace(string(l)), key) {
			return k + 1
		}
	}
	return 0
}

func keyIs(line, key string) bool {
	rest, ok := strings.CutPrefix(line, key)
	return ok && strings.HasPrefix(strings.TrimSpace(rest), "=")
}
