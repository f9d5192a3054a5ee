package game

import (
	"math/rand/v2"
	"slices"
)

// SeatID identifies a seat: a state's index, or the Secretariat's seat,
// which comes after every state.
type SeatID int16

// Param is a clause parameter, such as an authorisation's deadline.
type Param struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// ClauseEntry is a clause in a draft, with its parameters.
type ClauseEntry struct {
	ID     ClauseID `json:"id"`
	Params []Param  `json:"params,omitempty"`
}

// Param returns the value of a named parameter, or "".
func (c ClauseEntry) Param(name string) string {
	for _, p := range c.Params {
		if p.Name == name {
			return p.Value
		}
	}
	return ""
}

// Seat is the dynamic state of a seat.
type Seat struct {
	Human bool `json:"human"`
	AP    int  `json:"ap"`
	Done  bool `json:"done"`
}

// StateStatus is what changes about a state during a game.
type StateStatus struct {
	Legitimacy float64 `json:"legitimacy"` // 0…100
	Support    float64 `json:"support"`    // domestic support, 0…100
	Economy    float64 `json:"economy"`    // 100 = as at the start
	Committed  float64 `json:"committed"`  // troops committed to the coalition in theatre, thousands
	Pledged    float64 `json:"pledged"`    // troops pledged and on their way
	Compliance float64 `json:"compliance"` // with the sanctions regime, 0…1
	// Breaching is true when the state has chosen to let trade through.
	Breaching bool    `json:"breaching,omitempty"`
	Inclined  float64 `json:"inclined"`   // lobbying and deals: a push toward the sponsors' drafts
	AidDue    float64 `json:"aid_due"`    // aid promised to it, millions
	Paid      float64 `json:"paid"`       // paid this year
	PaidTotal float64 `json:"paid_total"` // paid since the game began
	Assessed  float64 `json:"assessed"`   // assessed since the game began
	Arrears   float64 `json:"arrears"`    // millions
	Casualty  float64 `json:"casualties"`
	// Art50 is true once the state has asked the Council for help with
	// what the sanctions cost it (Art. 50).
	Art50 bool `json:"art50,omitempty"`
	// Opposes is true when the state has declared it will not support force
	// without the Council's authorisation; a regional alliance acts only
	// when none of its members opposes.
	Opposes bool `json:"opposes,omitempty"`
	// Withholding is true while the state withholds its UN contributions.
	Withholding bool `json:"withholding,omitempty"`
}

// Regime is the sanctions regime against the target.
type Regime struct {
	Active        bool    `json:"active"`
	Since         Date    `json:"since"`
	Arms          bool    `json:"arms"`
	Trade         bool    `json:"trade"`
	Food          bool    `json:"food"`
	Comprehensive bool    `json:"comprehensive"`
	Flights       bool    `json:"flights"`
	Targeted      bool    `json:"targeted"`
	Committee     bool    `json:"committee"`
	Interdiction  bool    `json:"interdiction"`
	Leakage       float64 `json:"leakage"`
	Bite          float64 `json:"bite"` // economic loss inflicted on the target so far, per cent
}

// Strength is the nominal strength of the measures, 0…1.
func (r *Regime) Strength() float64 {
	if !r.Active {
		return 0
	}
	s := 0.0
	switch {
	case r.Comprehensive:
		s = 0.9
	case r.Trade:
		s = 0.5
	}
	if r.Arms {
		s += 0.05
	}
	if r.Flights {
		s += 0.05
	}
	if r.Targeted {
		s += 0.05
	}
	return min(s, 1)
}

// Breach is a breach of sanctions, attributable to a state.
type Breach struct {
	Date     Date    `json:"date"`
	State    StateID `json:"state"`
	Volume   float64 `json:"volume"`   // share of the target's trade that leaked through, per cent
	Evidence float64 `json:"evidence"` // how well established, 0…1
	Named    bool    `json:"named"`
}

