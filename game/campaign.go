package game

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
)

// A campaign is a run of crises in which what happened before carries
// over (issue #7): UN authority, the members' arrears, relations and
// grudges, the precedents the Council set, and how far the escalation
// ladder climbed. Carry is what one crisis hands the next; it is applied
// when the next game starts, before its first turn, and saved with it, so
// that a campaign's games replay like any other.

// Carry is what a finished crisis hands on.
type Carry struct {
	// From is the scenario it comes from.
	From string `json:"from"`
	// Authority is the change in UN authority to carry: half of what the
	// last crisis won or lost.
	Authority float64 `json:"authority"`
	// Relations are the changes in relations between states, by code, to
	// carry: half of what the last crisis did to them, where it did much.
	Relations []RelationCarry `json:"relations,omitempty"`
	// Arrears are the changes in members' arrears (millions), by code.
	Arrears map[string]float64 `json:"arrears,omitempty"`
	// Precedents are what the Council did that the next crisis remembers.
	Precedents []string `json:"precedents,omitempty"`
	// Tension is the escalation that carries: a crisis that ended in war
	// leaves the next one starting higher.
	Tension float64 `json:"tension"`
}

// RelationCarry is a change in one state's view of another.
type RelationCarry struct {
	From  string  `json:"from"`
	To    string  `json:"to"`
	Delta float64 `json:"delta"`
}

// Precedents a crisis can set.
const (
	PrecedentAuthorised   = "force-authorised"   // the Council authorised force
	PrecedentUnauthorised = "unauthorised-force" // force was used around the Council
	PrecedentAssembly     = "uniting-for-peace"  // the Assembly recommended measures
	PrecedentVeto         = "veto:"              // + the code of a member that vetoed
)

// startRelations are the relations a scenario starts from.
func startRelations(s *Scenario) []float64 {
	n := len(s.States)
	rel := make([]float64, n*n)
	for a := range n {
		for b := range n {
			if a != b {
				rel[a*n+b] = baseRelation(s, StateID(a), StateID(b))
			}
		}
	}
	for _, r := range s.Relation {
		rel[int(r.From)*n+int(r.To)] = clamp(r.Delta, -100, 100)
	}
	return rel
}

// CarryFrom is what a finished (or abandoned) crisis hands the next.
func CarryFrom(w *World) Carry {
	s := w.Scenario
	c := Carry{From: s.ID, Authority: round1((w.Authority - s.Authority) / 2), Arrears: map[string]float64{}}
	start := startRelations(s)
	n := w.N()
	for a := range n {
		for b := range n {
			if d := w.Relations[a*n+b] - start[a*n+b]; a != b && math.Abs(d) >= 5 {
				c.Relations = append(c.Relations, RelationCarry{From: w.Code(StateID(a)), To: w.Code(StateID(b)), Delta: round1(d / 2)})
			}
		}
	}
	for i := range w.States {
		if d := w.States[i].Arrears - s.States[i].Arrears; math.Abs(d) >= 1 {
			c.Arrears[w.Code(StateID(i))] = round1(d)
		}
	}
	for i := range w.Votes {
		v := &w.Votes[i]
		if v.Adopted && v.Body == BodySC && slices.Contains(v.Clauses, AuthorizeForce) {
			c.Precedents = appendNew(c.Precedents, PrecedentAuthorised)
		}
		if v.Adopted && v.Body == BodyGA {
			c.Precedents = appendNew(c.Precedents, PrecedentAssembly)
		}
		for _, m := range v.VetoedBy {
			c.Precedents = appendNew(c.Precedents, PrecedentVeto+w.Code(m))
		}
	}
	if w.Flag(FlagUnauthorisedForce) {
		c.Precedents = appendNew(c.Precedents, PrecedentUnauthorised)
	}
	if w.Flag(FlagWar) || w.Theatre.WarWeeks > 0 || w.Outcome == OutcomeReversed || w.Outcome == OutcomeCompelled {
		c.Tension = 5
	}
	return c
}

func appendNew(list []string, s string) []string {
	if slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}

func round1(x float64) float64 { return math.Round(x*10) / 10 }

// applyCarry sets a new crisis on what the last one left: the effects are
// told as the first news of the game.
func (w *World) applyCarry(c *Carry) {
	if c == nil {
		return
	}
	w.Authority = clamp(w.Authority+c.Authority, 0, 100)
	w.Tension = clamp(w.Tension+c.Tension, 0, 100)
	for _, r := range c.Relations {
		a, okA := w.carried(r.From)
		b, okB := w.carried(r.To)
		if okA && okB {
			w.moveRel(a, b, r.Delta)
		}
	}
	codes := make([]string, 0, len(c.Arrears))
	for code := range c.Arrears {
		codes = append(codes, code)
	}
	sort.Strings(codes)
	for _, code := range codes {
		if s, ok := w.carried(code); ok {
			w.States[s].Arrears = max(0, w.States[s].Arrears+c.Arrears[code])
		}
	}
	for _, p := range c.Precedents {
		code, veto := strings.CutPrefix(p, PrecedentVeto)
		if !veto {
			continue
		}
		// A member that vetoed last time starts under suspicion.
		if s, ok := w.carried(code); ok {
			w.States[s].Legitimacy = clamp(w.States[s].Legitimacy-3, 0, 100)
		}
	}
	for _, line := range c.Summary() {
		w.emit(EvAction, line)
	}
}

