package game

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// stance is +1 for a state that wants the Council to act against the
// aggressor, −1 for one that shields it; lobbying pushes the way the
// lobbyist leans.
func (w *World) stance(s StateID) float64 {
	if w.IsAggressor(s) {
		return -1
	}
	if w.IsVictim(s) {
		return 1
	}
	if meanRel(w, s, w.Victims())-meanRel(w, s, w.Aggressors()) >= 0 {
		return 1
	}
	return -1
}

func (w *World) targetOf(seat SeatID, cmd *Command) (StateID, StateID, error) {
	s, err := w.seatState(seat, cmd.Kind)
	if err != nil {
		return NoState, NoState, err
	}
	t, err := w.stateByCode(cmd.Target)
	if err != nil {
		return NoState, NoState, err
	}
	if t == s {
		return NoState, NoState, refuse(ErrNotAllowed, "%s cannot %s itself", w.Code(s), cmd.Kind)
	}
	return s, t, nil
}

func (w *World) incline(t StateID, d float64) {
	w.States[t].Inclined = clamp(w.States[t].Inclined+d, -1.5, 1.5)
}

func cmdLobby(w *World, seat SeatID, cmd *Command) error {
	s, t, err := w.targetOf(seat, cmd)
	if err != nil {
		return err
	}
	// Lobbying works through goodwill: it moves a friend more than a rival.
	eff := 0.12 * (1 + w.Rel(t, s)/200)
	w.incline(t, w.stance(s)*eff*w.bargain(seat, t))
	w.moveRel(t, s, 2)
	w.cable(SeatID(t), fmt.Sprintf("%s lobbies %s on the Council's business", w.Def(s).Name, w.Def(t).Name), s, t)
	w.cable(seat, fmt.Sprintf("You lobbied %s", w.Def(t).Name), s, t)
	return nil
}

func cmdPromiseAid(w *World, seat SeatID, cmd *Command) error {
	s, t, err := w.targetOf(seat, cmd)
	if err != nil {
		return err
	}
	if cmd.Amount <= 0 || cmd.Amount > 10*w.Def(s).Economy+100 {
		return refuse(ErrBadParam, "aid of %.0f million: promise between 1 and %.0f", cmd.Amount, 10*w.Def(s).Economy+100)
	}
	w.States[t].AidDue += cmd.Amount
	w.incline(t, w.stance(s)*min(0.4, cmd.Amount/1000)*w.bargain(seat, t))
	w.moveRel(t, s, min(10, cmd.Amount/100))
	w.States[s].Economy -= cmd.Amount / (100 * (w.Def(s).Economy + 1))
	w.emit(EvAction, fmt.Sprintf("%s promises %s $%.0f million in aid", w.Def(s).Name, w.Def(t).Name, cmd.Amount), s, t)
	return nil
}

func cmdPressure(w *World, seat SeatID, cmd *Command) error {
	s, t, err := w.targetOf(seat, cmd)
	if err != nil {
		return err
	}
	// Pressure works through power and costs goodwill.
	ratio := (w.Def(s).Military + w.Def(s).Economy + 1) / (w.Def(t).Military + w.Def(t).Economy + 1)
	w.incline(t, w.stance(s)*clamp(0.08*math.Log2(1+ratio), 0, 0.3)*w.bargain(seat, t))
	w.moveRel(t, s, -8)
	w.cable(SeatID(t), fmt.Sprintf("%s presses %s hard on its vote", w.Def(s).Name, w.Def(t).Name), s, t)
	return nil
}

func cmdSideDeal(w *World, seat SeatID, cmd *Command) error {
	s, t, err := w.targetOf(seat, cmd)
	if err != nil {
		return err
	}
	w.incline(t, w.stance(s)*0.35*w.bargain(seat, t))
	w.moveRel(t, s, 5)
	w.States[s].Legitimacy = clamp(w.States[s].Legitimacy-1, 0, 100)
	w.cable(SeatID(t), fmt.Sprintf("%s offers %s a concession for its vote; the deal is struck", w.Def(s).Name, w.Def(t).Name), s, t)
	w.cable(seat, fmt.Sprintf("Side deal struck with %s", w.Def(t).Name), s, t)
	return nil
}

