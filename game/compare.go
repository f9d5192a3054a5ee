package game

import (
	"fmt"
	"strings"
)

// Comparison sets two games of one scenario side by side: the votes that
// differ, the indicators over time, the outcomes.
type Comparison struct {
	Scenario        string
	A, B            string // labels
	OutcomeA        string
	OutcomeB        string
	Votes           []VoteDiff
	Indicators      []IndicatorPair
	FirstDivergence string
}

// VoteDiff is a text voted in either game, and how each game voted it.
type VoteDiff struct {
	Name    string
	Date    Date
	A, B    string   // verdict and tally, or "not voted"
	Members []string // members whose ballots differ: "CHN A→N"
}

// IndicatorPair is both games' indicators at the end of the same turn.
type IndicatorPair struct {
	Date Date
	A, B Point
	HasA bool
	HasB bool
}

// Compare sets two games of the same scenario side by side.
func Compare(a, b *World, labelA, labelB string) (Comparison, error) {
	if a.Scenario.ID != b.Scenario.ID {
		return Comparison{}, fmt.Errorf("the games are of different scenarios (%s and %s): compare games of one scenario", a.Scenario.ID, b.Scenario.ID)
	}
	c := Comparison{Scenario: a.Scenario.Title, A: labelA, B: labelB, OutcomeA: orInProgress(a.Outcome), OutcomeB: orInProgress(b.Outcome)}
	key := func(v *VoteRecord) string {
		if v.Symbol != "" {
			return v.Symbol
		}
		return fmt.Sprintf("%s %s %s", v.Body, v.Date, strings.Join(clauseNames(v.Clauses), ","))
	}
	bv := map[string]*VoteRecord{}
	for i := range b.Votes {
		bv[key(&b.Votes[i])] = &b.Votes[i]
	}
	seen := map[string]bool{}
	for i := range a.Votes {
		va := &a.Votes[i]
		k := key(va)
		seen[k] = true
		d := VoteDiff{Name: voteName(va), Date: va.Date, A: verdict(a, va) + " " + tallyText(va), B: "not voted"}
		if vb, ok := bv[k]; ok {
			d.B = verdict(b, vb) + " " + tallyText(vb)
			for j, m := range va.Members {
				if bb, ok := vb.BallotOf(m); ok && bb != va.Ballots[j] {
					d.Members = append(d.Members, fmt.Sprintf("%s %c→%c", a.Code(m), va.Ballots[j], bb))
				}
			}
		}
		if d.A != d.B || len(d.Members) > 0 {
			c.Votes = append(c.Votes, d)
		}
	}
	for i := range b.Votes {
		vb := &b.Votes[i]
		if !seen[key(vb)] {
			c.Votes = append(c.Votes, VoteDiff{Name: voteName(vb), Date: vb.Date, A: "not voted", B: verdict(b, vb) + " " + tallyText(vb)})
		}
	}
	sortByDate(c.Votes)
	if len(c.Votes) > 0 {
		v := c.Votes[0]
		c.FirstDivergence = fmt.Sprintf("%s, %s: %s in %s, %s in %s", v.Date.Long(), v.Name, v.A, labelA, v.B, labelB)
		if len(v.Members) > 0 {
			c.FirstDivergence += " (" + strings.Join(v.Members, ", ") + ")"
		}
	}
	byDate := map[Date]*IndicatorPair{}
	var dates []Date
	for _, p := range a.History {
		byDate[p.Date] = &IndicatorPair{Date: p.Date, A: p, HasA: true}
		dates = append(dates, p.Date)
	}
	for _, p := range b.History {
		if ip, ok := byDate[p.Date]; ok {
			ip.B, ip.HasB = p, true
		} else {
			byDate[p.Date] = &IndicatorPair{Date: p.Date, B: p, HasB: true}
			dates = append(dates, p.Date)
		}
	}
	sortDates(dates)
	for _, d := range dates {
		c.Indicators = append(c.Indicators, *byDate[d])
	}
	return c, nil
}

func orInProgress(o string) string {
	if o == "" {
		return "in progress"
	}
	return o
}

func sortByDate(v []VoteDiff) {
	for i := 1; i < len(v); i++ {
		for j := i; j > 0 && v[j].Date < v[j-1].Date; j-- {
			v[j], v[j-1] = v[j-1], v[j]
		}
	}
}

