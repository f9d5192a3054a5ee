package game

import (
	"math"
	"slices"
)

// The vote model (GAME.md §6; docs/vote-model.md). A member's utility for a
// draft passing is a weighted sum of terms: its support for acting (evidence
// clarity, ties to the victim and the sponsors, distance from the target,
// bloc solidarity) less the costs it sees in the draft's clauses (coercion,
// force, intrusion into internal affairs, punitive terms, measures against
// third states, harm to civilians, imposed boundaries), each cost weighted by
// what makes this member sensitive to it: its attachment to sovereignty, its
// ties to the target, its trade with the target, its hostility to the
// sponsors. What was done to it this game (lobbying, aid, pressure, deals)
// adds directly. Utility at or above YesAt gives yes, below NoAt no, and
// abstention in between. A permanent member, whose no is a veto with a
// price, votes no only below VetoAt.

// Term indexes the model's terms.
type Term int

// Concerns a draft's clauses reach into.
const (
	Coercion = iota
	Force
	Intrusion
	Punitive
	Secondary
	Civilian
	numConcerns
)

// Sensitivities that make a member weigh a concern.
const (
	BySovereignty = iota // its attachment to non-intervention
	ByTies               // its friendship with the target
	ByRivalry            // its hostility to the sponsors
	numSensitivities
)

// The model's terms: support terms, then a cost term for each concern and
// sensitivity (entered negative), then a few special costs and reliefs.
const (
	TermEvidence Term = iota
	TermVictim
	TermTarget
	TermSponsors
	TermBloc
	termCosts
	TermTrade           = termCosts + numConcerns*numSensitivities
	TermBoundary        = TermTrade + 1
	TermRelief          = TermTrade + 2
	TermIntrusionRegime = TermTrade + 3
	TermGroup           = TermTrade + 4
	TermStopForce       = TermTrade + 5
	TermLead            = TermTrade + 6
	TermBinding         = TermTrade + 7
	TermCrossfire       = TermTrade + 8
	TermShield          = TermTrade + 9
	TermPartyLead       = TermTrade + 10
	TermAssembly        = TermTrade + 11
	TermEastText        = TermTrade + 12
	NumTerms            = TermTrade + 13
)

// CostTerm is the term of a concern weighed by a sensitivity.
func CostTerm(concern, by int) Term { return termCosts + Term(concern*numSensitivities+by) }

var concernNames = [numConcerns]string{"sanctions", "force", "intrusion", "punitive terms", "third-state measures", "harm to civilians"}
var sensitivityNames = [numSensitivities]string{"vs. sovereignty", "against a friend", "pushed by rivals"}

// TermNames say what each term stands for, for the whip count's "why".
var TermNames = func() [NumTerms]string {
	var n [NumTerms]string
	n[TermEvidence], n[TermVictim], n[TermTarget], n[TermSponsors], n[TermBloc] =
		"evidence of the facts", "ties to the victim", "distance from the target", "ties to the sponsors", "bloc solidarity"
	for c := range numConcerns {
		for b := range numSensitivities {
			n[CostTerm(c, b)] = concernNames[c] + " " + sensitivityNames[b]
		}
	}
	n[CostTerm(Force, BySovereignty)] = "force vs. restraint" // force is weighed by restraint
	n[TermTrade], n[TermBoundary], n[TermRelief] = "its own trade with the target", "an imposed boundary", "relief for civilians"
	n[TermIntrusionRegime] = "intrusion vs. a government that could be next"
	n[TermGroup] = "a text of its own contact group"
	n[TermStopForce] = "stopping others' force"
	n[TermLead] = "the lead of its great-power partners"
	n[TermBinding] = "a binding Chapter VII text vs. sovereignty"
	n[TermCrossfire] = "a non-aligned state caught between the camps"
	n[TermShield] = "a great power shielding its client"
	n[TermPartyLead] = "standing by a great-power partner whose conduct is in question"
	n[TermAssembly] = "an Assembly vote, where abstaining costs nothing"
	n[TermEastText] = "a text Moscow or Beijing tabled, and it is not their partner"
	return n
}()

// Model holds the weights of the terms and the thresholds.
type Model struct {
	W                   [NumTerms]float64
	InternalFactor      float64
	YesAt, NoAt, VetoAt float64
}

