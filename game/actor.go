package game

import (
	"slices"
)

// Engine actors play every seat no person holds. They see the public world
// and their own state, and act only through exec, with the same rules and
// action points as people. Their moves are not logged: they follow from the
// world, so replaying the logged commands replays them.

// runActors lets every engine seat act. At the start of a turn actors make
// their plans; at its end they react to what people did, on its last day.
func (w *World) runActors(start bool) {
	if !start {
		w.stamp = w.TurnEnd()
		defer func() { w.stamp = 0 }()
	}
	for s := range w.Seats {
		seat := SeatID(s)
		if w.Seats[s].Human {
			continue
		}
		if seat == w.SecretariatSeat() {
			if start {
				w.secretariatActor()
			}
			continue
		}
		id := StateID(s)
		w.explainActor(id)
		if start {
			w.stateActor(id)
		} else {
			w.reactActor(id)
		}
	}
}

// actFor lets the engine play one seat's start of turn now.
func (w *World) actFor(seat SeatID) {
	if seat == w.SecretariatSeat() {
		w.secretariatActor()
		return
	}
	w.stateActor(StateID(seat))
}

// anyHuman reports whether a person holds any seat.
func (w *World) anyHuman() bool {
	for _, s := range w.Seats {
		if s.Human {
			return true
		}
	}
	return false
}

func (w *World) act(seat SeatID, cmd Command) bool {
	cmd.Seat = w.SeatCode(seat)
	return w.exec(seat, cmd) == nil
}

// Champion is the permanent member that leads the response: the strongest
// that leans against the aggressor.
func (w *World) Champion() StateID {
	best, bestPower := NoState, -1.0
	for _, s := range w.Scenario.CouncilOn(w.Date) {
		d := w.Def(s)
		if !d.Permanent || w.stance(s) < 0 || w.IsAggressor(s) {
			continue
		}
		p := (d.Military + d.Economy) * (1 + meanRel(w, s, w.Victims()))
		if p > bestPower {
			best, bestPower = s, p
		}
	}
	return best
}

func (w *World) stateActor(s StateID) {
	seat := SeatID(s)
	switch {
	case w.IsAggressor(s):
		w.aggressorActor(s)
	case s == w.Champion():
		if w.Autopilot {
			w.tableHistorical(s)
		} else {
			w.championDrafts(s)
		}
		w.championForces(s)
		w.championPrepares(s)
	default:
		if w.Autopilot {
			w.tableHistorical(s)
		}
		w.supporterForces(s)
	}
	w.adoptProposals(s)
	w.tradeChoice(s)
	if w.States[s].Arrears > 0 && w.Def(s).PayRate > 0.9 && w.Seats[seat].AP > 0 {
		w.act(seat, Command{Kind: CmdPayDues})
	}
}

// adoptProposals: a Council member that likes a Secretariat proposal
// sponsors it, tables it and asks for the vote.
func (w *World) adoptProposals(s StateID) {
	seat := SeatID(s)
	if !w.Scenario.OnCouncil(s, w.Date) || w.IsAggressor(s) {
		return
	}
	for i := range w.Drafts {
		d := &w.Drafts[i]
		if d.Status != Drafting || len(d.Sponsors) > 0 || w.Seats[seat].AP < 1 {
			continue
		}
		sit := w.SituationFor(d)
		if DefaultModel.Utility(w, s, &sit, []StateID{s}, DraftLoads(d.Clauses, &sit)) < 0.5 {
			continue
		}
		id := d.ID
		if w.act(seat, Command{Kind: CmdCosponsor, Draft: id}) {
			w.act(seat, Command{Kind: CmdTable, Draft: id})
			w.act(seat, Command{Kind: CmdCallVote, Draft: id})
		}
	}
}

// tableHistorical tables the historical drafts this seat sponsors whose
// meeting falls in this turn, and calls the vote for that date.
func (w *World) tableHistorical(s StateID) {
	for i := range w.Scenario.Drafts {
		h := &w.Scenario.Drafts[i]
		if w.Tabled[i] || h.Date < w.Date || h.Date > w.TurnEnd() || !w.holds(&h.When, w.TurnEnd()) {
			continue
		}
		if w.historicalTabler(h) != s {
			continue
		}
		seat := SeatID(s)
		if !w.act(seat, Command{Kind: CmdDraft, Symbol: h.Symbol}) {
			continue
		}
		id := w.LastDraft()
		w.Tabled[i] = true
		w.act(seat, Command{Kind: CmdTable, Draft: id})
		w.act(seat, Command{Kind: CmdCallVote, Draft: id, Date: h.Date})
	}
}