func cmdCommitForces(w *World, seat SeatID, cmd *Command) error {
	s, err := w.seatState(seat, cmd.Kind)
	if err != nil {
		return err
	}
	if w.IsAggressor(s) {
		return refuse(ErrNotAllowed, "%s is a party to the crisis; its forces are already engaged", w.Code(s))
	}
	free := w.Def(s).Troops - w.States[s].Pledged - w.States[s].Committed
	if cmd.Amount <= 0 || cmd.Amount > free+1e-9 {
		return refuse(ErrNoForces, "%s can commit between 1 and %.0f thousand troops", w.Code(s), max(0, free))
	}
	w.States[s].Pledged += cmd.Amount
	w.emit(EvForces, fmt.Sprintf("%s commits %.0f thousand troops to the coalition", w.Def(s).Name, cmd.Amount), s)
	return nil
}

func cmdRecallForces(w *World, seat SeatID, cmd *Command) error {
	s, err := w.seatState(seat, cmd.Kind)
	if err != nil {
		return err
	}
	st := &w.States[s]
	if cmd.Amount <= 0 || cmd.Amount > st.Pledged+st.Committed+1e-9 {
		return refuse(ErrNoForces, "%s can recall up to %.0f thousand troops", w.Code(s), st.Pledged+st.Committed)
	}
	from := min(cmd.Amount, st.Pledged)
	st.Pledged -= from
	st.Committed -= cmd.Amount - from
	w.emit(EvForces, fmt.Sprintf("%s recalls %.0f thousand troops", w.Def(s).Name, cmd.Amount), s)
	return nil
}

// Legal bases for the use of force (GAME.md §10).
const (
	BasisCouncil    = "sc"
	BasisArt51      = "art51"
	BasisRegional   = "regional"
	BasisUnilateral = "unilateral"
)

// ArmedAttack reports whether the crisis began with an armed attack on a
// state, which opens collective self-defence under Art. 51.
func (w *World) ArmedAttack() bool {
	switch w.Scenario.Theatre.Kind {
	case SitInvasion, SitAnnexation, SitOccupation, SitBorderClash:
		return len(w.Victims()) > 0
	}
	return false
}

// ForceBasis returns the strongest legal basis for coalition force now.
func (w *World) ForceBasis() string {
	if w.Theatre.Authorised && (w.Theatre.Deadline == 0 || w.Date >= w.Theatre.Deadline) {
		return BasisCouncil
	}
	if w.ArmedAttack() && w.Flag(FlagOccupied) {
		return BasisArt51
	}
	return ""
}

func cmdOffensive(w *World, seat SeatID, cmd *Command) error {
	s, err := w.seatState(seat, cmd.Kind)
	if err != nil {
		return err
	}
	if w.Flag(FlagWar) {
		return refuse(ErrNotAllowed, "the coalition is already fighting")
	}
	if !w.Flag(FlagOccupied) {
		return refuse(ErrNotAllowed, "no territory is occupied: there is nothing to fight for")
	}
	if w.States[s].Committed <= 0 {
		return refuse(ErrNoForces, "%s has no troops in the theatre; commit forces first", w.Code(s))
	}
	basis := cmd.Value
	if basis == "" {
		basis = w.ForceBasis()
		if basis == "" {
			basis = BasisUnilateral
		}
	}
	switch basis {
	case BasisCouncil:
		if !w.Theatre.Authorised {
			return refuse(ErrNotAllowed, "no Council resolution authorises force; choose art51, regional or unilateral")
		}
		if w.Theatre.Deadline != 0 && w.Date < w.Theatre.Deadline {
			return refuse(ErrNotAllowed, "the authorisation runs from %s", w.Theatre.Deadline.Long())
		}
	case BasisArt51:
		if !w.ArmedAttack() {
			return refuse(ErrNotAllowed, "Art. 51 needs an armed attack on a state; here there was none")
		}
	case BasisAssembly:
		if !w.assemblyRecommendsForce() {
			return refuse(ErrNotAllowed, "the General Assembly has recommended no force; request an emergency special session first")
		}
	case BasisRegional:
		if bloc, ok := w.RegionalBloc(s); !ok {
			return refuse(ErrNotAllowed, "%s belongs to no regional alliance of three or more states in this crisis", w.Code(s))
		} else if div := w.Divided(bloc); len(div) > 0 {
			return refuse(ErrNotAllowed, "%s is divided: %s will not support force without the Council, and the alliance acts by consensus", bloc, strings.Join(div, ", "))
		}
	case BasisUnilateral:
	default:
		return refuse(ErrBadParam, "basis %q: use sc, art51, ga, regional or unilateral", basis)
	}
	w.setFlag(FlagWar, true)
	w.Theatre.Basis = basis
	w.Tension = clamp(w.Tension+10, 0, 100)
	text := fmt.Sprintf("%s leads the coalition into battle", w.Def(s).Name)
	switch basis {
	case BasisCouncil:
		w.Authority = clamp(w.Authority+3, 0, 100)
		text += ", with the Council's authorisation"
	case BasisArt51:
		text += " under Art. 51 (collective self-defence)"
		w.Authority = clamp(w.Authority-2, 0, 100)
	case BasisAssembly:
		// A recommendation, not a decision: legitimate in many eyes, binding on none.
		w.Authority = clamp(w.Authority-2, 0, 100)
		w.costLegitimacy(s, 2)
		text += " on the General Assembly's recommendation (Uniting for Peace)"
	case BasisRegional:
		// Art. 53: no enforcement by regional bodies without the Council.
		w.setFlag(FlagUnauthorisedForce, true)
		w.Authority = clamp(w.Authority-6, 0, 100)
		w.costLegitimacy(s, 5)
		text += " through a regional organisation, without the Council's authorisation (Art. 53)"
	case BasisUnilateral:
		w.setFlag(FlagUnauthorisedForce, true)
		w.Authority = clamp(w.Authority-10, 0, 100)
		w.costLegitimacy(s, 10)
		text += ", without any authorisation"
	}
	w.emit(EvCombat, text, s)
	return nil
}

