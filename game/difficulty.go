package game

import "slices"

// Difficulty changes what a player is told and how hard the engine's
// states bargain, never the rules (issue #7).
const (
	DifficultyEasy   = "easy"
	DifficultyNormal = "normal"
	DifficultyHard   = "hard"
)

// Difficulties lists the levels.
var Difficulties = []string{DifficultyEasy, DifficultyNormal, DifficultyHard}

// bargain is how far a person's lobbying, aid, pressure or deals move a
// state the engine plays: more on easy, less on hard. Between people, and
// for the engine's own moves, nothing changes.
func (w *World) bargain(seat SeatID, target StateID) float64 {
	if !w.Seats[seat].Human || w.Seats[target].Human {
		return 1
	}
	switch w.Difficulty {
	case DifficultyEasy:
		return 1.3
	case DifficultyHard:
		return 0.7
	}
	return 1
}

// unclearBelow is the certainty under which, on hard, a player cannot read
// a member's intention.
const unclearBelow = 0.8

// PlayerWhip is the whip count as a player is told it: on hard, members
// whose vote is not clear show as unclear and count in no column, and the
// certainty is not shown. The engine's own reckoning uses Whip.
func (w *World) PlayerWhip(d *Draft) WhipCount {
	wc := w.Whip(d)
	if w.Difficulty != DifficultyHard {
		return wc
	}
	wc.Unclear = make([]bool, len(wc.Members))
	for i, c := range wc.Certainty {
		if c < unclearBelow && wc.Ballots[i] != Absent {
			wc.Unclear[i] = true
			wc.UnclearCount++
			switch wc.Ballots[i] {
			case Yes:
				wc.Yes--
			case No:
				wc.No--
			case Abstain:
				wc.Abstain--
			}
			wc.Vetoes = slices.DeleteFunc(wc.Vetoes, func(m StateID) bool { return m == wc.Members[i] })
			wc.AtRisk = slices.DeleteFunc(wc.AtRisk, func(m StateID) bool { return m == wc.Members[i] })
		}
		wc.Certainty[i] = 0
	}
	wc.Missing = max(0, wc.Needed-wc.Yes)
	// Only what can be read: a text passes on the yes votes one can count.
	wc.Passes = wc.Yes >= wc.Needed && len(wc.Vetoes) == 0
	return wc
}
