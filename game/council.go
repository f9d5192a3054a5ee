package game

import (
	"strings"
	"time"
)

// Ballot is one member's vote.
type Ballot byte

// Ballots, as the UN's voting records write them.
const (
	Yes     Ballot = 'Y'
	No      Ballot = 'N'
	Abstain Ballot = 'A'
	Absent  Ballot = 'X' // absent, or present and not participating
)

func (b Ballot) String() string { return string(rune(b)) }

// Word is the ballot in a sentence: "yes", "no", "abstain" or "absent".
func (b Ballot) Word() string {
	switch b {
	case Yes:
		return "yes"
	case No:
		return "no"
	case Abstain:
		return "abstain"
	}
	return "absent"
}

// MarshalText writes the ballot as its letter.
func (b Ballot) MarshalText() ([]byte, error) { return []byte{byte(b)}, nil }

// VoteRecord is a vote taken in the Council or the Assembly.
type VoteRecord struct {
	Date       Date       `json:"date"`
	Body       string     `json:"body"`
	Draft      int        `json:"draft"`
	Symbol     string     `json:"symbol,omitempty"`
	Historical int        `json:"historical"`
	Title      string     `json:"title"`
	Chapter    int        `json:"chapter,omitempty"`
	Clauses    []ClauseID `json:"clauses"`
	Procedural bool       `json:"procedural"`
	Members    []StateID  `json:"members"`
	Ballots    []Ballot   `json:"ballots"`
	// Utility is each member's utility for the text passing, from the vote
	// model: how close each vote was.
	Utility  []float64 `json:"utility,omitempty"`
	Yes      int       `json:"yes"`
	No       int       `json:"no"`
	Abstain  int       `json:"abstain"`
	Absent   int       `json:"absent"`
	Needed   int       `json:"needed"`
	Adopted  bool      `json:"adopted"`
	VetoedBy []StateID `json:"vetoed_by"`
	// Rest is how the Assembly's members beyond the scenario's states
	// voted (yes, no, abstain), predicted from the atlas.
	Rest [3]int `json:"rest,omitzero"`
	// Blocs says which groups decided an Assembly vote.
	Blocs string `json:"blocs,omitempty"`
}

// BallotOf returns a member's ballot in the record.
func (v *VoteRecord) BallotOf(id StateID) (Ballot, bool) {
	for i, m := range v.Members {
		if m == id {
			return v.Ballots[i], true
		}
	}
	return 0, false
}

// enlargement is the day the Council grew from 11 to 15 members (the 1963
// amendment of Art. 23 and 27 entered into force on 31 August 1965; the
// enlarged Council first sat in 1966).
var enlargement = MakeDate(1966, time.January, 1)

// CouncilRules are the era's size and majority.
type CouncilRules struct {
	Size     int
	Majority int
}

// RulesOn returns the Council's size and required majority on a date.
func RulesOn(d Date) CouncilRules {
	if d < enlargement {
		return CouncilRules{Size: 11, Majority: 7}
	}
	return CouncilRules{Size: 15, Majority: 9}
}

// CouncilOn returns the Council's members on a date; the membership changes
// on 1 January.
func (s *Scenario) CouncilOn(d Date) []StateID {
	y := d.Year()
	for _, c := range s.Council {
		if c.Year == y {
			return c.Members
		}
	}
	return nil
}

// OnCouncil reports whether a state sits on the Council on a date.
func (s *Scenario) OnCouncil(id StateID, d Date) bool {
	for _, m := range s.CouncilOn(d) {
		if m == id {
			return true
		}
	}
	return false
}

// Presidency returns the member that presides over the Council in the
// month of d. The presidency rotates monthly in the English alphabetical
// order of the members' names; the game starts the rotation with the first
// member in that order in the scenario's first month, and carries it across
// the change of membership on 1 January by taking the next name in order.
func (s *Scenario) Presidency(d Date) StateID {
	months := (d.Year()-s.Start.Year())*12 + int(d.Month()) - int(s.Start.Month())
	prev := ""
	pres := NoState
	for i := range max(months, 0) + 1 {
		members := s.CouncilOn(MakeDate(s.Start.Year(), s.Start.Month()+time.Month(i), 1))
		if len(members) == 0 {
			return NoState
		}
		pres = NoState
		for _, m := range members {
			k := foldName(s.States[m].Name)
			if k > prev && (pres == NoState || k < foldName(s.States[pres].Name)) {
				pres = m
			}
		}
		if pres == NoState { // past the end of the alphabet: start again
			for _, m := range members {
				if pres == NoState || foldName(s.States[m].Name) < foldName(s.States[pres].Name) {
					pres = m
				}
			}
		}
		prev = foldName(s.States[pres].Name)
	}
	return pres
}

// foldName is a name's key in English alphabetical order: letters with
// accents sort as their base letter.
func foldName(name string) string {
	var b strings.Builder
	for _, r := range name {
		switch {
		case strings.ContainsRune("àáâãäå", r):
			r = 'a'
		case strings.ContainsRune("çč", r):
			r = 'c'
		case strings.ContainsRune("èéêë", r):
			r = 'e'
		case strings.ContainsRune("ìíîï", r):
			r = 'i'
		case strings.ContainsRune("ñ", r):
			r = 'n'
		case strings.ContainsRune("òóôõö", r):
			r = 'o'
		case strings.ContainsRune("ùúûü", r):
			r = 'u'
		}
		b.WriteRune(r)
	}
	return strings.ToLower(b.String())
}

// tally counts ballots and applies Art. 27: a procedural decision needs the
// majority; any other needs the majority and no permanent member voting no.
// A permanent member's abstention or absence is not a veto. A permanent
// member's no counts as a veto only where the draft had the votes to pass.
func tally(s *Scenario, v *VoteRecord) {
	v.Yes, v.No, v.Abstain, v.Absent = 0, 0, 0, 0
	v.VetoedBy = nil
	for _, b := range v.Ballots {
		switch b {
		case Yes:
			v.Yes++
		case No:
			v.No++
		case Abstain:
			v.Abstain++
		default:
			v.Absent++
		}
	}
	v.Yes += v.Rest[0]
	v.No += v.Rest[1]
	v.Abstain += v.Rest[2]
	if v.Body == BodyGA {
		// Two-thirds of those present and voting (abstentions do not count).
		v.Adopted = v.Yes > 0 && 3*v.Yes >= 2*(v.Yes+v.No)
		return
	}
	v.Needed = RulesOn(v.Date).Majority
	v.Adopted = v.Yes >= v.Needed
	if v.Procedural || !v.Adopted {
		return
	}
	for i, b := range v.Ballots {
		if b == No && s.States[v.Members[i]].Permanent {
			v.VetoedBy = append(v.VetoedBy, v.Members[i])
		}
	}
	if len(v.VetoedBy) > 0 {
		v.Adopted = false
	}
}
