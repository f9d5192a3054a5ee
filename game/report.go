package game

import (
	"fmt"
	"slices"
	"strings"
)

// Report is the after-action report (GAME.md §12): the game beside the
// historical track, vote by vote; the indicators over time; what held and
// what failed of the four conditions of collective security, and why; the
// turning points; and questions for a seminar. No single score.
type Report struct {
	Title      string
	Seed       uint64
	Outcome    string
	Start, End Date
	Votes      []VoteLine
	Timeline   []TimelineLine
	Indicators []Point
	Conditions []ConditionVerdict
	Turning    []string
	Prompts    []string
	// LeftHistory is the first place the game left the historical track, or "".
	LeftHistory string
}

// VoteLine is one vote of the game beside the same text's vote on the
// historical track.
type VoteLine struct {
	Name    string
	Date    Date
	Body    string
	Tally   string
	Verdict string
	// History is the historical track's verdict and tally, "" when the text
	// was never voted there.
	History string
	// Changed lists members who voted otherwise than on the historical track.
	Changed []string
}

// TimelineLine pairs a date's events in the game and in history.
type TimelineLine struct {
	Date    Date
	Game    string
	History string
}

// ConditionVerdict says whether one condition of collective security held.
type ConditionVerdict struct {
	Name string
	Held bool
	Why  string
}

// Conditions of collective security (GAME.md §1).
var ConditionNames = [4]string{
	"Status quo accepted",
	"Aggression clearly defined",
	"Forces and money committed",
	"Sanctions breaches stopped",
}

// BuildReport builds the report of a game; hist is the same scenario played
// on the historical track (the autopilot), or nil.
func BuildReport(w, hist *World) Report {
	s := w.Scenario
	r := Report{Title: s.Title, Seed: w.Seed, Outcome: w.Outcome, Start: s.Start, End: w.Date, Indicators: w.History}
	if r.Outcome == "" {
		r.Outcome = "in progress"
	}
	histVotes := map[string]*VoteRecord{}
	if hist != nil {
		for i := range hist.Votes {
			if v := &hist.Votes[i]; v.Symbol != "" {
				histVotes[v.Symbol] = v
			}
		}
	}
	for i := range w.Votes {
		v := &w.Votes[i]
		line := VoteLine{Name: voteName(v), Date: v.Date, Body: v.Body, Tally: tallyText(v), Verdict: verdict(w, v)}
		if h, ok := histVotes[v.Symbol]; ok && v.Symbol != "" {
			line.History = verdict(hist, h) + " " + tallyText(h)
			for j, m := range v.Members {
				if hb, ok := h.BallotOf(m); ok && hb != v.Ballots[j] {
					line.Changed = append(line.Changed, fmt.Sprintf("%s %c (history %c)", w.Code(m), v.Ballots[j], hb))
				}
			}
			if (len(line.Changed) > 0 || h.Adopted != v.Adopted) && r.LeftHistory == "" {
				r.LeftHistory = fmt.Sprintf("%s, on %s: %s", line.Name, v.Date.Long(), strings.Join(line.Changed, ", "))
			}
		}
		r.Votes = append(r.Votes, line)
	}
	if hist != nil {
		// Texts voted in history and never in this game, in the record's order.
		for i := range hist.Votes {
			h := &hist.Votes[i]
			horizon := w.Date // a game in progress has not reached this turn's meetings yet
			if w.Over {
				horizon = w.TurnEnd()
			}
			if h.Symbol == "" || h.Date > horizon || h.Date == horizon && !w.Over || slices.ContainsFunc(w.Votes, func(v VoteRecord) bool { return v.Symbol == h.Symbol }) {
				continue
			}
			r.Votes = append(r.Votes, VoteLine{Name: h.Symbol, Date: h.Date, Body: h.Body, Verdict: "never voted", History: verdict(hist, h) + " " + tallyText(h)})
		}
		slices.SortStableFunc(r.Votes, func(a, b VoteLine) int { return int(a.Date - b.Date) })
		// Where the game first left history: the earliest vote that differs.
		r.LeftHistory = ""
		for _, v := range r.Votes {
			switch {
			case v.Verdict == "never voted":
				r.LeftHistory = fmt.Sprintf("%s, voted on %s in history, was never put to the vote", v.Name, v.Date.Long())
			case v.History != "" && (len(v.Changed) > 0 || !strings.HasPrefix(v.History, v.Verdict+" ")):
				r.LeftHistory = fmt.Sprintf("%s, on %s: %s", v.Name, v.Date.Long(), strings.Join(v.Changed, ", "))
			default:
				continue
			}
			break
		}
	}
	r.Timeline = timeline(w, hist)
	r.Conditions = conditions(w)
	r.Turning = turningPoints(w)
	r.Prompts = prompts(w, r.Conditions)
	return r
}