// Theatre is the crisis on the ground.
type Theatre struct {
	Control         float64 `json:"control"`
	AggressorForces float64 `json:"aggressor_forces"`
	DefenderForces  float64 `json:"defender_forces"`
	CasualtiesMil   float64 `json:"casualties_mil"`
	CasualtiesCiv   float64 `json:"casualties_civ"`
	Refugees        float64 `json:"refugees"`
	Hostages        float64 `json:"hostages"`
	Clarity         float64 `json:"clarity"`
	// Hardship is the civilian hardship inside the target, 0…100.
	Hardship float64 `json:"hardship"`
	// Authorised is set by an adopted authorisation of force.
	Authorised bool `json:"authorised"`
	Deadline   Date `json:"deadline"`
	// Basis names the legal ground of coalition force: "sc", "art51",
	// "ga", "regional", "unilateral" or "".
	Basis string `json:"basis"`
	// WarWeeks counts the weeks of fighting so far.
	WarWeeks float64 `json:"war_weeks"`
}

// Mission is a UN peacekeeping or observer mission.
type Mission struct {
	Name     string  `json:"name"`
	Troops   float64 `json:"troops"` // thousands authorised
	Deployed float64 `json:"deployed"`
	Budget   float64 `json:"budget"` // millions a year
	Cash     float64 `json:"cash"`
}

// Budget is the UN's money.
type Budget struct {
	RegularCash float64   `json:"regular_cash"`
	PKCash      float64   `json:"pk_cash"`
	Missions    []Mission `json:"missions"`
}

// Point is the indicators at the end of a turn.
type Point struct {
	Date      Date    `json:"date"`
	Authority float64 `json:"authority"`
	Tension   float64 `json:"tension"`
	Control   float64 `json:"control"`
	Leakage   float64 `json:"leakage"`
	Coalition float64 `json:"coalition"`
}

// World is a game in progress. It is a value: Apply returns a new World and
// never changes the one it was given.
type World struct {
	Scenario  *Scenario `json:"-"`
	Seed      uint64    `json:"seed"`
	Autopilot bool      `json:"autopilot"`
	// StartHumans are the seats people held when the game began.
	StartHumans []string `json:"start_humans"`
	RNG         rand.PCG `json:"-"`
	Date        Date     `json:"date"`
	Turn        int      `json:"turn"`
	Over        bool     `json:"over"`
	Outcome     string   `json:"outcome"`

	Seats     []Seat        `json:"seats"`
	States    []StateStatus `json:"states"`
	Relations []float64     `json:"relations"` // n×n, From*n+To
	// Difficulty is easy or hard; empty is normal (see difficulty.go).
	Difficulty string `json:"difficulty,omitempty"`
	// Carry is what the campaign's last crisis handed this game, or nil.
	Carry     *Carry   `json:"carry,omitempty"`
	Flags     uint64   `json:"flags"`
	Fired     []bool   `json:"fired"`  // scripted events that have fired
	Tabled    []bool   `json:"tabled"` // historical drafts already tabled
	Drafts    []Draft  `json:"drafts"`
	Sanctions Regime   `json:"sanctions"`
	Breaches  []Breach `json:"breaches"`
	Theatre   Theatre  `json:"theatre"`
	Budget    Budget   `json:"budget"`
	Authority float64  `json:"authority"`
	Tension   float64  `json:"tension"`
	// GoodOffices counts the Secretary-General's envoy missions.
	GoodOffices int `json:"good_offices"`

	Votes   []VoteRecord `json:"votes"`
	Events  []Event      `json:"events"`
	Log     []Command    `json:"log"`
	History []Point      `json:"history"`

	stamp Date // the date on events while the Council sits or the world moves
}

