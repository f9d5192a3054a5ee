package game

import "sort"

// WhipCount is the engine's prediction of a Council vote: what every seat
// sees while a draft is being written (GAME.md §5).
type WhipCount struct {
	Members                  []StateID
	Ballots                  []Ballot
	Utility                  []float64
	Certainty                []float64
	Yes, No, Abstain, Absent int
	Needed                   int
	// Missing is how many more yes votes the draft needs.
	Missing int
	// Vetoes are the permanent members predicted to vote no.
	Vetoes []StateID
	// AtRisk are permanent members predicted to abstain who are close to a veto.
	AtRisk []StateID
	Passes bool
	// Swing lists members not voting yes, closest to yes first.
	Swing []StateID
	// Unclear marks members whose vote a player cannot read (PlayerWhip,
	// on hard); nil when every vote can be read. Certainty is 0 then.
	Unclear      []bool
	UnclearCount int
}

// IsUnclear reports whether the i-th member's vote cannot be read.
func (wc *WhipCount) IsUnclear(i int) bool { return wc.Unclear != nil && wc.Unclear[i] }

// Whip predicts the vote on a draft as things stand.
func (w *World) Whip(d *Draft) WhipCount {
	members, ballots, utils := w.Ballots(d)
	wc := WhipCount{Members: members, Ballots: ballots, Utility: utils, Certainty: make([]float64, len(members))}
	substantive := !d.Procedural()
	rec := VoteRecord{Date: w.Date, Body: BodySC, Procedural: !substantive, Members: members, Ballots: ballots}
	tally(w.Scenario, &rec)
	wc.Yes, wc.No, wc.Abstain, wc.Absent, wc.Needed = rec.Yes, rec.No, rec.Abstain, rec.Absent, rec.Needed
	wc.Missing = max(0, rec.Needed-rec.Yes)
	wc.Passes = rec.Adopted
	for i, m := range members {
		perm := w.Def(m).Permanent
		wc.Certainty[i] = DefaultModel.Certainty(utils[i], perm, substantive)
		if perm && substantive {
			switch {
			case ballots[i] == No:
				wc.Vetoes = append(wc.Vetoes, m)
			case ballots[i] == Abstain && utils[i] < (DefaultModel.VetoAt+DefaultModel.YesAt)/2:
				wc.AtRisk = append(wc.AtRisk, m)
			}
		}
		if ballots[i] != Yes && !w.IsAggressor(m) {
			wc.Swing = append(wc.Swing, m)
		}
	}
	util := map[StateID]float64{}
	for i, m := range members {
		util[m] = utils[i]
	}
	sort.SliceStable(wc.Swing, func(a, b int) bool { return util[wc.Swing[a]] > util[wc.Swing[b]] })
	return wc
}