func voteName(v *VoteRecord) string {
	if v.Symbol != "" {
		return v.Symbol
	}
	body := "Council"
	if v.Body == BodyGA {
		body = "Assembly"
	}
	return fmt.Sprintf("%s draft %d (%s)", body, v.Draft, v.Title)
}

func tallyText(v *VoteRecord) string { return fmt.Sprintf("%d-%d-%d", v.Yes, v.No, v.Abstain) }

func verdict(w *World, v *VoteRecord) string {
	switch {
	case v.Adopted:
		return "adopted"
	case len(v.VetoedBy) > 0:
		codes := make([]string, len(v.VetoedBy))
		for i, m := range v.VetoedBy {
			codes[i] = w.Code(m)
		}
		return "vetoed by " + strings.Join(codes, ", ")
	}
	return "not adopted"
}

// timeline lists the game's notable public events beside history's.
func timeline(w, hist *World) []TimelineLine {
	notable := func(e *Event) bool {
		if !e.Public() {
			return false
		}
		switch e.Kind {
		case EvVote, EvVeto, EvThreat, EvGA, EvOutcome:
			return true
		case EvCombat:
			return e.Historical || strings.Contains(e.Text, "into battle")
		case EvBreach:
			return strings.Contains(e.Text, "named")
		}
		return e.Historical
	}
	byDate := map[Date]*TimelineLine{}
	add := func(d Date, text string, game bool) {
		l, ok := byDate[d]
		if !ok {
			l = &TimelineLine{Date: d}
			byDate[d] = l
		}
		if game {
			l.Game = join(l.Game, text)
		} else {
			l.History = join(l.History, text)
		}
	}
	for i := range w.Events {
		if e := &w.Events[i]; notable(e) {
			add(e.Date, e.Text, true)
		}
	}
	horizon := w.Date // in a game in progress, history as far as the game has come
	if w.Over {
		horizon = w.TurnEnd()
	}
	if hist != nil {
		for i := range hist.Events {
			if e := &hist.Events[i]; notable(e) && e.Date <= horizon {
				add(e.Date, e.Text, false)
			}
		}
	}
	out := make([]TimelineLine, 0, len(byDate))
	for _, l := range byDate {
		out = append(out, *l)
	}
	slices.SortFunc(out, func(a, b TimelineLine) int { return int(a.Date - b.Date) })
	return out
}

func join(a, b string) string {
	if a == "" {
		return b
	}
	return a + "; " + b
}