// Clone returns a copy that shares nothing the engine changes in place.
// Append-only records share their backing arrays, clipped so that an append
// to either copy never shows in the other.
func (w *World) Clone() *World {
	c := *w
	c.Seats = slices.Clone(w.Seats)
	c.States = slices.Clone(w.States)
	c.Relations = slices.Clone(w.Relations)
	c.Fired = slices.Clone(w.Fired)
	c.Tabled = slices.Clone(w.Tabled)
	c.Drafts = make([]Draft, len(w.Drafts))
	for i := range w.Drafts {
		c.Drafts[i] = w.Drafts[i].clone()
	}
	c.Budget.Missions = slices.Clone(w.Budget.Missions)
	c.Breaches = slices.Clone(w.Breaches)
	c.Votes = slices.Clip(w.Votes)
	c.Events = slices.Clip(w.Events)
	c.Log = slices.Clip(w.Log)
	c.History = slices.Clip(w.History)
	return &c
}

// N is the number of states.
func (w *World) N() int { return len(w.Scenario.States) }

// SecretariatSeat is the seat of the Secretariat.
func (w *World) SecretariatSeat() SeatID { return SeatID(len(w.Scenario.States)) }

// Rel is the relation of a toward b, −100…100.
func (w *World) Rel(a, b StateID) float64 { return w.Relations[int(a)*w.N()+int(b)] }

func (w *World) moveRel(a, b StateID, d float64) {
	if a == b {
		return
	}
	i := int(a)*w.N() + int(b)
	w.Relations[i] = clamp(w.Relations[i]+d, -100, 100)
}

// Flag reports whether a flag is set.
func (w *World) Flag(f int) bool { return w.Flags&(1<<uint(f)) != 0 }

func (w *World) setFlag(f int, on bool) {
	if on {
		w.Flags |= 1 << uint(f)
	} else {
		w.Flags &^= 1 << uint(f)
	}
}

// Def returns a state's scenario definition.
func (w *World) Def(id StateID) *StateDef { return &w.Scenario.States[id] }

// Code returns a state's code.
func (w *World) Code(id StateID) string { return w.Scenario.States[id].Code }

// SeatCode returns a seat's code: a state's code or "secretariat".
func (w *World) SeatCode(s SeatID) string {
	if int(s) == w.N() {
		return Secretariat
	}
	if s < 0 || int(s) > w.N() {
		return "?"
	}
	return w.Code(StateID(s))
}

// SeatByCode finds a seat by its code.
func (w *World) SeatByCode(code string) (SeatID, bool) {
	if code == Secretariat {
		return w.SecretariatSeat(), true
	}
	id, ok := w.Scenario.StateByCode(code)
	return SeatID(id), ok
}

// TurnEnd is the last day of the current turn.
func (w *World) TurnEnd() Date { return w.Date.AddDays(w.turnDays() - 1) }

func (w *World) turnDays() int {
	days := 7
	for _, c := range w.Scenario.Cadence {
		if w.Date >= c.From {
			days = c.Days
		} else if gap := int(c.From - w.Date); gap < days {
			days = gap // a turn ends where a new cadence begins
		}
	}
	if end := w.Scenario.End; w.Date.AddDays(days) > end {
		days = int(end-w.Date) + 1
	}
	return max(days, 1)
}

// Aggressors and Victims of the crisis.
func (w *World) Aggressors() []StateID { return w.Scenario.Theatre.Aggressors }

// Victims of the crisis.
func (w *World) Victims() []StateID { return w.Scenario.Theatre.Victims }

// IsAggressor reports whether a state is a party whose conduct the crisis is about.
func (w *World) IsAggressor(id StateID) bool {
	return slices.Contains(w.Scenario.Theatre.Aggressors, id)
}

// IsVictim reports whether a state is a victim of the crisis.
func (w *World) IsVictim(id StateID) bool { return slices.Contains(w.Scenario.Theatre.Victims, id) }

// CoalitionForces is the coalition's troops in theatre, thousands.
func (w *World) CoalitionForces() float64 {
	t := 0.0
	for i := range w.States {
		t += w.States[i].Committed
	}
	return t
}

func (w *World) rand() *rand.Rand { return rand.New(&w.RNG) }

func clamp(v, lo, hi float64) float64 { return max(lo, min(hi, v)) }
