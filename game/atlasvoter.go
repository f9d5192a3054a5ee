package game

import (
	"math/bits"
	"sync"
)

// AtlasVoter is the atlas fixed on one day, read by the vote model: it
// turns a state's era attributes into the model's inputs (docs/vote-model.md,
// "Any year: the atlas"). States enter as the prediction needs them, so a
// Council prediction reads a few dozen states, not two hundred.
type AtlasVoter struct {
	atlas *Atlas
	day   Date
	year  int
	codes []string
	ids   map[string]StateID
	defs  []StateDef
	orgs  []uint64 // bit i: member of atlas.Orgs[i] on the day
	lean  []int8
	// align[i][k] is state i's alignment with AlignWith[k] (−2…2), and
	// hasAlign[i] whether the atlas codes it.
	align    [][5]int8
	hasAlign []bool
	great    []int8 // AlignWith index of a permanent member, −1 for others
	// Rel, computed once a pair: a table for the first states (a Council
	// and its parties), a map beyond.
	near  [nearStates * nearStates]float32
	known [nearStates]uint32
	rel   map[[2]StateID]float64
}

const nearStates = 32

// On fixes the atlas on a day.
func (a *Atlas) On(d Date) *AtlasVoter {
	const n = 24 // a Council and the parties, without growing
	v := &AtlasVoter{ids: make(map[string]StateID, n), rel: map[[2]StateID]float64{},
		codes: make([]string, 0, n), defs: make([]StateDef, 0, n), orgs: make([]uint64, 0, n), lean: make([]int8, 0, n),
		align: make([][5]int8, 0, n), hasAlign: make([]bool, 0, n), great: make([]int8, 0, n)}
	v.reset(a, d)
	return v
}

// voters keeps AtlasVoters for reuse: a prediction borrows one, which
// saves allocating and clearing its tables every time the whip count moves.
var voters = sync.Pool{New: func() any { return new(AtlasVoter) }}

// borrow is On from the pool; give the voter back with release when done.
func (a *Atlas) borrow(d Date) *AtlasVoter {
	v := voters.Get().(*AtlasVoter)
	if v.ids == nil {
		return a.On(d)
	}
	v.reset(a, d)
	return v
}

func release(v *AtlasVoter) { voters.Put(v) }

func (v *AtlasVoter) reset(a *Atlas, d Date) {
	v.atlas, v.day, v.year = a, d, d.Year()
	clear(v.ids)
	clear(v.rel)
	v.known = [nearStates]uint32{}
	v.codes, v.defs, v.orgs, v.lean = v.codes[:0], v.defs[:0], v.orgs[:0], v.lean[:0]
	v.align, v.hasAlign, v.great = v.align[:0], v.hasAlign[:0], v.great[:0]
}

// Leans, from the West's side to the East's.
var leanScore = map[string]int8{"west": 2, "west-lean": 1, "nonaligned": 0, "east-lean": -1, "east": -2}

// LeanNames lists the alignment values the atlas accepts.
var LeanNames = []string{"west", "west-lean", "nonaligned", "east-lean", "east"}

// RegimeNames lists the regime categories the atlas accepts, with the
// attachment to non-intervention each starts from: a government that rests
// on force or a single party guards against precedents that could reach it.
var regimeSovereignty = map[string]float64{
	"democracy": 0.25, "hybrid": 0.45, "monarchy": 0.6, "military": 0.65,
	"autocracy": 0.7, "one-party": 0.75, "communist": 0.85,
}

// sovereigntyLevel turns the atlas's coded attachment to non-intervention
// into the model's 0…1.
var sovereigntyLevel = map[string]float64{"low": 0.2, "medium": 0.55, "high": 0.9}

// RegimeNames lists the regime categories the atlas accepts.
var RegimeNames = []string{"democracy", "hybrid", "autocracy", "one-party", "communist", "military", "monarchy"}

// Weights of the bonds that make up a relation (−100…100). Game values.
const (
	relPatron     = 60
	relAlly       = 50
	relFriendship = 35
	relRival      = -70
	relOrgCap     = 50
	relLeanSame   = 8  // per unit of shared alignment (up to 4)
	relLeanOpp    = 10 // per unit of opposed alignment (up to 4)
)

var orgKindWeight = map[string]float64{
	OrgAlliance: 30, OrgUnion: 30, OrgRegional: 20, OrgMovement: 10, OrgCommunity: 8,
}