func conditions(w *World) []ConditionVerdict {
	t := &w.Theatre
	agg := "the aggressor"
	if a := w.Aggressors(); len(a) > 0 {
		agg = w.Def(a[0]).Name
	}
	var out []ConditionVerdict

	// 1. Status quo.
	inside := internalKind(w.Scenario.Theatre.Kind)
	switch {
	case w.Flag(FlagWithdrawn) && t.Basis != "" && inside:
		out = append(out, ConditionVerdict{ConditionNames[0], true, fmt.Sprintf("%s did not accept the limits the Council set on what it did inside its borders; its forces left only under force (%s).", agg, BasisName(t.Basis))})
	case w.Flag(FlagWithdrawn) && t.Basis != "":
		out = append(out, ConditionVerdict{ConditionNames[0], true, fmt.Sprintf("%s did not accept the order and took what it wanted; the order was restored only by force (%s).", agg, BasisName(t.Basis))})
	case w.Flag(FlagWithdrawn):
		out = append(out, ConditionVerdict{ConditionNames[0], true, fmt.Sprintf("%s withdrew without being driven out: pressure restored the status quo.", agg)})
	case t.Control > 0 && inside:
		out = append(out, ConditionVerdict{ConditionNames[0], false, fmt.Sprintf("%s's forces still hold %.0f%% of the territory in crisis.", agg, t.Control)})
	case t.Control > 0:
		out = append(out, ConditionVerdict{ConditionNames[0], false, fmt.Sprintf("%s still holds %.0f%% of the territory it seized.", agg, t.Control)})
	default:
		out = append(out, ConditionVerdict{ConditionNames[0], true, "No territory changed hands."})
	}

	// 2. Definition of aggression.
	var det ClauseID
	for i := range w.Drafts {
		if d := &w.Drafts[i]; d.Status == Adopted && d.Body == BodySC {
			if x := d.Determination(); x != "" && det == "" {
				det = x
			}
		}
	}
	clear := ClarityWord(t.Clarity)
	if det != "" {
		info, _ := LookupClause(det)
		out = append(out, ConditionVerdict{ConditionNames[1], true, fmt.Sprintf("The Council made a determination under Art. 39 (%s); the evidence was %s.", strings.ToLower(info.Name), clear)})
	} else {
		out = append(out, ConditionVerdict{ConditionNames[1], false, fmt.Sprintf("The Council never determined a threat, breach or act of aggression; the evidence was %s.", clear)})
	}

	// 3. Commitment of forces and money.
	var contributors []string
	great := 0
	for i := range w.States {
		st := &w.States[i]
		if st.Committed+st.Pledged+st.Casualty > 0 {
			contributors = append(contributors, w.Def(StateID(i)).Code)
			if w.Def(StateID(i)).Permanent {
				great++
			}
		}
	}
	coal := w.CoalitionForces()
	money := "the UN's regular budget stayed in credit"
	if w.Budget.RegularCash < 0 {
		money = fmt.Sprintf("the UN's regular budget ended $%.0f million short", -w.Budget.RegularCash)
	}
	held := len(contributors) > 0 && great > 0
	why := fmt.Sprintf("%s (%s) put forces in; %.0f thousand troops in the theatre at the end; %s.", plural(len(contributors), "state"), plural(great, "permanent member"), coal, money)
	if len(contributors) == 0 {
		why = "No state committed forces; " + money + "."
	}
	out = append(out, ConditionVerdict{ConditionNames[2], held, why})

	// 4. Breaches.
	if !w.Sanctions.Active {
		out = append(out, ConditionVerdict{ConditionNames[3], false, "No sanctions were imposed, so none could be enforced."})
	} else {
		named, breakers := 0, map[StateID]bool{}
		for _, b := range w.Breaches {
			breakers[b.State] = true
			if b.Named {
				named++
			}
		}
		var names []string
		for i := range w.States {
			if breakers[StateID(i)] {
				names = append(names, w.Def(StateID(i)).Name)
			}
		}
		leak := w.Sanctions.Leakage
		why := fmt.Sprintf("Leakage ended at %.0f%%; the sanctions cost the target %.0f%% of its economy.", leak*100, w.Sanctions.Bite)
		if len(names) > 0 {
			why += fmt.Sprintf(" Breaches were reported through %s; %d reports were named in the Council.", strings.Join(names, ", "), named)
		}
		out = append(out, ConditionVerdict{ConditionNames[3], leak < 0.15, why})
	}
	return out
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// BasisName says on what legal basis force is used, as a phrase that
// follows a verb: "fighting with the Council's authorisation".
func BasisName(b string) string {
	switch b {
	case BasisCouncil:
		return "with the Council's authorisation"
	case BasisArt51:
		return "in collective self-defence, Art. 51"
	case BasisAssembly:
		return "on the General Assembly's recommendation"
	case BasisRegional:
		return "by a regional organisation without authorisation"
	case BasisUnilateral:
		return "without any authorisation"
	}
	return b
}

// turningPoints are the decisions that changed the outcome most: vetoes,
// authorisations, the first use of force, withdrawal; in date order.
func turningPoints(w *World) []string {
	type point struct {
		date Date
		text string
	}
	var pts []point
	add := func(d Date, text string) { pts = append(pts, point{d, d.Long() + ": " + text}) }
	for i := range w.Votes {
		v := &w.Votes[i]
		switch {
		case len(v.VetoedBy) > 0:
			add(v.Date, fmt.Sprintf("%s is vetoed by %s", voteName(v), strings.TrimPrefix(verdict(w, v), "vetoed by ")))
		case v.Adopted && (slices.Contains(v.Clauses, AuthorizeForce) && v.Body == BodySC || slices.Contains(v.Clauses, ComprehensiveSanctions)):
			add(v.Date, fmt.Sprintf("%s is adopted %s (%s)", voteName(v), tallyText(v), strings.Join(clauseNames(v.Clauses), ", ")))
		case v.Body == BodyGA:
			add(v.Date, fmt.Sprintf("the General Assembly votes %s under Uniting for Peace (%s)", tallyText(v), verdict(w, v)))
		}
	}
	for i := range w.Events {
		e := &w.Events[i]
		if e.Kind == EvCombat && strings.Contains(e.Text, "into battle") || e.Kind == EvOutcome {
			add(e.Date, e.Text)
		}
	}
	slices.SortStableFunc(pts, func(a, b point) int { return int(a.date - b.date) })
	out := make([]string, len(pts))
	for i, p := range pts {
		out[i] = p.text
	}
	return out
}

func clauseNames(ids []ClauseID) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = string(id)
	}
	return out
}