// historicalTabler is the first sponsor of a historical draft that the
// engine plays.
func (w *World) historicalTabler(h *DraftDef) StateID {
	for _, sp := range h.Sponsors {
		if !w.Seats[sp].Human {
			return sp
		}
	}
	return NoState
}

// ladder is the champion's escalation: each step is a text it drafts when
// the situation calls for it and the Council has not yet acted.
func (w *World) nextStep() []ClauseEntry {
	if w.Scenario.Theatre.Kind == SitNuclearTest {
		return w.nextNuclearStep()
	}
	if !w.ArmedAttack() {
		return w.nextInternalStep()
	}
	occupied := w.Flag(FlagOccupied)
	since := float64(w.Date-w.Scenario.Start) / 7
	switch {
	case occupied && !w.adoptedClause(DemandWithdrawal):
		return entries(DetermineBreach, Condemn, DemandWithdrawal)
	case occupied && !w.Sanctions.Active:
		return entries(ComprehensiveSanctions, SanctionsCommittee)
	case w.Flag(FlagAnnexed) && !w.adoptedClause(AnnexationNull):
		return entries(AnnexationNull)
	case w.Flag(FlagHostages) && !w.adoptedClause(ReleaseHostages):
		return entries(ReleaseHostages, Condemn)
	case occupied && w.Sanctions.Leakage > 0.1 && !w.Sanctions.Interdiction:
		return entries(MaritimeInterdiction)
	case occupied && since >= 12 && !w.Theatre.Authorised && w.ForceRatio() >= 1:
		deadline := w.Date.AddDays(42)
		return []ClauseEntry{{ID: DemandWithdrawal}, {ID: AuthorizeForce, Params: []Param{{Name: "deadline", Value: deadline.String()}}}}
	case w.Flag(FlagWithdrawn) && !w.Flag(FlagSettled) && !w.adoptedClause(DemandCeasefire):
		return entries(DemandCeasefire, Compensation)
	}
	return nil
}

// nextNuclearStep is the ladder against a nuclear test: condemnation and
// an arms embargo, then measures against the programme's people and money.
func (w *World) nextNuclearStep() []ClauseEntry {
	switch {
	case !w.adoptedClause(Condemn):
		return entries(Condemn, ArmsEmbargo)
	case !w.adoptedClause(TargetedSanctions) && w.Date >= w.Scenario.Start.AddDays(28):
		return entries(TargetedSanctions, SanctionsCommittee)
	}
	return nil
}

// nextInternalStep is the ladder for a crisis inside a state, where the
// Council starts lower: an arms embargo, then demands that the fighting
// stop and aid get through. Force is championReacts' decision, taken only
// when the emergency, the defiance and the failure of talks are plain.
func (w *World) nextInternalStep() []ClauseEntry {
	if !w.Flag(FlagOccupied) {
		return nil
	}
	switch {
	case !w.adoptedClause(ArmsEmbargo):
		return entries(Condemn, ArmsEmbargo)
	case w.HumanitarianEmergency() && !w.adoptedClause(DemandCeasefire):
		return entries(DemandCeasefire, HumanitarianAccess, ThreatenMeasures)
	}
	return nil
}

func entries(ids ...ClauseID) []ClauseEntry {
	out := make([]ClauseEntry, len(ids))
	for i, id := range ids {
		out[i] = ClauseEntry{ID: id}
	}
	return out
}

// championDrafts drafts the next step, counts the votes, waters the text
// down to avoid a veto, lobbies the waverers and calls the vote.
func (w *World) championDrafts(s StateID) {
	seat := SeatID(s)
	if slices.ContainsFunc(w.Drafts, func(d Draft) bool { return d.Status.Open() && slices.Contains(d.Sponsors, s) }) {
		return
	}
	clauses := w.nextStep()
	if clauses == nil || w.triedRecently(clauses) {
		return
	}
	chapter := 6
	for _, c := range clauses {
		if info, _ := LookupClause(c.ID); info.ChapterVII || info.Kind == KindMeasure {
			chapter = 7
		}
	}
	if !w.act(seat, Command{Kind: CmdDraft, Clauses: clauses, Chapter: chapter}) {
		return
	}
	id := w.LastDraft()
	d, _ := w.draftFor(id)
	// Water down while a permanent member would veto.
	for range 3 {
		wc := w.Whip(d)
		if len(wc.Vetoes) == 0 {
			break
		}
		if !w.weaken(seat, d) {
			break
		}
	}
	wc := w.Whip(d)
	if len(wc.Vetoes) > 0 && w.vetoedBefore(d) {
		// Forcing a veto puts it on the record once; forcing the same
		// veto again only costs. Leave it, and let the deadlock reasoning
		// look for a way around the Council.
		w.act(seat, Command{Kind: CmdWithdrawDraft, Draft: id})
		return
	}
	for _, m := range wc.Swing {
		if w.Seats[seat].AP <= 1 {
			break
		}
		w.act(seat, Command{Kind: CmdLobby, Target: w.Code(m)})
	}
	w.act(seat, Command{Kind: CmdTable, Draft: id})
	w.act(seat, Command{Kind: CmdCallVote, Draft: id})
}