// carried finds a state of an earlier crisis in this one: the Russian
// Federation continues the Soviet Union's seat and its memories.
func (w *World) carried(code string) (StateID, bool) {
	if s, ok := w.Scenario.StateByCode(code); ok {
		return s, true
	}
	if code == "SUN" {
		return w.Scenario.StateByCode("RUS")
	}
	return NoState, false
}

// Summary says what carried over and why, a line each.
func (c Carry) Summary() []string {
	var out []string
	switch {
	case c.Authority > 0:
		out = append(out, fmt.Sprintf("From %s: the UN's authority stands higher for what the Council achieved (%+.0f)", c.From, c.Authority))
	case c.Authority < 0:
		out = append(out, fmt.Sprintf("From %s: the UN's authority stands lower for what the Council failed to do (%+.0f)", c.From, c.Authority))
	}
	if c.Tension > 0 {
		out = append(out, fmt.Sprintf("From %s: the last crisis ended in war; this one starts further up the ladder (%+.0f)", c.From, c.Tension))
	}
	for _, p := range c.Precedents {
		switch code, veto := strings.CutPrefix(p, PrecedentVeto); {
		case veto:
			out = append(out, fmt.Sprintf("From %s: %s's veto is remembered; its word counts for less", c.From, code))
		case p == PrecedentAuthorised:
			out = append(out, fmt.Sprintf("From %s: the Council has authorised force before; members expect it to again", c.From))
		case p == PrecedentUnauthorised:
			out = append(out, fmt.Sprintf("From %s: force was used around the Council; others may cite the precedent", c.From))
		case p == PrecedentAssembly:
			out = append(out, fmt.Sprintf("From %s: the General Assembly acted when the Council could not", c.From))
		}
	}
	if n := len(c.Relations); n > 0 {
		out = append(out, fmt.Sprintf("From %s: %d relations between states carry the marks of the last crisis", c.From, n))
	}
	if n := len(c.Arrears); n > 0 {
		out = append(out, fmt.Sprintf("From %s: %d members' arrears changed, and stay changed", c.From, n))
	}
	return out
}

// Resolved reports whether a crisis ended with the wrong undone: the
// aggressor out, by pressure or by force, or a nuclear test answered.
func Resolved(outcome string) bool {
	switch outcome {
	case OutcomeReversed, OutcomeWithdrawal, OutcomeCompelled, OutcomeTestAnswered:
		return true
	}
	return false
}

// Campaign outcomes.
const (
	CampaignHeld     = "collective-security-held"     // every crisis resolved, the UN's authority at 50 or more
	CampaignStrained = "collective-security-strained" // half the crises or more resolved
	CampaignFailed   = "collective-security-failed"
)

// CampaignOutcome judges a campaign by its crises' outcomes and the UN's
// authority at the end.
func CampaignOutcome(outcomes []string, authority float64) string {
	resolved := 0
	for _, o := range outcomes {
		if Resolved(o) {
			resolved++
		}
	}
	switch {
	case resolved == len(outcomes) && authority >= 50:
		return CampaignHeld
	case 2*resolved >= len(outcomes):
		return CampaignStrained
	}
	return CampaignFailed
}

// CampaignMarkdown is a campaign's after-action report: the crises in
// order with their outcomes, what each handed on, the verdict on the whole
// campaign, then each crisis's own report. hist[i] is crisis i on its
// historical track, or nil.
func CampaignMarkdown(crises, hist []*World) string {
	var b strings.Builder
	b.WriteString("# Campaign report\n\n")
	var outcomes []string
	for _, w := range crises {
		outcomes = append(outcomes, w.Outcome)
	}
	authority := 0.0
	if n := len(crises); n > 0 {
		authority = crises[n-1].Authority
	}
	fmt.Fprintf(&b, "**Verdict: %s** — %d crises, UN authority %.0f at the end.\n\n", CampaignOutcome(outcomes, authority), len(crises), authority)
	b.WriteString("| # | crisis | outcome | UN authority after | carried in |\n|---|---|---|---|---|\n")
	for i, w := range crises {
		carried := "—"
		if w.Carry != nil {
			carried = strings.Join(w.Carry.Summary(), "; ")
		}
		outcome := w.Outcome
		if outcome == "" {
			outcome = "in progress"
		}
		fmt.Fprintf(&b, "| %d | %s | %s | %.0f | %s |\n", i+1, w.Scenario.Title, outcome, w.Authority, carried)
	}
	for i, w := range crises {
		var h *World
		if i < len(hist) {
			h = hist[i]
		}
		md := BuildReport(w, h).Markdown()
		// One level down: each crisis is a section of the campaign.
		md = strings.ReplaceAll(md, "\n## ", "\n### ")
		md = strings.Replace(md, "# ", fmt.Sprintf("## %d. ", i+1), 1)
		b.WriteString("\n" + md)
	}
	return b.String()
}
