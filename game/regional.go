package game

import (
	"slices"
)

// Ways around a blocked Council (GAME.md §10) that engine actors weigh
// when a crisis inside a state turns into a humanitarian emergency.

// RegionalBloc is the champion's regional alliance in this crisis: the
// first solidarity bloc it belongs to that three or more of the scenario's
// states share.
func (w *World) RegionalBloc(s StateID) (string, bool) {
	for _, b := range w.Def(s).Blocs {
		if !solidarityBloc(b) {
			continue
		}
		n := 0
		for i := range w.Scenario.States {
			if slices.Contains(w.Scenario.States[i].Blocs, b) {
				n++
			}
		}
		if n >= 3 {
			return b, true
		}
	}
	return "", false
}

// Divided lists the members of a bloc that stand in the way of acting
// without the Council: those that declared they oppose it, and close
// friends of the target.
func (w *World) Divided(bloc string) []string {
	var out []string
	for i := range w.Scenario.States {
		s := StateID(i)
		if !slices.Contains(w.Def(s).Blocs, bloc) {
			continue
		}
		if w.States[s].Opposes || meanRel(w, s, w.Aggressors()) >= 0.6 {
			out = append(out, w.Def(s).Name)
		}
	}
	return out
}

// HumanitarianEmergency reports whether the facts of mass atrocity or
// expulsion are plain.
func (w *World) HumanitarianEmergency() bool {
	t := &w.Theatre
	return t.Clarity >= 0.75 && (t.Refugees >= 100 || t.CasualtiesCiv >= 0.5)
}

// Defiance reports whether the target defies demands the Council adopted.
func (w *World) Defiance() bool {
	return w.Flag(FlagOccupied) && (w.adoptedClause(DemandWithdrawal) || w.adoptedClause(DemandCeasefire))
}

// forceText is the text a champion would put to the Council to authorise force.
func forceText() []ClauseEntry {
	return []ClauseEntry{{ID: DemandWithdrawal}, {ID: AuthorizeForce}}
}

// authorisationBlocked asks the whip count: would a text authorising force
// be vetoed, or fall short?
func (w *World) authorisationBlocked(s StateID) (blocked bool, vetoes []StateID) {
	d := Draft{ID: -1, Body: BodySC, Historical: -1, Chapter: 7, Clauses: forceText(), Sponsors: []StateID{s}, Meeting: w.Date}
	wc := w.Whip(&d)
	return !wc.Passes, wc.Vetoes
}

// championReacts is the champion's end-of-turn reasoning in a crisis inside
// a state: when civilians are being killed or expelled, the target defies
// the Council and talks have failed, it seeks an authorisation of force; if
// the whip count says it would pass, it tables one; if a veto blocks it,
// it acts through its regional alliance — unless the alliance is divided.
func (w *World) championReacts(s StateID) {
	if w.ArmedAttack() || w.Flag(FlagWar) || !w.Flag(FlagOccupied) {
		return
	}
	seat := SeatID(s)
	if w.Theatre.Authorised {
		if w.States[s].Committed > 0 {
			w.act(seat, Command{Kind: CmdOffensive, Value: BasisCouncil})
		}
		return
	}
	if !w.HumanitarianEmergency() || !w.Defiance() || !w.Flag(FlagTalksFailed) {
		return
	}
	blocked, vetoes := w.authorisationBlocked(s)
	if blocked && len(vetoes) == 0 {
		// Short of votes but not vetoed: lobby the waverers, closest first.
		d := Draft{ID: -1, Body: BodySC, Historical: -1, Chapter: 7, Clauses: forceText(), Sponsors: []StateID{s}, Meeting: w.Date}
		for _, m := range w.Whip(&d).Swing {
			if w.Seats[seat].AP == 0 || w.Def(m).Permanent {
				continue
			}
			w.act(seat, Command{Kind: CmdLobby, Target: w.Code(m)})
		}
		blocked, vetoes = w.authorisationBlocked(s)
	}
	if !blocked {
		if w.triedRecently(forceText()) || slices.ContainsFunc(w.Drafts, func(d Draft) bool { return d.Status.Open() && d.Has(AuthorizeForce) }) {
			return
		}
		if w.act(seat, Command{Kind: CmdDraft, Clauses: forceText(), Chapter: 7}) {
			id := w.LastDraft()
			w.act(seat, Command{Kind: CmdTable, Draft: id})
			w.act(seat, Command{Kind: CmdCallVote, Draft: id})
		}
		return
	}
	if len(vetoes) == 0 {
		return // short of votes, not vetoed: no case for going around the Council
	}
	bloc, ok := w.RegionalBloc(s)
	if !ok || len(w.Divided(bloc)) > 0 || w.States[s].Committed <= 0 {
		return
	}
	w.act(seat, Command{Kind: CmdOffensive, Value: BasisRegional})
}

// championPrepares pre-positions forces once the emergency and the
// defiance are plain, so that the threat of force is credible.
func (w *World) championPrepares(s StateID) {
	if w.ArmedAttack() || !w.HumanitarianEmergency() || !w.Defiance() {
		return
	}
	st := &w.States[s]
	if st.Pledged+st.Committed > 0 {
		return
	}
	if free := w.Def(s).Troops; free >= 1 {
		w.act(SeatID(s), Command{Kind: CmdCommitForces, Amount: free})
	}
}
