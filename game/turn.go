package game

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// Options are the choices a game starts with besides scenario and seed.
type Options struct {
	// Humans lists the seats people play; every other seat is an engine actor.
	Humans []string
	// Autopilot makes engine actors follow the historical track.
	Autopilot bool
	// Carry is what the campaign's last crisis hands this one, or nil.
	Carry *Carry
	// Difficulty is easy, normal (the default) or hard.
	Difficulty string
}

// New starts a game: the world on the first turn, after its events phase
// and the engine actors' first moves.
func New(s *Scenario, seed uint64, opt Options) (*World, error) {
	n := len(s.States)
	w := &World{
		Scenario:  s,
		Seed:      seed,
		Autopilot: opt.Autopilot,
		RNG:       *rand.NewPCG(seed, seed^0x9e3779b97f4a7c15),
		Date:      s.Start,
		Turn:      1,
		Seats:     make([]Seat, n+1),
		States:    make([]StateStatus, n),
		Relations: make([]float64, n*n),
		Fired:     make([]bool, len(s.Events)),
		Tabled:    make([]bool, len(s.Drafts)),
		Authority: s.Authority,
		Tension:   s.Tension,
	}
	if !slices.Contains(Difficulties, opt.Difficulty) && opt.Difficulty != "" {
		return nil, fmt.Errorf("difficulty %q: use %s", opt.Difficulty, strings.Join(Difficulties, ", "))
	}
	if opt.Difficulty != "" && opt.Difficulty != DifficultyNormal {
		w.Difficulty = opt.Difficulty
	}
	for _, h := range opt.Humans {
		seat, ok := w.SeatByCode(h)
		if !ok {
			return nil, fmt.Errorf("seat %q is not in scenario %s: use a state code of the scenario or %q", h, s.ID, Secretariat)
		}
		w.Seats[seat].Human = true
		w.StartHumans = append(w.StartHumans, h)
	}
	for i := range n {
		d := &s.States[i]
		w.States[i] = StateStatus{Legitimacy: 70, Support: d.Opinion, Economy: 100, Arrears: d.Arrears, Compliance: 0.5}
		if w.IsAggressor(StateID(i)) {
			w.States[i].Legitimacy = 50
		}
	}
	w.Relations = startRelations(s)
	t := s.Theatre
	w.Theatre = Theatre{Control: t.Control, AggressorForces: t.AggressorForces, DefenderForces: t.DefenderForces,
		Hostages: t.Hostages, Refugees: t.Refugees, Clarity: t.Clarity}
	w.Budget.RegularCash = s.RegularBudget / 4
	w.setFlag(FlagOccupied, t.Control > 0)
	w.setFlag(FlagHostages, t.Hostages > 0)
	if opt.Carry != nil {
		c := *opt.Carry
		w.Carry = &c
		w.stamp = s.Start
		w.applyCarry(w.Carry)
		w.stamp = 0
	}
	w.beginTurn()
	return w, nil
}

// baseRelation is where a relation starts when the scenario names none:
// shared solidarity blocs bring states together.
func baseRelation(s *Scenario, a, b StateID) float64 {
	if s.blocMask[a]&s.blocMask[b] != 0 {
		return 30
	}
	return 10
}

// advance ends the turn: Council, World and Report phases, then the next
// turn's Events and Diplomacy phases.
func (w *World) advance() {
	w.runActors(false)
	w.fireScripted(w.TurnEnd()) // what happens during the turn, and what its moves made possible
	w.councilPhase()
	w.worldPhase()
	w.reportPhase()
	if w.Over {
		return
	}
	w.Date = w.Date.AddDays(w.turnDays())
	w.Turn++
	w.beginTurn()
}

func (w *World) beginTurn() {
	for i := range w.Seats {
		w.Seats[i].AP = APPerTurn
		w.Seats[i].Done = false
	}
	if w.Date.Year() != w.History0Year() {
		// contributions are assessed by calendar year
		for i := range w.States {
			w.States[i].Paid = 0
			w.States[i].Withholding = false
		}
	}
	w.fireScripted(w.Date)
	if w.Theatre.Authorised && w.Theatre.Deadline != 0 && w.TurnEnd() >= w.Theatre.Deadline && !w.Flag(FlagDeadlinePassed) {
		w.setFlag(FlagDeadlinePassed, true)
		w.emit(EvScripted, fmt.Sprintf("The Council's deadline of %s expires", w.Theatre.Deadline.Long()))
		w.Events[len(w.Events)-1].Date = max(w.Date, w.Theatre.Deadline)
	}
	w.generatedEvents()
	w.runActors(true)
}

