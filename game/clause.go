package game

import (
	"sort"
	"strings"
)

// ClauseID is a stable identifier from the clause catalogue (GAME.md §7).
// Once used in a scenario or a save, an identifier keeps its meaning.
type ClauseID string

// Clause identifiers of the catalogue.
const (
	DetermineThreat        ClauseID = "determine-threat"
	DetermineBreach        ClauseID = "determine-breach"
	DetermineAggression    ClauseID = "determine-aggression"
	Condemn                ClauseID = "condemn"
	CondemnThirdParty      ClauseID = "condemn-third-party"
	DemandWithdrawal       ClauseID = "demand-withdrawal"
	DemandCeasefire        ClauseID = "demand-ceasefire"
	CallNegotiations       ClauseID = "call-negotiations"
	AnnexationNull         ClauseID = "annexation-null"
	HumanitarianAccess     ClauseID = "humanitarian-access"
	ReleaseHostages        ClauseID = "release-hostages"
	EndorseAgreement       ClauseID = "endorse-agreement"
	ArmsEmbargo            ClauseID = "arms-embargo"
	TradeSanctions         ClauseID = "trade-sanctions"
	ComprehensiveSanctions ClauseID = "comprehensive-sanctions"
	TargetedSanctions      ClauseID = "targeted-sanctions"
	FlightBan              ClauseID = "flight-ban"
	SanctionsCommittee     ClauseID = "sanctions-committee"
	MaritimeInterdiction   ClauseID = "maritime-interdiction"
	ThreatenMeasures       ClauseID = "threaten-measures"
	NoFlyZone              ClauseID = "no-fly-zone"
	AuthorizeForce         ClauseID = "authorize-force"
	PeacekeepingMission    ClauseID = "peacekeeping-mission"
	CivilAdministration    ClauseID = "civil-administration"
	TribunalReferral       ClauseID = "tribunal-referral"
	GAEmergencySession     ClauseID = "ga-emergency-session"
	// Added to the catalogue for post-war settlements (resolutions 674, 686, 687).
	Compensation        ClauseID = "compensation"
	Disarmament         ClauseID = "disarmament"
	BoundaryDemarcation ClauseID = "boundary-demarcation"
)

// ClauseKind groups clauses by what they do.
type ClauseKind uint8

// Clause kinds, from words to force.
const (
	KindDetermination ClauseKind = iota
	KindWords
	KindMeasure
	KindForce
	KindProcedural
)

// ClauseInfo describes a clause: its wording for people and the weights the
// vote model reads. Load values say how far the clause reaches into each of
// the concerns that make states hesitate (0 none … 3 heavy).
type ClauseInfo struct {
	ID      ClauseID
	Name    string
	Kind    ClauseKind
	Article string // the Charter article the clause rests on
	// ChapterVII is true when the clause needs a Chapter VII draft.
	ChapterVII bool
	// Params lists the parameter names the clause accepts.
	Params []string
	// Loads for the vote model.
	Coercion  float64 // economic pressure on the target
	Force     float64 // armed force, or its authorisation
	Intrusion float64 // reach into a state's internal affairs
	Punitive  float64 // terms imposed on a defeated or guilty state
	Secondary float64 // measures against third states
	Civilian  float64 // harm to the target's civilians
	Relief    float64 // relief for civilians (humanitarian value)
}