// costLegitimacy lowers a state's legitimacy and its standing with states
// that hold sovereignty dear.
func (w *World) costLegitimacy(s StateID, amount float64) {
	w.States[s].Legitimacy = clamp(w.States[s].Legitimacy-amount, 0, 100)
	for o := range w.N() {
		if StateID(o) != s {
			w.moveRel(StateID(o), s, -amount*w.Def(StateID(o)).Sovereignty)
		}
	}
}

func cmdWithdraw(w *World, seat SeatID, cmd *Command) error {
	s, err := w.seatState(seat, cmd.Kind)
	if err != nil {
		return err
	}
	if !w.IsAggressor(s) || w.Theatre.Control <= 0 {
		return refuse(ErrNotAllowed, "%s holds no territory to withdraw from", w.Code(s))
	}
	w.Theatre.Control = 0
	w.Theatre.AggressorForces *= 0.2
	w.setFlag(FlagWithdrawn, true)
	w.setFlag(FlagOccupied, false)
	w.setFlag(FlagWar, false)
	w.setFlag(FlagCeasefire, true)
	w.Tension = clamp(w.Tension-20, 0, 100)
	w.emit(EvOutcome, fmt.Sprintf("%s withdraws its forces from the occupied territory", w.Def(s).Name), s)
	return nil
}

func cmdReleaseHostages(w *World, seat SeatID, cmd *Command) error {
	s, err := w.seatState(seat, cmd.Kind)
	if err != nil {
		return err
	}
	if !w.IsAggressor(s) || w.Theatre.Hostages <= 0 {
		return refuse(ErrNotAllowed, "%s holds no foreign nationals", w.Code(s))
	}
	w.Theatre.Hostages = 0
	w.setFlag(FlagHostages, false)
	w.Tension = clamp(w.Tension-5, 0, 100)
	w.emit(EvAction, fmt.Sprintf("%s lets the foreign nationals it held leave", w.Def(s).Name), s)
	return nil
}

func cmdAcceptTerms(w *World, seat SeatID, cmd *Command) error {
	s, err := w.seatState(seat, cmd.Kind)
	if err != nil {
		return err
	}
	if !w.IsAggressor(s) || !w.Flag(FlagWithdrawn) || !w.adoptedClause(DemandCeasefire) {
		return refuse(ErrNotAllowed, "there are no cease-fire terms for %s to accept: the Council must first adopt them, after a withdrawal", w.Code(s))
	}
	w.setFlag(FlagSettled, true)
	w.setFlag(FlagCeasefire, true)
	w.emit(EvOutcome, fmt.Sprintf("%s accepts the Council's cease-fire terms", w.Def(s).Name), s)
	return nil
}

func cmdOpposeForce(w *World, seat SeatID, cmd *Command) error {
	s, err := w.seatState(seat, cmd.Kind)
	if err != nil {
		return err
	}
	switch cmd.Value {
	case "yes":
		w.States[s].Opposes = true
		w.emit(EvAction, fmt.Sprintf("%s declares it will not support the use of force without the Council's authorisation", w.Def(s).Name), s)
	case "no":
		w.States[s].Opposes = false
		w.emit(EvAction, fmt.Sprintf("%s drops its objection to the use of force without the Council", w.Def(s).Name), s)
	default:
		return refuse(ErrBadParam, "oppose-force takes yes or no, not %q", cmd.Value)
	}
	return nil
}

