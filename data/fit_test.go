package data

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/chapter-vii/chapter7/game"
)

type sample struct {
	terms [game.NumTerms]float64
	incl  float64
	want  game.Ballot
	perm  bool
	label string
}

// TestFit fits the vote model's weights to the reference votes, staying
// close to the hand-set weights. Run with CHAPTER7_FIT=1.
func TestFit(t *testing.T) {
	if os.Getenv("CHAPTER7_FIT") == "" {
		t.Skip("set CHAPTER7_FIT=1 to fit the vote model")
	}
	raw, _ := os.ReadFile("testdata/unsc-votes.json")
	var ref []refVote
	json.Unmarshal(raw, &ref)
	want := map[string]map[string]string{}
	for _, r := range ref {
		want[r.ID] = r.Votes
	}
	var samples []sample
	for _, id := range fitScenarios() {
		s, err := LoadAny(id)
		if err != nil {
			t.Fatal(err)
		}
		w, _ := game.New(s, 1, game.Options{Autopilot: true})
		for !w.Over {
			for i := range w.Drafts {
				d := &w.Drafts[i]
				if d.Status != game.CalledToVote {
					continue
				}
				sit := w.SituationFor(d)
				loads := game.DraftLoads(d.Clauses, &sit)
				for _, m := range s.CouncilOn(d.Meeting) {
					if slices.Contains(sit.Aggressors, m) || slices.Contains(sit.Victims, m) {
						continue // a party votes as a party
					}
					b := game.Ballot(want[d.Symbol][s.States[m].Code][0])
					if b == game.Absent {
						continue // the emergency rule decides these
					}
					samples = append(samples, sample{terms: game.DefaultModel.Terms(w, m, &sit, d.Sponsors, loads), incl: w.Inclined(m),
						want: b, perm: s.States[m].Permanent, label: d.Symbol + " " + s.States[m].Code})
				}
			}
			w, _, _ = game.Apply(w, game.Command{Seat: game.Chair, Kind: game.CmdAdvance})
		}
	}
	if os.Getenv("CHAPTER7_DUMP") != "" {
		who := map[string]bool{}
		for _, l := range strings.Split(os.Getenv("CHAPTER7_DUMP"), ",") {
			who[l] = true
		}
		dumpTerms(samples, who)
	}
	m := game.DefaultModel
	w0 := m.W
	margin := 0.04
	if os.Getenv("CHAPTER7_MARGIN") != "" {
		fmt.Sscan(os.Getenv("CHAPTER7_MARGIN"), &margin)
	}
	reg := 0.05
	if os.Getenv("CHAPTER7_REG") != "" {
		fmt.Sscan(os.Getenv("CHAPTER7_REG"), &reg)
	}
	loss := func(u float64, sm sample) (float64, float64) {
		no := m.NoAt
		if sm.perm {
			no = m.VetoAt
		}
		var lo, hi float64 = math.Inf(-1), math.Inf(1)
		switch sm.want {
		case game.Yes:
			lo = m.YesAt + margin
		case game.Abstain:
			lo, hi = no+margin, m.YesAt-margin
		case game.No:
			hi = no - margin
		}
		if u < lo {
			return lo - u, 1
		}
		if u > hi {
			return u - hi, -1
		}
		return 0, 0
	}
	if os.Getenv("CHAPTER7_LP") != "" {
		x, ok := lpFit(m, samples)
		if !ok {
			t.Fatal("the programme has no solution")
		}
		nw := int(game.NumTerms)
		fmt.Printf("best margin %.4f\n", x[nw]-1)
		copy(m.W[:], x[:nw])
		if os.Getenv("CHAPTER7_IIS") != "" && x[nw]-1 < 0 {
			// A deletion filter: the smallest set of votes that no weights can
			// all satisfy.
			keep := slices.Clone(samples)
			for i := 0; i < len(keep); {
				trial := slices.Delete(slices.Clone(keep), i, i+1)
				if y, ok := lpFit(m, trial); ok && y[nw]-1 < 0 {
					keep = trial
				} else {
					i++
				}
			}
			for _, sm := range keep {
				fmt.Printf("conflict: %s wants %c\n", sm.label, sm.want)
			}
		}
	} else {
		// Cyclic projections onto each vote's constraint (and w ≥ 0): if the
		// constraints can all be met, this finds weights that meet them.
		for pass := 0; pass < 200000; pass++ {
			worst := 0.0
			for _, sm := range samples {
				u := sm.incl
				n2 := 0.0
				for k := range sm.terms {
					u += m.W[k] * sm.terms[k]
					n2 += sm.terms[k] * sm.terms[k]
				}
				l, dir := loss(u, sm)
				if l == 0 || n2 == 0 {
					continue
				}
				worst = max(worst, l)
				for k := range sm.terms {
					m.W[k] = max(0, m.W[k]+dir*l/n2*sm.terms[k])
				}
			}
			for k := range m.W {
				m.W[k] -= reg * (m.W[k] - w0[k])
			}
			if worst < 1e-9 {
				fmt.Println("converged after", pass, "passes")
				break
			}
		}
	}
	bad := 0
	for _, sm := range samples {
		u := sm.incl
		for k := range sm.terms {
			u += m.W[k] * sm.terms[k]
		}
		if l, _ := loss(u, sm); l > 1e-6 {
			bad++
			fmt.Printf("miss %s want %c u=%.2f\n", sm.label, sm.want, u)
		}
	}
	for k := range m.W {
		fmt.Printf("%-35s %.6f (was %.3f)\n", game.TermNames[k], m.W[k], w0[k])
	}
	fmt.Println("misses", bad, "of", len(samples))
}