// History0Year is the year of the previous turn (the start year on turn 1).
func (w *World) History0Year() int {
	if len(w.History) == 0 {
		return w.Scenario.Start.Year()
	}
	return w.History[len(w.History)-1].Date.Year()
}

// councilPhase votes the drafts called to a vote, in order of meeting.
func (w *World) councilPhase() {
	var due []int
	for i := range w.Drafts {
		if w.Drafts[i].Status == CalledToVote {
			due = append(due, i)
		}
	}
	sort.SliceStable(due, func(a, b int) bool { return w.Drafts[due[a]].Meeting < w.Drafts[due[b]].Meeting })
	for _, i := range due {
		w.stamp = w.Drafts[i].Meeting
		w.vote(&w.Drafts[i])
	}
	w.stamp = 0
}

// SituationFor is what the model reads for a draft: the crisis, seen as the
// draft addresses it.
func (w *World) SituationFor(d *Draft) Situation {
	t := &w.Scenario.Theatre
	sit := Situation{Kind: t.Kind, Aggressors: t.Aggressors, Victims: t.Victims, Clarity: w.Theatre.Clarity,
		Hardship: clamp(max(w.Theatre.Hardship, w.Theatre.Refugees/10)/100, 0, 1), Groups: t.Groups}
	if d.Historical >= 0 {
		h := &w.Scenario.Drafts[d.Historical]
		if h.Kind != "" {
			sit.Kind = h.Kind
		}
		if len(h.Against) > 0 {
			sit.Aggressors, sit.Victims = h.Against, h.For
		}
		if sit.Kind == SitIntervention {
			// A text against those who intervened: the plainer the
			// atrocities they answered, the more it shields the one who
			// committed them — evidence counts against it.
			sit.Clarity = -sit.Clarity
		}
	}
	if w.Flag(FlagForceThreatened) && !w.Flag(FlagWar) && !d.Has(AuthorizeForce) && d.Chapter == 7 && len(d.Sponsors) > 0 && sit.Kind != SitIntervention {
		if _, ok := w.RegionalBloc(d.Sponsors[0]); ok {
			sit.ImpliedForce = 1
		}
	}
	return sit
}

// Blocs are a state's memberships.
func (w *World) Blocs(s StateID) []string { return w.Def(s).Blocs }

// Inclined is the push lobbying and deals have given a state.
func (w *World) Inclined(s StateID) float64 { return w.States[s].Inclined }

// TradeShare is the share of from's trade that goes to to.
func (w *World) TradeShare(from, to StateID) float64 {
	return w.Scenario.trade[int(from)*w.N()+int(to)]
}

// SharesBloc reports whether two states share a solidarity bloc.
func (w *World) SharesBloc(a, b StateID) bool {
	return w.Scenario.blocMask[a]&w.Scenario.blocMask[b] != 0
}

// Ballots predicts (or casts) every member's ballot on a draft, with each
// utility, on the draft's meeting date or today.
func (w *World) Ballots(d *Draft) (members []StateID, ballots []Ballot, utils []float64) {
	date := d.Meeting
	if date == 0 {
		date = w.Date
	}
	members = w.Scenario.CouncilOn(date)
	ballots = make([]Ballot, len(members))
	utils = make([]float64, len(members))
	sit := w.SituationFor(d)
	loads := DraftLoads(d.Clauses, &sit)
	substantive := !d.Procedural()
	emergency := date <= w.Scenario.Start.AddDays(1)
	m := &DefaultModel
	for i, mem := range members {
		def := w.Def(mem)
		var u float64
		switch {
		case slices.Contains(sit.Aggressors, mem):
			u = -5
		case slices.Contains(sit.Victims, mem):
			u = 5
		default:
			u = m.Utility(w, mem, &sit, d.Sponsors, loads)
		}
		utils[i] = u
		b := m.Ballot(u, def.Permanent, substantive)
		if slices.Contains(d.Threats, mem) && b != Yes && substantive {
			b = No // a threat made is a threat kept
		}
		if emergency && b != No && !def.Permanent && meanRel(w, mem, sit.Aggressors) >= 0.5 {
			// Called within hours of the crisis, a close friend of the
			// accused, with no instructions yet and no wish to vote against
			// it, is present and does not take part.
			b = Absent
		}
		if d.Chapter == 6 && (w.IsAggressor(mem) || w.IsVictim(mem)) {
			b = Abstain // Art. 27(3): a party to a dispute abstains under Chapter VI
		}
		if slices.Contains(d.Absent, mem) {
			b = Absent
		}
		ballots[i] = b
	}
	return members, ballots, utils
}

