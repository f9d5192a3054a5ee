package game

import (
	"slices"
	"sort"
	"strings"
)

// The atlas is the world's states from 1946 to today (data/world): who was
// a UN member when, who sat on the Council each year, and what each state
// was era by era — its regime, its alignment, its power, the alliances and
// organisations it belonged to, its patrons, friends and rivals. The vote
// model reads it through a Voter fixed on one date (AtlasVoter), so the same
// model predicts the Council and the General Assembly of any year.

// Span is a stretch of days; To is zero while it lasts.
type Span struct{ From, To Date }

// Has reports whether the span covers a day.
func (s Span) Has(d Date) bool { return d >= s.From && (s.To == 0 || d < s.To) }

// Change is a value from a year on.
type Change[T any] struct {
	Year  int
	Value T
}

// Era is a value that changes by year, sorted by year.
type Era[T any] []Change[T]

// At returns the value in force in a year: the last change at or before it,
// else the first one.
func (e Era[T]) At(year int) T {
	var v T
	for i, c := range e {
		if i == 0 || c.Year <= year {
			v = c.Value
		}
	}
	return v
}

// AtlasState is a state as the atlas knows it.
type AtlasState struct {
	Code, Name string
	Group      string // UN regional group
	Region     string
	UN         []Span // membership of the United Nations
	// Barred are the spans in which the Assembly did not let a member
	// take part in its work (South Africa, 1974-94).
	Barred []Span
	// Arrears are the spans in which a member had no vote in the Assembly
	// under Article 19: arrears of two full years' contributions.
	Arrears      []Span
	Successor    string
	Colonial     string // the former colonial or mandate power
	Independence int
	Regime       Era[string]
	Lean         Era[string]
	Power        Era[int]
	Nuclear      int // year of the first nuclear test, 0 for none
	// Sovereignty is the attachment to non-intervention a state shows in
	// its doctrine and its conduct at the UN: low, medium or high.
	Sovereignty Era[string]
	// Align is the state's alignment with each permanent member
	// (AlignWith), −2 opposed … 2 close ally; nil where the file is silent.
	Align [5]Era[int]
	orgs  []orgSpan
}

// AlignWith are the permanent members a state's alignment is coded with:
// RUS stands for Moscow throughout (the USSR's seat until 1991).
var AlignWith = [5]string{"USA", "GBR", "FRA", "RUS", "CHN"}

// SovereigntyNames are the levels of attachment to non-intervention.
var SovereigntyNames = []string{"low", "medium", "high"}

type orgSpan struct {
	org  int
	span Span
}

// Org is an alliance, a regional organisation or a movement.
type Org struct {
	ID, Name, Kind, Source string
}

// Org kinds.
const (
	OrgAlliance  = "alliance"
	OrgRegional  = "regional"
	OrgMovement  = "movement"
	OrgUnion     = "union"
	OrgCommunity = "community"
)

// Tie is a bilateral bond or enmity over years.
type Tie struct {
	A, B     string
	Kind     string // TiePatron, TieAlly, TieFriendship, TieRival
	From, To int    // years; To zero while it lasts
	Source   string
}

// Tie kinds.
const (
	TiePatron     = "patron"
	TieAlly       = "ally"
	TieFriendship = "friendship"
	TieRival      = "rival"
)

// Atlas is the world data, indexed.
type Atlas struct {
	States  []AtlasState
	Orgs    []Org
	Ties    []Tie
	Elected map[int][]string // elected Council members by year
	index   map[string]int
	ties    map[[2]string][]int
}

// AtlasMembership is an organisation's membership as the data gives it.
type AtlasMembership struct {
	Org   string
	State string
	Span  Span
}

// NewAtlas indexes the world data. Memberships name organisations and
// states the atlas holds (the loader checks).
func NewAtlas(states []AtlasState, orgs []Org, members []AtlasMembership, ties []Tie, elected map[int][]string) *Atlas {
	a := &Atlas{States: states, Orgs: orgs, Ties: ties, Elected: elected,
		index: make(map[string]int, len(states)), ties: make(map[[2]string][]int)}
	sort.Slice(a.States, func(i, j int) bool { return a.States[i].Code < a.States[j].Code })
	for i := range a.States {
		a.index[a.States[i].Code] = i
	}
	orgIndex := make(map[string]int, len(orgs))
	for i, o := range orgs {
		orgIndex[o.ID] = i
	}
	for _, m := range members {
		i, ok := a.index[m.State]
		o, ok2 := orgIndex[m.Org]
		if ok && ok2 {
			a.States[i].orgs = append(a.States[i].orgs, orgSpan{o, m.Span})
		}
	}
	for i, t := range ties {
		k := pairKey(t.A, t.B)
		a.ties[k] = append(a.ties[k], i)
	}
	return a
}