// DefaultModel is the calibrated model the game plays with (see
// docs/vote-model.md for how the weights were set).
var DefaultModel = Model{
	W:              defaultWeights,
	InternalFactor: 2,
	YesAt:          0, NoAt: -0.9, VetoAt: -1.6,
}

// Loads are how far a draft reaches in each concern, summed over its clauses.
type Loads struct {
	Coercion, Force, Intrusion, Punitive, Secondary, Civilian, Relief, Boundary float64
	// StopsForce is how far the text would stop force others are using.
	StopsForce float64
	// Consent is true for a text that endorses an agreement the parties
	// reached: it intrudes little, and the target's friends have no quarrel
	// with it.
	Consent bool
}

// DraftLoads sums a draft's clause loads, with parameters and the
// situation taken into account: a text that endorses what the target agreed
// to intrudes little (consent); a text against an intervention restrains
// force rather than using it; a Chapter VII text tabled by an alliance that
// has threatened force without the Council reads as an implied authorisation.
func DraftLoads(clauses []ClauseEntry, sit *Situation) Loads {
	l := clauseLoads(clauses)
	if slices.ContainsFunc(clauses, func(c ClauseEntry) bool { return c.ID == EndorseAgreement }) {
		l.Intrusion *= 0.1
		l.Force *= 0.1
		l.Consent = true
	}
	if sit != nil {
		if sit.Kind == SitIntervention {
			l.StopsForce = 2
		}
		l.Force += sit.ImpliedForce
	}
	return l
}

func clauseLoads(clauses []ClauseEntry) Loads {
	var l Loads
	for _, c := range clauses {
		info, ok := LookupClause(c.ID)
		if !ok {
			continue
		}
		l.Coercion += info.Coercion
		l.Force += info.Force
		l.Intrusion += info.Intrusion
		l.Punitive += info.Punitive
		l.Secondary += info.Secondary
		l.Civilian += info.Civilian
		l.Relief += info.Relief
		switch c.ID {
		case TradeSanctions:
			if slices.Contains(splitList(c.Param("goods")), "food") {
				l.Civilian += 1.5
			}
		case BoundaryDemarcation:
			l.Boundary++
		case AuthorizeForce:
			// An ultimatum with a date means war within weeks; an open
			// authorisation that stands after the fighting weighs less.
			if c.Param("deadline") == "" {
				l.Force -= 1
			}
		}
	}
	return l
}

// Situation is what the model needs to know of a crisis: whom the draft
// addresses, and the evidence.
type Situation struct {
	Kind       string
	Aggressors []StateID
	Victims    []StateID
	Clarity    float64 // evidence clarity 0…1
	Hardship   float64 // civilian suffering in the crisis, 0…1
	// Groups are the contact groups that manage the crisis; a member of one
	// leans toward texts a fellow member tables, as far as it still trusts it.
	Groups []string
	// ImpliedForce is added to a Chapter VII text's force load when its lead
	// sponsor belongs to an alliance that has threatened force without the
	// Council: others read the text as cover for it.
	ImpliedForce float64
}

// Voter is what the model reads about members: the world's public state.
type Voter interface {
	Def(StateID) *StateDef
	Rel(a, b StateID) float64
	Inclined(StateID) float64
	Blocs(StateID) []string
	TradeShare(from, to StateID) float64
	SharesBloc(a, b StateID) bool
}

