package data

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"

	"github.com/chapter-vii/chapter7/game"
)

// Score is how well predictions match recorded votes, next to a naive
// baseline in which every member present votes yes.
type Score struct {
	Members, MembersRight, NaiveMembers   int // member votes
	Outcomes, OutcomesRight, NaiveOutcome int // outcomes: adopted or not, and the same vetoes
	AdoptedRight                          int // adopted or not, whoever vetoed
	Misses                                []string
	// Parted counts the member votes the model got wrong by kind: the
	// predicted ballot, then the recorded one.
	Parted map[[2]game.Ballot]int
}

// Add sums two scores: the score of two sets of cases taken together.
func (s Score) Add(o Score) Score {
	s.Members += o.Members
	s.MembersRight += o.MembersRight
	s.NaiveMembers += o.NaiveMembers
	s.Outcomes += o.Outcomes
	s.OutcomesRight += o.OutcomesRight
	s.NaiveOutcome += o.NaiveOutcome
	s.AdoptedRight += o.AdoptedRight
	s.Misses = append(s.Misses[:len(s.Misses):len(s.Misses)], o.Misses...)
	if len(o.Parted) > 0 {
		parted := maps.Clone(s.Parted)
		if parted == nil {
			parted = map[[2]game.Ballot]int{}
		}
		for k, n := range o.Parted {
			parted[k] += n
		}
		s.Parted = parted
	}
	return s
}

func (s Score) String() string {
	pc := func(a, b int) float64 { return 100 * float64(a) / float64(max(b, 1)) }
	return fmt.Sprintf("member votes %d/%d (%.1f%%), outcomes %d/%d (%.1f%%; adopted or not %d/%d); naive everyone-yes baseline: %.1f%% and %.1f%%",
		s.MembersRight, s.Members, pc(s.MembersRight, s.Members), s.OutcomesRight, s.Outcomes, pc(s.OutcomesRight, s.Outcomes),
		s.AdoptedRight, s.Outcomes, pc(s.NaiveMembers, s.Members), pc(s.NaiveOutcome, s.Outcomes))
}

// LoadCaseDir reads every case file (*.toml) in a folder, in name order;
// each must carry its [expected] record.
func LoadCaseDir(dir string) ([]*CaseDoc, error) {
	a, err := Atlas()
	if err != nil {
		return nil, err
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.toml"))
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: no case files (*.toml): check the folder", dir)
	}
	sort.Strings(files)
	var docs []*CaseDoc
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("%s: cannot read: %v", f, err)
		}
		doc, err := ParseCase(a, filepath.Base(f), src, readRecord)
		if err != nil {
			return nil, err
		}
		if doc.Expected == nil {
			return nil, fmt.Errorf("%s: no [expected] record to check against: add one (docs/predict.md)", f)
		}
		docs = append(docs, doc)
	}
	return docs, nil
}

// ScoreCases predicts every case and compares it with the record. For the
// Assembly, a member's vote counts when the record names it (no and
// abstain lists; everyone else voted yes or was absent).
func ScoreCases(a *game.Atlas, m *game.Model, docs []*CaseDoc) Score {
	var s Score
	for _, doc := range docs {
		p := a.Predict(m, &doc.Case)
		e := doc.Expected
		s.Outcomes++
		if p.Adopted == e.Adopted {
			s.AdoptedRight++
		}
		if p.Adopted == e.Adopted && (doc.Case.Body == game.CaseGA || sameSet(p.VetoedBy, e.VetoedBy)) {
			s.OutcomesRight++
		} else {
			s.Misses = append(s.Misses, fmt.Sprintf("%s: outcome adopted=%v vetoed=%v, record adopted=%v vetoed=%v", doc.Name, p.Adopted, p.VetoedBy, e.Adopted, e.VetoedBy))
		}
		naiveAdopted := doc.Case.Body == game.CaseGA || len(doc.Case.Members)-len(doc.Case.Absent) >= game.RulesOn(doc.Case.Date).Majority
		if naiveAdopted == e.Adopted {
			s.NaiveOutcome++
		}
		for i, code := range p.Members {
			want := ""
			if doc.Case.Body == game.CaseSC {
				want = e.Votes[code]
			} else {
				switch {
				case slices.Contains(e.AbsentNamed, code):
					continue // did not vote: nothing to predict
				case slices.Contains(e.NoNamed, code):
					want = "N"
				case slices.Contains(e.AbstainNamed, code):
					want = "A"
				case len(e.NoNamed)+len(e.AbstainNamed) == e.No+e.Abstain && len(e.NoNamed)+len(e.AbstainNamed) > 0:
					want = "Y?" // yes or absent: counted as yes when predicted yes
				}
			}
			if want == "" {
				continue
			}
			got := p.Votes[i].String()
			if want == "Y?" {
				if got == "X" {
					continue
				}
				want = "Y"
			}
			s.Members++
			if got == want {
				s.MembersRight++
			} else {
				s.Misses = append(s.Misses, fmt.Sprintf("%s: %s predicted %s, recorded %s (utility %.2f)", doc.Name, code, got, want, p.Utility[i]))
				if s.Parted == nil {
					s.Parted = map[[2]game.Ballot]int{}
				}
				s.Parted[[2]game.Ballot{p.Votes[i], game.Ballot(want[0])}]++
			}
			if want == "Y" || (want == "X" && slices.Contains(doc.Case.Absent, code)) {
				s.NaiveMembers++
			}
		}
	}
	return s
}

func sameSet(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}