// triedRecently reports whether a draft with this step's key clause failed
// in the last four weeks: a champion regroups before trying again.
func (w *World) triedRecently(clauses []ClauseEntry) bool {
	key := clauses[len(clauses)-1].ID
	for i := len(w.Votes) - 1; i >= 0; i-- {
		v := &w.Votes[i]
		if v.Date < w.Date.AddDays(-28) {
			break
		}
		if !v.Adopted && slices.Contains(v.Clauses, key) {
			return true
		}
	}
	return false
}

// vetoedBefore reports whether a text with the same clauses as d was
// vetoed already in this game.
func (w *World) vetoedBefore(d *Draft) bool {
	ids := d.ClauseIDs()
	for i := range w.Votes {
		if v := &w.Votes[i]; len(v.VetoedBy) > 0 && slices.Equal(v.Clauses, ids) {
			return true
		}
	}
	return false
}

// weaken removes or softens the draft's most intrusive clause.
func (w *World) weaken(seat SeatID, d *Draft) bool {
	switch {
	case d.Has(AuthorizeForce):
		w.exec(seat, Command{Kind: CmdRemoveClause, Draft: d.ID, Clause: AuthorizeForce})
		return w.exec(seat, Command{Kind: CmdAddClause, Draft: d.ID, Clause: ThreatenMeasures}) == nil
	case d.Has(MaritimeInterdiction) && len(d.Clauses) > 1:
		return w.exec(seat, Command{Kind: CmdRemoveClause, Draft: d.ID, Clause: MaritimeInterdiction}) == nil
	case d.Has(ComprehensiveSanctions):
		w.exec(seat, Command{Kind: CmdRemoveClause, Draft: d.ID, Clause: ComprehensiveSanctions})
		return w.exec(seat, Command{Kind: CmdAddClause, Draft: d.ID, Clause: TradeSanctions, Param: "goods", Value: "oil,arms"}) == nil
	case d.Has(DetermineAggression):
		w.exec(seat, Command{Kind: CmdRemoveClause, Draft: d.ID, Clause: DetermineAggression})
		return w.exec(seat, Command{Kind: CmdAddClause, Draft: d.ID, Clause: DetermineBreach}) == nil
	}
	return false
}

// championForces builds the coalition and decides when to fight, and on
// what legal ground.
func (w *World) championForces(s StateID) {
	seat := SeatID(s)
	if !w.Flag(FlagOccupied) || !w.ArmedAttack() {
		return
	}
	free := w.Def(s).Troops - w.States[s].Pledged - w.States[s].Committed
	if free >= 1 && w.ForceRatio() < 2.5 && w.Seats[seat].AP > 0 {
		w.act(seat, Command{Kind: CmdCommitForces, Amount: min(free, 100)})
	}
	if w.Flag(FlagWar) || w.States[s].Committed <= 0 || w.ForceRatio() < 1.5 {
		return
	}
	switch w.ForceBasis() {
	case BasisCouncil:
		w.act(seat, Command{Kind: CmdOffensive, Value: BasisCouncil})
	case BasisArt51:
		// Without the Council, only after a veto, and when the occupation
		// has lasted long enough that waiting costs more than acting.
		if w.vetoedForce() && w.Date >= w.Scenario.Start.AddDays(140) {
			w.act(seat, Command{Kind: CmdOffensive, Value: BasisArt51})
		}
	}
}

func (w *World) vetoedForce() bool {
	for _, v := range w.Votes {
		if len(v.VetoedBy) > 0 && slices.Contains(v.Clauses, AuthorizeForce) {
			return true
		}
	}
	return false
}

