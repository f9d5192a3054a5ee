package game

// StateID is the index of a state in its scenario's state list.
type StateID int16

// NoState stands for "no state".
const NoState StateID = -1

// StateDef is what a scenario says of a state: facts that do not change
// during a game. Dynamic values live in the World.
type StateDef struct {
	Code      string
	Name      string
	Region    string
	Blocs     []string
	Regime    string
	Permanent bool
	// Member is false for a party that is not a UN member (or not a state).
	Member bool
	// Sovereignty is the attachment to non-intervention, 0…1.
	Sovereignty float64
	// Restraint is the aversion to the use of force by others, 0…1.
	Restraint float64
	// BoundaryGrievance is how strongly the state contests a boundary fixed
	// against its will, 0…1; it makes the state wary of boundaries imposed
	// by the Council.
	BoundaryGrievance float64
	Military          float64 // power index, 0…100
	Economy           float64 // power index, 0…100
	Troops            float64 // thousands of troops it could deploy abroad
	Patron            StateID
	// Assessment is the share of the UN regular budget, in per cent.
	Assessment float64
	// Arrears owed at the start, in millions of US dollars.
	Arrears float64
	// PayRate is the share of each assessment the state pays on time, 0…1.
	PayRate float64
	Opinion float64 // domestic support for the government, 0…100
}

// TradeLink says how much of a state's trade goes to a partner.
type TradeLink struct {
	From, To StateID
	Share    float64 // 0…1 of From's trade
}

// CouncilYear is the Council's membership in one calendar year.
type CouncilYear struct {
	Year    int
	Members []StateID // permanent members first
}

// Theatre is the crisis as the scenario opens it.
type TheatreDef struct {
	Name            string
	Kind            string
	Aggressors      []StateID
	Victims         []StateID
	Clarity         float64 // evidence clarity, 0…1
	Control         float64 // share of the victim's territory the aggressor holds, 0…100
	AggressorForces float64 // thousands of troops in theatre
	DefenderForces  float64
	Hostages        float64 // foreign nationals held, thousands
	Refugees        float64 // thousands
	Map             []string
	// Groups are the contact groups that manage the crisis (bloc names).
	Groups []string
	// AirWeeks is how long a coalition with a great air power bombs before
	// any ground war (default 5).
	AirWeeks float64
}

// Condition is a test on the world for scripted events and drafts.
type Condition struct {
	After   Date // on or after (0: any)
	Before  Date // before (0: any)
	Flags   []int
	NoFlags []int
	// Adopted lists clauses that some adopted resolution must contain.
	Adopted []ClauseID
	// MinControl and MaxControl test the aggressor's hold on the territory.
	MinControl, MaxControl float64
}

// Effect is what a scripted event does to the world.
type Effect struct {
	SetFlags, ClearFlags []int
	Clarity              float64 // added to evidence clarity
	Tension              float64
	Authority            float64
	Control              float64 // set control to this value when ControlSet
	ControlSet           bool
	Hostages             float64 // added
	Refugees             float64
	CiviliansKilled      float64
	AggressorForces      float64 // added
	Relations            []RelationDelta
}

// RelationDelta moves a relation.
type RelationDelta struct {
	From, To StateID
	Delta    float64
}

// EventDef is a scripted scenario event.
type EventDef struct {
	ID     string
	Kind   string
	Actors []StateID
	Text   string
	When   Condition
	Effect Effect
	// Historical marks events of the record, shown on the history timeline.
	Historical bool
}

// DraftDef is a historical draft: the text that was tabled, so engine
// actors can table it at its moment and players can table or amend it.
type DraftDef struct {
	Symbol   string // e.g. S/RES/678(1990)
	Title    string
	Date     Date // the meeting at which it was voted
	Chapter  int
	Clauses  []ClauseEntry
	Sponsors []StateID // the first is the state that tables it in the game
	// When gates tabling by the autopilot (beyond the date).
	When Condition
	// Members not present at the meeting.
	Absent []StateID
	// Kind, Against and For override the theatre's situation for a draft
	// that addresses other conduct (a draft against an intervention, say).
	Kind         string
	Against, For []StateID
}