func cmdComply(w *World, seat SeatID, cmd *Command) error {
	s, err := w.seatState(seat, cmd.Kind)
	if err != nil {
		return err
	}
	switch cmd.Value {
	case "yes":
		w.States[s].Breaching = false
	case "no":
		w.States[s].Breaching = true
	default:
		return refuse(ErrBadParam, "comply takes yes or no, not %q", cmd.Value)
	}
	return nil
}

func cmdNameBreach(w *World, seat SeatID, cmd *Command) error {
	var by StateID = NoState
	if seat != w.SecretariatSeat() {
		by = StateID(seat)
	}
	t, err := w.stateByCode(cmd.Target)
	if err != nil {
		return err
	}
	found := false
	for i := range w.Breaches {
		if w.Breaches[i].State == t && !w.Breaches[i].Named {
			w.Breaches[i].Named = true
			found = true
		}
	}
	if !found {
		return refuse(ErrNotAllowed, "no unreported breach by %s is on record", cmd.Target)
	}
	w.States[t].Legitimacy = clamp(w.States[t].Legitimacy-3, 0, 100)
	w.States[t].Compliance = clamp(w.States[t].Compliance+0.2, 0, 1)
	if by != NoState {
		w.moveRel(t, by, -5)
	}
	w.emit(EvBreach, fmt.Sprintf("%s is named for breaking the sanctions", w.Def(t).Name), t)
	return nil
}

func cmdCompensate(w *World, seat SeatID, cmd *Command) error {
	s, t, err := w.targetOf(seat, cmd)
	if err != nil {
		return err
	}
	if cmd.Amount <= 0 || cmd.Amount > 10000 {
		return refuse(ErrBadParam, "compensation of %.0f million: give between 1 and 10000", cmd.Amount)
	}
	st := &w.States[t]
	st.AidDue += cmd.Amount
	// Art. 50: a state compensated for what the sanctions cost it complies more.
	st.Compliance = clamp(st.Compliance+cmd.Amount/2000, 0, 1)
	w.moveRel(t, s, 5)
	w.emit(EvSanctions, fmt.Sprintf("%s compensates %s with $%.0f million for its losses under the sanctions (Art. 50)", w.Def(s).Name, w.Def(t).Name, cmd.Amount), s, t)
	return nil
}

func cmdPayDues(w *World, seat SeatID, cmd *Command) error {
	s, err := w.seatState(seat, cmd.Kind)
	if err != nil {
		return err
	}
	st := &w.States[s]
	amt := cmd.Amount
	if amt == 0 || amt > st.Arrears {
		amt = st.Arrears
	}
	if amt <= 0 {
		return refuse(ErrNotAllowed, "%s owes nothing", w.Code(s))
	}
	st.Arrears -= amt
	st.Paid += amt
	st.PaidTotal += amt
	w.Budget.RegularCash += amt
	w.emit(EvBudget, fmt.Sprintf("%s pays $%.0f million of its arrears", w.Def(s).Name, amt), s)
	return nil
}

func cmdWithholdDues(w *World, seat SeatID, cmd *Command) error {
	s, err := w.seatState(seat, cmd.Kind)
	if err != nil {
		return err
	}
	w.States[s].Withholding = true
	w.emit(EvBudget, fmt.Sprintf("%s withholds its contributions to the UN", w.Def(s).Name), s)
	return nil
}

func (w *World) secretariatOnly(seat SeatID, k CommandKind) error {
	if seat != w.SecretariatSeat() {
		return refuse(ErrNotSecretariat, "only the Secretariat can %s", k)
	}
	return nil
}

func cmdRefer(w *World, seat SeatID, cmd *Command) error {
	if err := w.secretariatOnly(seat, cmd.Kind); err != nil {
		return err
	}
	w.Theatre.Clarity = clamp(w.Theatre.Clarity+0.05, 0, 1)
	w.Authority = clamp(w.Authority+1, 0, 100)
	w.emit(EvAction, "The Secretary-General brings the matter to the Council's attention (Art. 99)")
	return nil
}

func cmdGoodOffices(w *World, seat SeatID, cmd *Command) error {
	if err := w.secretariatOnly(seat, cmd.Kind); err != nil {
		return err
	}
	w.Tension = clamp(w.Tension-1, 0, 100)
	w.GoodOffices++
	w.emit(EvAction, "The Secretary-General's envoy shuttles between the parties (good offices)")
	return nil
}