// supporterForces: states close to the victim and to the champion join the
// coalition once the champion has.
func (w *World) supporterForces(s StateID) {
	seat := SeatID(s)
	ch := w.Champion()
	if ch == NoState || !w.Flag(FlagOccupied) || w.States[ch].Pledged+w.States[ch].Committed <= 0 {
		return
	}
	st := &w.States[s]
	if st.Pledged+st.Committed > 0 || w.Def(s).Troops < 1 || w.IsVictim(s) {
		return
	}
	if w.Rel(s, ch) >= 50 && w.stance(s) > 0 && meanRel(w, s, w.Victims()) >= 0.3 {
		w.act(seat, Command{Kind: CmdCommitForces, Amount: max(1, w.Def(s).Troops*0.3)})
	}
}

// tradeChoice: a trading partner of the target weighs its losses against
// its standing; compensation under Art. 50 and being named tip it.
func (w *World) tradeChoice(s StateID) {
	if !w.Sanctions.Active {
		return
	}
	dep := 0.0
	for _, a := range w.Aggressors() {
		dep += w.TradeShare(s, a)
	}
	if dep <= 0 {
		return
	}
	st := &w.States[s]
	gain := dep*2 + meanRel(w, s, w.Aggressors())
	cost := 0.4 + st.Compliance*0.8 + st.AidDue/2000
	breach := gain > cost
	if breach != st.Breaching {
		v := "yes"
		if breach {
			v = "no"
		}
		w.act(SeatID(s), Command{Kind: CmdComply, Value: v})
	}
}

// aggressorActor holds on while it can; outside the historical track it
// weighs the pressure and may withdraw or let hostages go.
func (w *World) aggressorActor(s StateID) {
	seat := SeatID(s)
	if w.Autopilot {
		return
	}
	if w.Flag(FlagWithdrawn) && !w.Flag(FlagSettled) && w.adoptedClause(DemandCeasefire) {
		w.act(seat, Command{Kind: CmdAcceptTerms})
		return
	}
	r := w.rand()
	pressure := w.Sanctions.Bite/40 + clamp(w.ForceRatio()-1, 0, 2)/2
	if w.Theatre.Authorised {
		pressure += 0.3
	}
	if w.Flag(FlagHostages) && r.Float64() < 0.1*pressure {
		w.act(seat, Command{Kind: CmdReleaseHostage})
	}
	if w.Flag(FlagOccupied) && r.Float64() < clamp((pressure-1.2)*0.15, 0, 0.25) {
		w.act(seat, Command{Kind: CmdWithdraw})
	}
	// Lobby friends on the Council against the drafts.
	for _, m := range w.Scenario.CouncilOn(w.Date) {
		if w.Seats[seat].AP == 0 {
			break
		}
		if m != s && w.Rel(m, s) >= 40 {
			w.act(seat, Command{Kind: CmdLobby, Target: w.Code(m)})
		}
	}
}

// reactActor: at the end of a turn the champion weighs force, and a
// permanent member threatens a veto on a draft it would veto anyway, so
// that sponsors can still amend it.
func (w *World) reactActor(s StateID) {
	if s == w.Champion() {
		w.championReacts(s)
	}
	if w.Autopilot || !w.Def(s).Permanent {
		return
	}
	for i := range w.Drafts {
		d := &w.Drafts[i]
		// A threat is worth making while the sponsors can still amend: not
		// once the vote is called, when it would only be news after the fact.
		if d.Status != Drafting && d.Status != Tabled || slices.Contains(d.Threats, s) || slices.Contains(d.Sponsors, s) {
			continue
		}
		wc := w.Whip(d)
		if slices.Contains(wc.Vetoes, s) {
			w.act(SeatID(s), Command{Kind: CmdThreatenVeto, Draft: d.ID})
		}
	}
}

// secretariatActor uses the Secretariat's tools as the situation calls.
func (w *World) secretariatActor() {
	seat := w.SecretariatSeat()
	if w.Turn == 1 {
		w.act(seat, Command{Kind: CmdRefer})
	}
	if w.Theatre.Clarity < 0.7 && w.Seats[seat].AP >= 2 {
		w.act(seat, Command{Kind: CmdFactFinding})
	}
	if w.Flag(FlagOccupied) && !w.Flag(FlagWar) && w.Turn%3 == 0 {
		w.act(seat, Command{Kind: CmdGoodOffices})
	}
	if w.Theatre.Hardship > 30 && w.Turn%4 == 0 {
		w.act(seat, Command{Kind: CmdAppeal, Value: "humanitarian"})
	}
	if w.Budget.RegularCash < 0 && w.Turn%4 == 2 {
		w.act(seat, Command{Kind: CmdAppeal, Value: "dues"})
	}
}