func dumpTerms(samples []sample, who map[string]bool) {
	for _, sm := range samples {
		if !who[sm.label] {
			continue
		}
		fmt.Printf("%s want %c:", sm.label, sm.want)
		for k, v := range sm.terms {
			if v != 0 {
				fmt.Printf(" %d=%.2f", k, v)
			}
		}
		fmt.Println()
	}
}

// fitScenarios are the cases the fit reads: the embedded Kuwait case, and
// the work-in-progress Kosovo case when CHAPTER7_FIT_KOSOVO is set.
func fitScenarios() []string {
	if os.Getenv("CHAPTER7_FIT_ONLY") != "" {
		return strings.Split(os.Getenv("CHAPTER7_FIT_ONLY"), ",")
	}
	if os.Getenv("CHAPTER7_FIT_KOSOVO") != "" {
		return []string{"kuwait-1991", "kosovo-1999"}
	}
	return []string{"kuwait-1991"}
}

// lpFit maximises the smallest margin t by which every vote sits inside its
// band, with 0 ≤ w ≤ 5; it returns the weights and t+1.
func lpFit(m game.Model, samples []sample) ([]float64, bool) {
	nw := int(game.NumTerms)
	var A [][]float64
	var bb []float64
	add := func(coef []float64, rhs float64) { A = append(A, coef); bb = append(bb, rhs) }
	for _, sm := range samples {
		no := m.NoAt
		if sm.perm {
			no = m.VetoAt
		}
		lo, hi := math.Inf(-1), math.Inf(1)
		switch sm.want {
		case game.Yes:
			lo = m.YesAt
		case game.Abstain:
			lo, hi = no, m.YesAt
		case game.No:
			hi = no
		}
		if !math.IsInf(lo, 0) {
			row := make([]float64, nw+1)
			for k := range nw {
				row[k] = -sm.terms[k]
			}
			row[nw] = 1
			add(row, sm.incl-lo+1)
		}
		if !math.IsInf(hi, 0) {
			row := make([]float64, nw+1)
			for k := range nw {
				row[k] = sm.terms[k]
			}
			row[nw] = 1
			add(row, hi-sm.incl+1)
		}
	}
	for k := range nw {
		row := make([]float64, nw+1)
		row[k] = 1
		add(row, 5)
	}
	row := make([]float64, nw+1)
	row[nw] = 1
	add(row, 2)
	c := make([]float64, nw+1)
	c[nw] = 1
	return maximizeLP(A, bb, c)
}