func sortDates(d []Date) {
	for i := 1; i < len(d); i++ {
		for j := i; j > 0 && d[j] < d[j-1]; j-- {
			d[j], d[j-1] = d[j-1], d[j]
		}
	}
}

// Markdown writes the comparison as a Markdown document.
func (c Comparison) Markdown() string {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s: %s and %s\n\n", c.Scenario, c.A, c.B)
	fmt.Fprintf(&b, "Outcome: **%s** (%s), **%s** (%s).\n\n", c.OutcomeA, c.A, c.OutcomeB, c.B)
	if c.FirstDivergence == "" {
		b.WriteString("Every vote went the same way in both games.\n\n")
	} else {
		fmt.Fprintf(&b, "The games first part at %s.\n\n", c.FirstDivergence)
		fmt.Fprintf(&b, "## Votes that differ\n\n| date | text | %s | %s | ballots that differ |\n|---|---|---|---|---|\n", c.A, c.B)
		for _, v := range c.Votes {
			fmt.Fprintf(&b, "| %s | %s | %s | %s | %s |\n", v.Date, mdCell(v.Name), v.A, v.B, strings.Join(v.Members, ", "))
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "## Indicators over time\n\n| date | authority %s | authority %s | escalation %s | escalation %s | territory held %s | territory held %s |\n|---|---|---|---|---|---|---|\n", c.A, c.B, c.A, c.B, c.A, c.B)
	cell := func(ok bool, f float64, pct bool) string {
		if !ok {
			return "—"
		}
		if pct {
			return fmt.Sprintf("%.0f%%", f)
		}
		return fmt.Sprintf("%.0f", f)
	}
	for _, p := range c.Indicators {
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s | %s |\n", p.Date,
			cell(p.HasA, p.A.Authority, false), cell(p.HasB, p.B.Authority, false),
			cell(p.HasA, p.A.Tension, false), cell(p.HasB, p.B.Tension, false),
			cell(p.HasA, p.A.Control, true), cell(p.HasB, p.B.Control, true))
	}
	return b.String()
}

// Fork replays a saved game up to the start of a turn and hands the seats
// given to people: a new game from there, the original untouched.
func Fork(sc *Scenario, s Save, turn int, humans []string) (*World, error) {
	w, err := New(sc, s.Seed, Options{Humans: s.Humans, Autopilot: s.Autopilot})
	if err != nil {
		return nil, err
	}
	for _, c := range s.Log {
		if w.Turn >= turn || w.Over {
			break
		}
		nw, _, err := Apply(w, c)
		if err != nil {
			return nil, fmt.Errorf("%w (%v)", ErrCorrupt, err)
		}
		w = nw
	}
	for w.Turn < turn && !w.Over {
		w, _, _ = Apply(w, Command{Seat: Chair, Kind: CmdAdvance})
	}
	if w.Turn != turn {
		return nil, fmt.Errorf("the game ends before turn %d: fork at a turn from 1 to %d", turn, w.Turn)
	}
	for _, h := range humans {
		nw, _, err := Apply(w, Command{Seat: Chair, Kind: CmdSetHuman, Target: h, Value: "human"})
		if err != nil {
			return nil, err
		}
		w = nw
	}
	return w, nil
}

// ReplayTurns replays a saved game and returns the world as it stood at the
// start of every turn, and at the end: the replay's frames. It checks the
// save's checksum like Replay.
func ReplayTurns(sc *Scenario, s Save) ([]*World, error) {
	w, err := New(sc, s.Seed, Options{Humans: s.Humans, Autopilot: s.Autopilot})
	if err != nil {
		return nil, err
	}
	frames := []*World{w}
	for i, c := range s.Log {
		nw, _, err := Apply(w, c)
		if err != nil {
			return nil, fmt.Errorf("%w (command %d, %s: %v)", ErrCorrupt, i+1, c.Kind, err)
		}
		if nw.Turn != w.Turn || nw.Over && !w.Over {
			frames = append(frames, nw)
		}
		w = nw
	}
	if s.Checksum != "" && w.Checksum() != s.Checksum {
		return nil, ErrCorrupt
	}
	if frames[len(frames)-1] != w {
		frames = append(frames, w)
	}
	return frames, nil
}