// ID returns the model's id for a state, adding it on first use. ok is
// false for a code the atlas does not hold.
func (v *AtlasVoter) ID(code string) (StateID, bool) {
	if id, ok := v.ids[code]; ok {
		return id, true
	}
	s, ok := v.atlas.State(code)
	if !ok {
		return 0, false
	}
	id := StateID(len(v.codes))
	v.ids[code] = id
	v.codes = append(v.codes, code)
	var mask uint64
	for _, os := range s.orgs {
		if os.span.Has(v.day) {
			mask |= 1 << uint(os.org)
		}
	}
	v.orgs = append(v.orgs, mask)
	// A people not yet independent has no foreign policy of its own: the
	// alignments the atlas codes from independence do not reach back (the
	// Angola of 1961 is not the MPLA's Angola of 1975). A UN member already
	// speaks for itself (the Ukrainian and Byelorussian SSRs from 1945,
	// India from 1945).
	preIndependence := s.Independence > v.year && !s.MemberOn(v.day)
	lean := leanScore[s.Lean.At(v.year)]
	if preIndependence {
		lean = 0
	}
	v.lean = append(v.lean, lean)
	var al [5]int8
	has := s.Align[0] != nil && !preIndependence
	for k := range al {
		al[k] = int8(s.Align[k].At(v.year))
	}
	v.align = append(v.align, al)
	v.hasAlign = append(v.hasAlign, has)
	v.great = append(v.great, int8(alignIndex(code)))
	v.defs = append(v.defs, v.derive(s, mask, lean))
	return id, true
}

// Code returns the code of a model id.
func (v *AtlasVoter) Code(id StateID) string { return v.codes[id] }

// derive turns a state's attributes on the day into what the model reads.
func (v *AtlasVoter) derive(s *AtlasState, mask uint64, lean int8) StateDef {
	regime := s.Regime.At(v.year)
	power := s.Power.At(v.year)
	nam := v.inKind(mask, OrgMovement)
	// Attachment to non-intervention: a doctrine of the non-aligned and of
	// the states that won independence after 1945, held hardest by the
	// regional powers that can afford to stand apart; a government that
	// rests on force or one party adds its own exposure; a Western ally
	// sets it aside, and a small state rarely stands alone for it.
	sov := 0.3 + 0.5*(regimeSovereignty[regime]-0.25)
	restraint := 0.2
	if nam {
		sov += 0.2
		restraint += 0.3
	}
	if s.Colonial != "" {
		sov += 0.1
	}
	switch {
	case power <= 3 && lean <= 1:
		sov += 0.25
	case power >= 5:
		sov -= 0.1
	}
	if lean == 2 {
		sov -= 0.2
	}
	if lean <= 0 {
		restraint += 0.2
		if power <= 2 {
			sov += 0.15 // a great power outside the Western alliance guards its sphere
		}
	}
	// Where the atlas codes the attachment itself, it replaces the estimate.
	// A state that guards non-intervention is as wary of force that
	// others use in the Council's name.
	if lvl := s.Sovereignty.At(v.year); lvl != "" {
		sov = sovereigntyLevel[lvl]
		restraint = max(restraint, sov)
	}
	def := StateDef{
		Code: s.Code, Name: s.Name, Region: s.Region,
		Regime:      modelRegime(regime),
		Permanent:   IsPermanent(s.Code, v.day),
		Member:      s.MemberOn(v.day),
		Sovereignty: clamp(sov, 0, 1),
		Restraint:   clamp(restraint, 0, 1),
		Military:    float64(6-power) * 20,
	}
	def.Blocs = make([]string, 0, bits.OnesCount64(mask))
	for m := mask; m != 0; m &= m - 1 {
		def.Blocs = append(def.Blocs, v.atlas.Orgs[bits.TrailingZeros64(m)].ID)
	}
	return def
}

func modelRegime(r string) string {
	if r == "hybrid" {
		return "transitional"
	}
	return r
}

func (v *AtlasVoter) inKind(mask uint64, kind string) bool {
	for m := mask; m != 0; m &= m - 1 {
		if v.atlas.Orgs[bits.TrailingZeros64(m)].Kind == kind {
			return true
		}
	}
	return false
}

// Def implements Voter.
func (v *AtlasVoter) Def(id StateID) *StateDef { return &v.defs[id] }

// Rel implements Voter: the bonds between two states on the day — patrons,
// treaties and rivalries, the organisations they share, and how their
// alignments meet, opposed alignments weighed by the era's tension.
func (v *AtlasVoter) Rel(a, b StateID) float64 {
	if a == b {
		return 100
	}
	a, b = min(a, b), max(a, b)
	if b < nearStates {
		if v.known[a]&(1<<b) == 0 {
			v.near[int(a)*nearStates+int(b)] = float32(v.relation(a, b))
			v.known[a] |= 1 << b
		}
		return float64(v.near[int(a)*nearStates+int(b)])
	}
	key := [2]StateID{a, b}
	if r, ok := v.rel[key]; ok {
		return r
	}
	r := v.relation(a, b)
	v.rel[key] = r
	return r
}