func pairKey(a, b string) [2]string {
	if a > b {
		a, b = b, a
	}
	return [2]string{a, b}
}

// State returns a state by code.
func (a *Atlas) State(code string) (*AtlasState, bool) {
	i, ok := a.index[code]
	if !ok {
		return nil, false
	}
	return &a.States[i], true
}

// formerCodes are ISO 3166-3 codes of states that ended whose record the
// atlas keeps under another code: the Democratic Republic of Viet Nam (VDR,
// 1945-1976) under the Viet Nam it reunified, and Serbia and Montenegro
// (SCG, 2003-2006) under the Yugoslavia it renamed.
var formerCodes = map[string]string{"VDR": "VNM", "SCG": "YUG"}

// CanonicalCode is the atlas's code for a state code a case may use.
func CanonicalCode(code string) string {
	if c, ok := formerCodes[code]; ok {
		return c
	}
	return code
}

// MemberOn reports whether a state was a UN member on a day.
func (s *AtlasState) MemberOn(d Date) bool {
	return slices.ContainsFunc(s.UN, func(sp Span) bool { return sp.Has(d) })
}

// VotesOn reports whether a state could vote in the Assembly on a day: a
// member the Assembly had not barred, not in arrears under Article 19.
func (s *AtlasState) VotesOn(d Date) bool {
	has := func(sp Span) bool { return sp.Has(d) }
	return s.MemberOn(d) && !slices.ContainsFunc(s.Barred, has) && !slices.ContainsFunc(s.Arrears, has)
}

// MembersOn lists the UN's members on a day, by code.
func (a *Atlas) MembersOn(d Date) []string {
	var out []string
	for i := range a.States {
		if a.States[i].MemberOn(d) {
			out = append(out, a.States[i].Code)
		}
	}
	return out
}

// sovietSeatEnds is the day the Russian Federation took the Soviet Union's
// seat (letter of President Yeltsin, 24 December 1991).
var sovietSeatEnds = MakeDate(1991, 12, 24)

// PermanentOn lists the permanent members on a day.
func PermanentOn(d Date) []string {
	if d < sovietSeatEnds {
		return []string{"USA", "GBR", "FRA", "SUN", "CHN"}
	}
	return []string{"USA", "GBR", "FRA", "RUS", "CHN"}
}

// IsPermanent reports whether a code holds a permanent seat on a day.
func IsPermanent(code string, d Date) bool { return slices.Contains(PermanentOn(d), code) }

// CouncilOn returns the Council on a day: the permanent members, then the
// elected members of that year. ok is false for a year the data lacks.
func (a *Atlas) CouncilOn(d Date) (members []string, ok bool) {
	el, ok := a.Elected[d.Year()]
	if !ok {
		return nil, false
	}
	return append(PermanentOn(d), el...), true
}

// InOrg reports whether a state belonged to an organisation on a day.
func (a *Atlas) InOrg(code, org string, d Date) bool {
	s, ok := a.State(code)
	if !ok {
		return false
	}
	for _, os := range s.orgs {
		if a.Orgs[os.org].ID == org && os.span.Has(d) {
			return true
		}
	}
	return false
}

// OrgsOn lists the organisations a state belonged to on a day.
func (a *Atlas) OrgsOn(code string, d Date) []string {
	s, ok := a.State(code)
	if !ok {
		return nil
	}
	var out []string
	for _, os := range s.orgs {
		if os.span.Has(d) && !slices.Contains(out, a.Orgs[os.org].ID) {
			out = append(out, a.Orgs[os.org].ID)
		}
	}
	return out
}

// TiesOn returns the ties between two states in force in a year.
func (a *Atlas) TiesOn(x, y string, year int) []Tie {
	var out []Tie
	for _, i := range a.ties[pairKey(x, y)] {
		t := a.Ties[i]
		if t.From <= year && (t.To == 0 || year <= t.To) {
			out = append(out, t)
		}
	}
	return out
}

// RegionName is a region as a reader writes it: the atlas's
// "southeast-asia" reads "Southeast Asia"; a scenario's own wording
// ("Europe") stays as it is.
func RegionName(region string) string {
	words := strings.Split(region, "-")
	for i, w := range words {
		if w != "" {
			words[i] = strings.ToUpper(w[:1]) + w[1:]
		}
	}
	return strings.Join(words, " ")
}