// Terms returns the value of each term for a member and a draft. Cost
// terms are negative.
func (m *Model) Terms(v Voter, member StateID, sit *Situation, sponsors []StateID, l Loads) [NumTerms]float64 {
	def := v.Def(member)
	sov := def.Sovereignty
	tie := meanRel(v, member, sit.Aggressors)
	if l.Consent {
		tie = min(tie, 0)
	}
	ptie := max(0, tie)
	spons := 1.0
	if !slices.Contains(sponsors, member) {
		spons = meanRel(v, member, sponsors)
	}
	// Ties to the sponsors of a text that endorses an agreement the parties
	// reached count only for it: res. 2202 (2015), Russia's text on the
	// Minsk agreements, passed unanimously. A rival's hand still taints
	// what the text imposes (China abstained on res. 1244, 1999).
	if l.Consent {
		spons = max(0, spons)
	}
	// A text pushed by a rival is tainted even when friends co-sponsor it.
	hostile := 0.0
	if spons < 1 {
		for _, sp := range sponsors {
			hostile = max(hostile, -v.Rel(member, sp)/100)
		}
	}
	trade, bloc := 0.0, 0.0
	for _, a := range sit.Aggressors {
		trade += v.TradeShare(member, a)
		if v.SharesBloc(member, a) {
			bloc--
		}
	}
	for _, x := range sit.Victims {
		if v.SharesBloc(member, x) {
			bloc++
		}
	}
	// Measures inside a state's own borders reach into its internal
	// affairs, when the text addresses its government; a text that
	// addresses no state (a mission a government asked for) does not.
	intr := l.Intrusion
	if internalKind(sit.Kind) && len(sit.Aggressors) > 0 {
		intr = (intr + 0.5*(l.Coercion+max(l.Force, 0))) * m.InternalFactor
	}
	var t [NumTerms]float64
	t[TermEvidence] = sit.Clarity
	t[TermVictim] = meanRel(v, member, sit.Victims)
	t[TermTarget] = -tie
	t[TermSponsors] = spons
	t[TermBloc] = clamp(bloc, -1, 1)
	loads := [numConcerns]float64{l.Coercion, l.Force, intr, l.Punitive, l.Secondary, l.Civilian}
	sens := [numSensitivities]float64{sov, ptie, hostile}
	for c := range numConcerns {
		for b := range numSensitivities {
			t[CostTerm(c, b)] = -loads[c] * sens[b]
		}
	}
	// Force is weighed by restraint, not by the norm of non-intervention.
	t[CostTerm(Force, BySovereignty)] = -loads[Force] * def.Restraint
	t[TermTrade] = -l.Coercion * trade
	t[TermBoundary] = -l.Boundary * def.BoundaryGrievance
	t[TermRelief] = l.Relief * sit.Hardship
	t[TermIntrusionRegime] = -intr * RegimeExposure(def.Regime)
	// Only a state more averse to force than most welcomes a text that
	// stops it.
	t[TermStopForce] = l.StopsForce * max(0, def.Restraint-0.5)
	if len(sponsors) > 0 && sponsors[0] != member {
		for _, g := range sit.Groups {
			if slices.Contains(def.Blocs, g) && slices.Contains(v.Blocs(sponsors[0]), g) {
				t[TermGroup] = max(0, v.Rel(member, sponsors[0])/100)
			}
		}
	} else if len(sponsors) > 0 {
		t[TermGroup] = 1
	}
	return t
}

// Utility is the member's utility for the draft passing.
func (m *Model) Utility(v Voter, member StateID, sit *Situation, sponsors []StateID, l Loads) float64 {
	t := m.Terms(v, member, sit, sponsors, l)
	u := v.Inclined(member)
	for i, x := range t {
		u += m.W[i] * x
	}
	return u
}

// Ballot turns a utility into a vote.
func (m *Model) Ballot(u float64, permanent, substantive bool) Ballot {
	no := m.NoAt
	if permanent && substantive {
		no = m.VetoAt
	}
	switch {
	case u >= m.YesAt:
		return Yes
	case u >= no:
		return Abstain
	}
	return No
}

// Certainty is how sure a prediction is, 0.5…1: how far the utility sits
// from the nearest threshold.
func (m *Model) Certainty(u float64, permanent, substantive bool) float64 {
	no := m.NoAt
	if permanent && substantive {
		no = m.VetoAt
	}
	d := min(math.Abs(u-m.YesAt), math.Abs(u-no))
	return 0.5 + 0.5*(1-math.Exp(-3*d))
}

// RegimeExposure is how exposed a government is to precedents of
// intervention in internal affairs: 0 for a democracy, 1 for a government
// that rests on force or a single party, ½ for one in transition.
func RegimeExposure(regime string) float64 {
	switch regime {
	case "democracy":
		return 0
	case "transitional":
		return 0.5
	}
	return 1
}

func meanRel(v Voter, member StateID, others []StateID) float64 {
	n, t := 0, 0.0
	for _, o := range others {
		if o == member {
			continue
		}
		t += v.Rel(member, o)
		n++
	}
	if n == 0 {
		return 0
	}
	return t / float64(n) / 100
}