func (v *AtlasVoter) relation(a, b StateID) float64 {
	r := 0.0
	for _, t := range v.atlas.TiesOn(v.codes[a], v.codes[b], v.year) {
		switch t.Kind {
		case TiePatron:
			r += relPatron
		case TieAlly:
			r += relAlly
		case TieFriendship:
			r += relFriendship
		case TieRival:
			r += relRival
		}
	}
	shared, orgs := v.orgs[a]&v.orgs[b], 0.0
	for m := shared; m != 0; m &= m - 1 {
		orgs += orgKindWeight[v.atlas.Orgs[bits.TrailingZeros64(m)].Kind]
	}
	r += min(orgs, relOrgCap)
	if r2, ok := v.alignment(a, b); ok {
		return clamp(r+r2, -100, 100)
	}
	p := float64(v.lean[a]) * float64(v.lean[b])
	switch {
	case p > 0:
		r += relLeanSame * p
	case p < 0:
		r += relLeanOpp * p * tension(v.year)
	}
	return clamp(r, -100, 100)
}

// Weights of a coded alignment with a permanent member, per unit.
const (
	relAlignFor     = 15
	relAlignAgainst = 20
)

// alignment is the part of a relation with a permanent member that the
// atlas codes as the state's alignment with it (both ways between two
// permanent members); ok is false when neither side is coded.
func (v *AtlasVoter) alignment(a, b StateID) (float64, bool) {
	n, sum := 0, 0.0
	if k := v.great[b]; k >= 0 && v.hasAlign[a] {
		sum += float64(v.align[a][k])
		n++
	}
	if k := v.great[a]; k >= 0 && v.hasAlign[b] {
		sum += float64(v.align[b][k])
		n++
	}
	if n == 0 {
		return 0, false
	}
	x := sum / float64(n)
	if x >= 0 {
		return relAlignFor * x, true
	}
	return relAlignAgainst * x, true
}

// CloseTo reports whether state a is coded as a close ally (alignment 2)
// of the permanent member p.
func (v *AtlasVoter) CloseTo(a, p StateID) bool {
	k := v.great[p]
	return k >= 0 && v.hasAlign[a] && v.align[a][k] >= 2
}

// alignIndex is a permanent member's place in AlignWith (SUN counts as
// RUS), or −1.
func alignIndex(code string) int {
	if code == "SUN" {
		code = "RUS"
	}
	for k, p := range AlignWith {
		if p == code {
			return k
		}
	}
	return -1
}

// tension is how far the great powers stood apart, year by year, 0…1: the
// Cold War; the years of cooperation from the Iran–Iraq ceasefire (1987–88)
// through the 1990s; the cooling of the 2000s; the confrontation since the
// Libyan and Syrian crises of 2011. Opposed alignments weigh that much.
func tension(year int) float64 {
	switch {
	case year < 1988:
		return 1
	case year < 2000:
		return 0.3
	case year < 2012:
		return 0.6
	}
	return 1
}

// Inclined implements Voter: the atlas knows no lobbying.
func (v *AtlasVoter) Inclined(StateID) float64 { return 0 }

// Blocs implements Voter.
func (v *AtlasVoter) Blocs(id StateID) []string { return v.defs[id].Blocs }

// TradeShare implements Voter: the atlas holds no trade figures.
func (v *AtlasVoter) TradeShare(StateID, StateID) float64 { return 0 }

// SharesBloc implements Voter: two states share a regional organisation or
// an alliance.
func (v *AtlasVoter) SharesBloc(a, b StateID) bool {
	shared := v.orgs[a] & v.orgs[b]
	for m := shared; m != 0; m &= m - 1 {
		if k := v.atlas.Orgs[bits.TrailingZeros64(m)].Kind; k == OrgRegional || k == OrgAlliance || k == OrgUnion {
			return true
		}
	}
	return false
}

// InOrgKind reports whether a state on the day belongs to an organisation
// of a kind.
func (v *AtlasVoter) InOrgKind(id StateID, kind string) bool { return v.inKind(v.orgs[id], kind) }

// Lean returns a state's alignment score, 2 (the West) … −2 (the East).
func (v *AtlasVoter) Lean(id StateID) int { return int(v.lean[id]) }

var _ Voter = (*AtlasVoter)(nil)

// Allied reports whether two states are bound by treaty on the day: a
// shared alliance (NATO, the Warsaw Pact, …), or an alliance or patronage
// tie between them.
func (v *AtlasVoter) Allied(a, b StateID) bool {
	if v.inKind(v.orgs[a]&v.orgs[b], OrgAlliance) {
		return true
	}
	for _, t := range v.atlas.TiesOn(v.codes[a], v.codes[b], v.year) {
		if t.Kind == TiePatron || t.Kind == TieAlly {
			return true
		}
	}
	return false
}