func cmdFactFinding(w *World, seat SeatID, cmd *Command) error {
	if err := w.secretariatOnly(seat, cmd.Kind); err != nil {
		return err
	}
	w.Theatre.Clarity = clamp(w.Theatre.Clarity+0.15, 0, 1)
	w.emit(EvAction, fmt.Sprintf("A fact-finding mission reports; the evidence is now %s", ClarityWord(w.Theatre.Clarity)))
	return nil
}

// ClarityWord says how plain the evidence is.
func ClarityWord(c float64) string {
	switch {
	case c >= 0.8:
		return "plain"
	case c >= 0.5:
		return "fairly clear"
	case c >= 0.3:
		return "disputed"
	}
	return "murky"
}

func cmdAppeal(w *World, seat SeatID, cmd *Command) error {
	if err := w.secretariatOnly(seat, cmd.Kind); err != nil {
		return err
	}
	switch cmd.Value {
	case "humanitarian":
		w.Theatre.Hardship = clamp(w.Theatre.Hardship-5, 0, 100)
		w.Authority = clamp(w.Authority+1, 0, 100)
		w.emit(EvAction, "The Secretary-General launches a humanitarian appeal")
	case "dues":
		total := 0.0
		for i := range w.States {
			st := &w.States[i]
			if st.Arrears > 0 && !st.Withholding {
				p := st.Arrears * 0.2
				st.Arrears -= p
				st.Paid += p
				st.PaidTotal += p
				total += p
			}
		}
		w.Budget.RegularCash += total
		w.emit(EvBudget, fmt.Sprintf("The Secretary-General appeals to members in arrears; $%.0f million comes in", total))
	default:
		return refuse(ErrBadParam, "appeal takes humanitarian or dues, not %q", cmd.Value)
	}
	return nil
}

func cmdProposeMission(w *World, seat SeatID, cmd *Command) error {
	if err := w.secretariatOnly(seat, cmd.Kind); err != nil {
		return err
	}
	troops := cmd.Amount
	if troops <= 0 || troops > 50 {
		return refuse(ErrBadParam, "a mission of %.1f thousand troops: propose between 0.1 and 50", troops)
	}
	budget := troops * 40 // about $40 million a year per thousand troops
	clauses := []ClauseEntry{{ID: PeacekeepingMission, Params: []Param{
		{Name: "troops", Value: strconv.FormatFloat(troops, 'f', -1, 64)},
		{Name: "budget", Value: strconv.FormatFloat(budget, 'f', 0, 64)},
	}}}
	chapter, text := 6, fmt.Sprintf("Secretariat proposal: a mission of %.1f thousand", troops)
	switch cmd.Value {
	case "", "peacekeeping":
	case "civil-administration":
		// An international civil presence runs the territory beside the
		// mission (as UNMIK did in Kosovo): a Chapter VII text, and dearer.
		civil := troops * 20
		clauses = append(clauses, ClauseEntry{ID: CivilAdministration, Params: []Param{{Name: "budget", Value: strconv.FormatFloat(civil, 'f', 0, 64)}}})
		chapter, text = 7, fmt.Sprintf("Secretariat proposal: a civil administration and a mission of %.1f thousand", troops)
	default:
		return refuse(ErrBadParam, "a mission is peacekeeping or civil-administration, not %q", cmd.Value)
	}
	return cmdDraft(w, seat, &Command{Clauses: clauses, Chapter: chapter, Text: text})
}

func cmdMessage(w *World, seat SeatID, cmd *Command) error {
	if len(cmd.Text) == 0 || len(cmd.Text) > 2000 {
		return refuse(ErrBadParam, "a message needs 1 to 2000 characters")
	}
	from := w.SeatCode(seat)
	if cmd.Target == "" {
		w.emit(EvMessage, from+" states publicly: "+cmd.Text)
		return nil
	}
	to, ok := w.SeatByCode(cmd.Target)
	if !ok {
		return refuse(ErrUnknownSeat, "unknown seat %q", cmd.Target)
	}
	w.cable(to, from+" to "+cmd.Target+": "+cmd.Text)
	w.Events[len(w.Events)-1].Kind = EvMessage
	if to != seat {
		w.cable(seat, from+" to "+cmd.Target+": "+cmd.Text)
		w.Events[len(w.Events)-1].Kind = EvMessage
	}
	return nil
}