func prompts(w *World, c []ConditionVerdict) []string {
	out := []string{
		"Which of the four conditions mattered most in this game, and which could a single seat have changed?",
	}
	if !c[0].Held {
		out = append(out, "The aggressor kept what it took. What would it have taken to make it accept the status quo — and who should have paid that price?")
	}
	if c[0].Held && w.Theatre.Basis != "" {
		out = append(out, "The status quo came back by force. Is collective security that needs a war to work a success?")
	}
	if !c[1].Held {
		out = append(out, "Without an agreed determination under Art. 39, each state read the crisis its own way. What evidence would have changed that?")
	}
	if w.Flag(FlagUnauthorisedForce) {
		out = append(out, "Force was used without the Council. Was it legal, legitimate, both or neither? Compare NATO over Kosovo in 1999.")
	}
	for i := range w.Votes {
		if len(w.Votes[i].VetoedBy) > 0 {
			out = append(out, "A permanent member vetoed. Whom did the veto shield, and what did it cost the vetoer and the UN?")
			break
		}
	}
	if !c[3].Held && w.Sanctions.Active {
		out = append(out, "The sanctions leaked. Who gained from breaking them, and what would have made compliance worth their while (Art. 50)?")
	}
	out = append(out, "The League of Nations failed all four conditions. Which did the UN do better on here, and why?")
	return out
}

// Markdown writes the report as a Markdown document.
func (r Report) Markdown() string {
	var b strings.Builder
	fmt.Fprintf(&b, "# After-action report: %s\n\n", r.Title)
	fmt.Fprintf(&b, "Seed %d, %s to %s. **Outcome: %s.**\n\n", r.Seed, r.Start.Long(), r.End.Long(), r.Outcome)
	if r.LeftHistory != "" {
		fmt.Fprintf(&b, "The game left history at %s.\n\n", r.LeftHistory)
	} else {
		b.WriteString("The game's votes followed the historical record.\n\n")
	}
	b.WriteString("## The four conditions of collective security\n\n")
	for _, c := range r.Conditions {
		mark := "failed"
		if c.Held {
			mark = "held"
		}
		fmt.Fprintf(&b, "- **%s — %s.** %s\n", c.Name, mark, c.Why)
	}
	b.WriteString("\n## Votes, beside history\n\n| date | text | game | history | votes that differ |\n|---|---|---|---|---|\n")
	for _, v := range r.Votes {
		game := strings.TrimSpace(v.Verdict + " " + v.Tally)
		hist := v.History
		if hist == "" {
			hist = "—"
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s |\n", v.Date, mdCell(v.Name), game, hist, mdCell(strings.Join(v.Changed, ", ")))
	}
	b.WriteString("\n## Turning points\n\n")
	for _, t := range r.Turning {
		fmt.Fprintf(&b, "- %s\n", t)
	}
	b.WriteString("\n## Indicators over time\n\n| date | UN authority | escalation | territory held | leakage | coalition (thousands) |\n|---|---|---|---|---|---|\n")
	for _, p := range r.Indicators {
		_, rung := Ladder(p.Tension)
		fmt.Fprintf(&b, "| %s | %.0f | %.0f (%s) | %.0f%% | %.0f%% | %.0f |\n", p.Date, p.Authority, p.Tension, rung, p.Control, p.Leakage*100, p.Coalition)
	}
	b.WriteString("\n## Timeline, beside history\n\n| date | this game | history |\n|---|---|---|\n")
	for _, l := range r.Timeline {
		fmt.Fprintf(&b, "| %s | %s | %s |\n", l.Date, mdCell(l.Game), mdCell(l.History))
	}
	b.WriteString("\n## For discussion\n\n")
	for _, p := range r.Prompts {
		fmt.Fprintf(&b, "- %s\n", p)
	}
	return b.String()
}

func mdCell(s string) string { return strings.ReplaceAll(s, "|", "\\|") }