// Objective is one aim of a seat.
type Objective struct {
	Text string
	// Goal names what the objective measures (see ObjectiveGoals).
	Goal   string
	Target float64
}

// SeatBrief is a seat's briefing and objectives.
type SeatBrief struct {
	Seat       SeatID
	Briefing   string
	Objectives []Objective
}

// Scenario is a crisis as data: everything a game starts from.
type Scenario struct {
	ID string
	// Tutorial marks the scenario that teaches the game (tutorial.go).
	Tutorial bool
	Title    string
	Summary  string
	Start    Date
	End      Date
	Cadence  []Cadence
	States   []StateDef
	Trade    []TradeLink
	Relation []RelationDelta // initial relations, From→To; others start from blocs
	Council  []CouncilYear
	Theatre  TheatreDef
	Events   []EventDef
	Drafts   []DraftDef
	Briefs   []SeatBrief
	Flags    []string // names of the world's flags, engine flags first
	// Authority and Tension at the start, 0…100.
	Authority, Tension float64
	// RegularBudget is the UN regular budget per year, in millions of US dollars.
	RegularBudget float64
	Sources       []string
	// Atlas is the world beyond the scenario's states: the rest of the
	// General Assembly votes from it. Nil leaves the Assembly to the
	// scenario's states.
	Atlas *Atlas

	trade    []float64 // n×n trade shares
	blocMask []uint64  // solidarity blocs of each state
}

// Cadence sets the turn length from a date on.
type Cadence struct {
	From Date
	Days int
}

// StateByCode finds a state by its code.
func (s *Scenario) StateByCode(code string) (StateID, bool) {
	for i := range s.States {
		if s.States[i].Code == code {
			return StateID(i), true
		}
	}
	return NoState, false
}

// FlagByName finds a flag by name.
func (s *Scenario) FlagByName(name string) (int, bool) {
	for i, f := range s.Flags {
		if f == name {
			return i, true
		}
	}
	return -1, false
}

// Engine flags: the engine sets and reads these itself. A scenario's flag
// list starts with them, in this order.
const (
	FlagOccupied = iota
	FlagAnnexed
	FlagHostages
	FlagWar
	FlagCeasefire
	FlagWithdrawn
	FlagSettled
	FlagUnauthorisedForce
	FlagDeadlinePassed
	FlagTalksFailed
	FlagForceThreatened
	engineFlagCount
)

// EngineFlags are the names of the engine flags.
var EngineFlags = []string{"occupied", "annexed", "hostages", "war", "ceasefire", "withdrawn", "settled", "unauthorised-force", "deadline-passed", "talks-failed", "force-threatened"}

// Secretariat is the code of the Secretariat's seat.
const Secretariat = "secretariat"

// Prepare computes the lookup tables the engine reads; loaders call it once
// after building a scenario.
func (s *Scenario) Prepare() {
	n := len(s.States)
	s.trade = make([]float64, n*n)
	for _, t := range s.Trade {
		s.trade[int(t.From)*n+int(t.To)] = t.Share
	}
	names := map[string]int{}
	s.blocMask = make([]uint64, n)
	for i, st := range s.States {
		for _, b := range st.Blocs {
			if !solidarityBloc(b) {
				continue
			}
			k, ok := names[b]
			if !ok {
				k = len(names)
				names[b] = k
			}
			if k < 64 {
				s.blocMask[i] |= 1 << uint(k)
			}
		}
	}
}

// solidarityBloc reports whether members of a bloc close ranks when one of
// them is the target of a draft. Broad groupings such as the Non-Aligned
// Movement do not: their members stand on both sides of most crises.
func solidarityBloc(b string) bool {
	switch b {
	case "Arab League", "OAU", "AU", "Warsaw Pact", "NATO", "CSTO", "GCC":
		return true
	}
	return false
}