// vote takes the Council's vote on a draft and applies what it decides.
func (w *World) vote(d *Draft) {
	members, ballots, utils := w.Ballots(d)
	rec := VoteRecord{Utility: utils, Date: d.Meeting, Body: BodySC, Draft: d.ID, Symbol: d.Symbol, Historical: d.Historical,
		Title: d.Summary(), Chapter: d.Chapter, Clauses: d.ClauseIDs(), Procedural: d.Procedural(),
		Members: slices.Clone(members), Ballots: ballots}
	tally(w.Scenario, &rec)
	w.Votes = append(w.Votes, rec)
	text := fmt.Sprintf("Council votes on %s: %d–%d–%d", d.Name(), rec.Yes, rec.No, rec.Abstain)
	switch {
	case rec.Adopted:
		d.Status = Adopted
		w.emit(EvVote, text+", adopted")
		w.adopt(d)
	case len(rec.VetoedBy) > 0:
		d.Status = Vetoed
		w.emit(EvVote, text+", not adopted")
		for _, v := range rec.VetoedBy {
			w.veto(d, v)
		}
	default:
		d.Status = Failed
		w.Authority = clamp(w.Authority-2, 0, 100)
		w.emit(EvVote, text+fmt.Sprintf(", not adopted: %d votes needed", rec.Needed))
	}
}

// veto makes the vetoing member pay: legitimacy, the sponsors' goodwill and
// the UN's authority.
func (w *World) veto(d *Draft, v StateID) {
	w.States[v].Legitimacy = clamp(w.States[v].Legitimacy-5, 0, 100)
	for _, s := range d.Sponsors {
		w.moveRel(s, v, -10)
		w.moveRel(v, s, -5)
	}
	w.Authority = clamp(w.Authority-5, 0, 100)
	w.Tension = clamp(w.Tension+2, 0, 100)
	d.Unexplained = append(d.Unexplained, v)
	text := fmt.Sprintf("%s vetoes %s; it owes the Council its reasons by the end of next turn", w.Def(v).Name, d.Name())
	if d.Meeting >= vetoDebateFrom {
		text += ", and the General Assembly will debate the veto (GA res. 76/262)"
	}
	w.emit(EvVeto, text, v)
}