var catalogue = []ClauseInfo{
	{ID: DetermineThreat, Name: "Determines a threat to the peace", Kind: KindDetermination, Article: "39"},
	{ID: DetermineBreach, Name: "Determines a breach of the peace", Kind: KindDetermination, Article: "39", Punitive: 0.3},
	{ID: DetermineAggression, Name: "Determines an act of aggression", Kind: KindDetermination, Article: "39", Punitive: 0.5},
	{ID: Condemn, Name: "Condemns the act", Kind: KindWords, Punitive: 0.2},
	{ID: CondemnThirdParty, Name: "Condemns states that assist the target", Kind: KindWords, Secondary: 1.5},
	{ID: DemandWithdrawal, Name: "Demands withdrawal of forces", Kind: KindWords, Article: "40", Punitive: 0.3},
	{ID: DemandCeasefire, Name: "Demands a cease-fire", Kind: KindWords, Article: "40"},
	{ID: CallNegotiations, Name: "Calls for negotiations", Kind: KindWords, Article: "33"},
	{ID: AnnexationNull, Name: "Declares the annexation null and void", Kind: KindWords},
	{ID: HumanitarianAccess, Name: "Demands humanitarian access and protection of civilians", Kind: KindWords, Intrusion: 1, Relief: 1},
	{ID: ReleaseHostages, Name: "Demands release of foreign nationals", Kind: KindWords},
	{ID: EndorseAgreement, Name: "Endorses an agreement reached outside the Council", Kind: KindWords, Params: []string{"agreement"}},
	{ID: ArmsEmbargo, Name: "Arms embargo", Kind: KindMeasure, Article: "41", ChapterVII: true, Coercion: 1},
	{ID: TradeSanctions, Name: "Embargo on listed goods", Kind: KindMeasure, Article: "41", ChapterVII: true, Params: []string{"goods"}, Coercion: 1.5},
	{ID: ComprehensiveSanctions, Name: "Comprehensive trade and financial embargo", Kind: KindMeasure, Article: "41", ChapterVII: true, Coercion: 2.5, Civilian: 0.5},
	{ID: TargetedSanctions, Name: "Asset freezes and travel bans on named persons", Kind: KindMeasure, Article: "41", ChapterVII: true, Coercion: 0.5},
	{ID: FlightBan, Name: "Ban on flights", Kind: KindMeasure, Article: "41", ChapterVII: true, Coercion: 1},
	{ID: SanctionsCommittee, Name: "Sanctions committee and panel of experts", Kind: KindMeasure, Article: "29"},
	{ID: MaritimeInterdiction, Name: "Authorises stopping and inspecting shipping", Kind: KindForce, Article: "42", ChapterVII: true, Force: 1.5},
	{ID: ThreatenMeasures, Name: "Warns of further measures", Kind: KindWords, Punitive: 0.5},
	{ID: NoFlyZone, Name: "Establishes a no-fly zone", Kind: KindForce, Article: "42", ChapterVII: true, Force: 2, Intrusion: 1},
	{ID: AuthorizeForce, Name: "Authorises all necessary means", Kind: KindForce, Article: "42", ChapterVII: true, Params: []string{"deadline"}, Force: 3},
	{ID: PeacekeepingMission, Name: "Establishes a peacekeeping or observer mission", Kind: KindMeasure, Article: "40", Params: []string{"troops", "budget"}, Intrusion: 0.3},
	{ID: CivilAdministration, Name: "Establishes an international civil presence", Kind: KindMeasure, Article: "41", ChapterVII: true, Params: []string{"budget"}, Intrusion: 2},
	{ID: TribunalReferral, Name: "Refers the situation to a tribunal", Kind: KindMeasure, Article: "41", ChapterVII: true, Intrusion: 1.5, Punitive: 1},
	{ID: GAEmergencySession, Name: "Calls an emergency special session of the General Assembly", Kind: KindProcedural, Article: "UfP"},
	{ID: Compensation, Name: "Holds the target liable and sets up compensation", Kind: KindMeasure, Punitive: 1},
	{ID: Disarmament, Name: "Imposes disarmament and inspection", Kind: KindMeasure, Article: "41", ChapterVII: true, Punitive: 1.5},
	{ID: BoundaryDemarcation, Name: "Demarcates and guarantees a boundary", Kind: KindMeasure, Punitive: 0.5},
}

var clauseIndex = func() map[ClauseID]int {
	m := make(map[ClauseID]int, len(catalogue))
	for i, c := range catalogue {
		m[c.ID] = i
	}
	return m
}()

// Catalogue returns every clause, in catalogue order.
func Catalogue() []ClauseInfo { return append([]ClauseInfo(nil), catalogue...) }

// LookupClause returns a clause's description.
func LookupClause(id ClauseID) (ClauseInfo, bool) {
	i, ok := clauseIndex[id]
	if !ok {
		return ClauseInfo{}, false
	}
	return catalogue[i], true
}

// ValidClauseIDs lists every identifier, sorted, for error messages.
func ValidClauseIDs() string {
	ids := make([]string, len(catalogue))
	for i, c := range catalogue {
		ids[i] = string(c.ID)
	}
	sort.Strings(ids)
	return strings.Join(ids, ", ")
}

// IsDetermination reports whether the clause is an Art. 39 determination.
func (id ClauseID) IsDetermination() bool {
	return id == DetermineThreat || id == DetermineBreach || id == DetermineAggression
}

// Situation kinds (GAME.md §7).
const (
	SitInvasion      = "invasion"
	SitAnnexation    = "annexation"
	SitOccupation    = "occupation"
	SitBorderClash   = "border-clash"
	SitRepression    = "internal-repression"
	SitCivilWar      = "civil-war"
	SitIntervention  = "intervention"
	SitNuclearTest   = "nuclear-test"
	SitCoup          = "coup"
	SitIllegalRegime = "illegal-regime"
	SitSecession     = "secession-referendum"
	SitHostages      = "hostage-taking"
)

var situationKinds = []string{SitInvasion, SitAnnexation, SitOccupation, SitBorderClash, SitRepression,
	SitCivilWar, SitIntervention, SitNuclearTest, SitCoup, SitIllegalRegime, SitSecession, SitHostages}

// ValidSituationKind reports whether k is a situation kind of the catalogue.
func ValidSituationKind(k string) bool {
	for _, s := range situationKinds {
		if s == k {
			return true
		}
	}
	return false
}

// SituationKinds lists the kinds, for error messages.
func SituationKinds() string { return strings.Join(situationKinds, ", ") }

// internalKind reports whether a situation lies inside one state's borders,
// where intervention weighs on the norm of non-intervention.
func internalKind(k string) bool {
	switch k {
	case SitRepression, SitCivilWar, SitCoup, SitSecession, SitIllegalRegime:
		return true
	}
	return false
}