// adopt applies an adopted resolution's operative clauses.
func (w *World) adopt(d *Draft) {
	r := &w.Sanctions
	measure := false
	for _, c := range d.Clauses {
		switch c.ID {
		case ComprehensiveSanctions:
			r.Comprehensive, measure = true, true
		case TradeSanctions:
			r.Trade, measure = true, true
			if slices.Contains(splitList(c.Param("goods")), "food") {
				r.Food = true
			}
		case ArmsEmbargo:
			r.Arms, measure = true, true
		case FlightBan:
			r.Flights, measure = true, true
		case TargetedSanctions:
			r.Targeted, measure = true, true
		case SanctionsCommittee:
			r.Committee = true
		case MaritimeInterdiction:
			r.Interdiction = true
		case AuthorizeForce:
			w.Theatre.Authorised = true
			if dl, err := ParseDate(c.Param("deadline")); err == nil {
				w.Theatre.Deadline = dl
			}
		case AnnexationNull:
			for _, a := range w.Aggressors() {
				w.States[a].Legitimacy = clamp(w.States[a].Legitimacy-3, 0, 100)
			}
		case PeacekeepingMission:
			troops, _ := strconv.ParseFloat(c.Param("troops"), 64)
			budget, _ := strconv.ParseFloat(c.Param("budget"), 64)
			if troops == 0 {
				troops = 1
			}
			if budget == 0 {
				budget = troops * 40
			}
			w.Budget.Missions = append(w.Budget.Missions, Mission{Name: "Mission " + strconv.Itoa(len(w.Budget.Missions)+1), Troops: troops, Budget: budget, Cash: budget / 4})
			w.emit(EvBudget, fmt.Sprintf("The Council establishes Mission %d: %.1f thousand troops, $%.0f million a year", len(w.Budget.Missions), troops, budget))
		case GAEmergencySession:
			if base := w.blockedDraft(); base != nil {
				w.assembly(base)
			}
		case EndorseAgreement:
			if w.Flag(FlagWithdrawn) || w.Flag(FlagCeasefire) {
				w.setFlag(FlagSettled, true)
			}
		}
	}
	if measure && !r.Active {
		r.Active, r.Since = true, w.now()
		for i := range w.States {
			w.States[i].Compliance = 0.5
		}
	}
	gain := 2.0
	if d.Chapter == 7 {
		gain = 3
	}
	w.Authority = clamp(w.Authority+gain, 0, 100)
	for _, a := range w.Aggressors() {
		w.States[a].Legitimacy = clamp(w.States[a].Legitimacy-1, 0, 100)
	}
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// reportPhase records the indicators and ends the game when it is over.
func (w *World) reportPhase() {
	w.History = append(w.History, Point{Date: w.Date, Authority: w.Authority, Tension: w.Tension,
		Control: w.Theatre.Control, Leakage: w.Sanctions.Leakage, Coalition: w.CoalitionForces()})
	switch {
	case w.Tension >= 100:
		w.end("catastrophe", "The escalation ladder tops out: the crisis becomes a general war, and everyone loses")
	case w.Flag(FlagWithdrawn) && w.Flag(FlagSettled):
		w.end(w.resolvedOutcome(), "The crisis is resolved")
	case w.Date.AddDays(w.turnDays()) > w.Scenario.End:
		w.end(w.finalOutcome(), "The scenario reaches its end date")
	}
}

func (w *World) resolvedOutcome() string {
	switch {
	case w.Theatre.Basis == "":
		return OutcomeWithdrawal
	case internalKind(w.Scenario.Theatre.Kind):
		return OutcomeCompelled
	}
	return OutcomeReversed
}

func (w *World) finalOutcome() string {
	if w.Scenario.Theatre.Kind == SitNuclearTest {
		// No territory changes hands: what counts is whether the Council
		// answered the test.
		if w.Sanctions.Active {
			return OutcomeTestAnswered
		}
		return OutcomeTestUnanswered
	}
	switch {
	case w.Flag(FlagWithdrawn):
		return w.resolvedOutcome()
	case w.Theatre.Control > 0 && internalKind(w.Scenario.Theatre.Kind):
		return OutcomeRepression
	case w.Theatre.Control > 0:
		return OutcomeOccupation
	}
	return OutcomeStalemate
}

// Outcomes of a game.
const (
	OutcomeReversed   = "aggression-reversed" // the aggressor was driven out by force
	OutcomeWithdrawal = "withdrawal"          // the aggressor withdrew without being driven out
	OutcomeOccupation = "occupation-persists"
	// In a crisis inside a state (Kosovo), the government's forces are
	// not an invader: they withdraw under force, or the repression goes on.
	OutcomeCompelled  = "withdrawal-compelled"
	OutcomeRepression = "repression-persists"
	// After a nuclear test: the Council imposed measures, or it did not.
	OutcomeTestAnswered   = "test-answered"
	OutcomeTestUnanswered = "test-unanswered"
	OutcomeStalemate      = "stalemate"
	OutcomeCatastrophe    = "catastrophe"
)

func (w *World) end(outcome, text string) {
	w.Over = true
	w.Outcome = outcome
	w.emit(EvOutcome, text+": "+outcome)
	w.Events[len(w.Events)-1].Date = w.TurnEnd()
}

// generatedEvents are the events the world makes each turn: shifts in
// opinion, leaks. They use the world's random source.
func (w *World) generatedEvents() {
	r := w.rand()
	if r.Float64() < 0.2 {
		var pool []StateID
		for i := range w.States {
			if w.States[i].Committed > 0 {
				pool = append(pool, StateID(i))
			}
		}
		if len(pool) > 0 {
			s := pool[r.IntN(len(pool))]
			d := float64(r.IntN(6) - 3)
			if d >= 0 {
				d++ // no news is no news
			}
			w.States[s].Support = clamp(w.States[s].Support+d, 0, 100)
			word := "steady"
			if d > 0 {
				word = "up"
			} else if d < 0 {
				word = "down"
			}
			w.emit(EvOpinion, fmt.Sprintf("Polls in %s: support for the government's line is %s (%+.0f)", w.Def(s).Name, word, d), s)
		}
	}
}
