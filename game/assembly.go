package game

import (
	"fmt"
	"slices"
)

// The General Assembly under Uniting for Peace (GA res. 377 (V), 1950):
// when the Council, for lack of unanimity of its permanent members, fails
// to act, an emergency special session can be called by a procedural vote
// of the Council (no veto) or by a majority of members. A two-thirds
// majority of those present and voting can then recommend measures. A
// member whose arrears reach two years of contributions has no vote
// (Art. 19). The Assembly is
// every UN member of the day: the scenario's states vote as played, the
// rest as the atlas predicts them (assemblyVote).

// BasisAssembly is force recommended by the General Assembly.
const BasisAssembly = "ga"

// blockedDraft is the Council's latest text that was vetoed or failed.
func (w *World) blockedDraft() *Draft {
	for i := len(w.Drafts) - 1; i >= 0; i-- {
		d := &w.Drafts[i]
		if d.Body == BodySC && (d.Status == Vetoed || d.Status == Failed) && !d.Has(GAEmergencySession) {
			return d
		}
	}
	return nil
}

// AssemblyMembers are the states with a vote in the Assembly today.
func (w *World) AssemblyMembers() []StateID {
	var out []StateID
	for i := range w.Scenario.States {
		s := StateID(i)
		if w.Def(s).Member && !w.LosesGAVote(s) {
			out = append(out, s)
		}
	}
	return out
}

// assemblyVote predicts the Assembly's vote on a text: every scenario
// state with a vote from the game's model (relations as played), and every
// other UN member of the day from the atlas (WorldModel).
func (w *World) assemblyVote(d *Draft) VoteRecord {
	v := VoteRecord{Date: w.now(), Body: BodyGA, Draft: d.ID, Historical: -1, Title: d.Title, Clauses: d.ClauseIDs()}
	v.Members = w.AssemblyMembers()
	v.Ballots = make([]Ballot, len(v.Members))
	sit := w.SituationFor(d)
	loads := DraftLoads(d.Clauses, &sit)
	groups := map[string]*[2]int{} // yes, all
	count := func(code string, b Ballot) {
		group := "others"
		if a := w.Scenario.Atlas; a != nil {
			if s, ok := a.State(code); ok {
				group = s.Group
			}
		}
		g := groups[group]
		if g == nil {
			g = new([2]int)
			groups[group] = g
		}
		if b == Yes {
			g[0]++
		}
		g[1]++
	}
	for i, m := range v.Members {
		switch {
		case slices.Contains(sit.Aggressors, m):
			v.Ballots[i] = No
		case slices.Contains(sit.Victims, m):
			v.Ballots[i] = Yes
		default:
			v.Ballots[i] = DefaultModel.Ballot(DefaultModel.Utility(w, m, &sit, d.Sponsors, loads), false, true)
		}
		count(w.Def(m).Code, v.Ballots[i])
	}
	// The rest of the UN votes from the atlas when the crisis is between
	// states the atlas knows; a fictional crisis's Assembly is its own
	// states.
	if a := w.Scenario.Atlas; a != nil && w.partiesInAtlas() {
		codes := func(ids []StateID) []string {
			out := make([]string, len(ids))
			for i, id := range ids {
				out[i] = w.Def(id).Code
			}
			return out
		}
		c := Case{Date: v.Date, Body: CaseGA, Kind: sit.Kind, Aggressors: codes(sit.Aggressors),
			Victims: codes(sit.Victims), Sponsors: codes(d.Sponsors), Clauses: d.Clauses}
		p := a.Predict(&WorldModel, &c)
		for i, code := range p.Members {
			if _, held := w.Scenario.StateByCode(code); held {
				continue
			}
			switch p.Votes[i] {
			case Yes:
				v.Rest[0]++
			case No:
				v.Rest[1]++
			case Abstain:
				v.Rest[2]++
			default:
				continue
			}
			count(code, p.Votes[i])
		}
	}
	names := make([]string, 0, len(groups))
	for g := range groups {
		names = append(names, g)
	}
	slices.Sort(names)
	for _, g := range names {
		if v.Blocs != "" {
			v.Blocs += "; "
		}
		v.Blocs += fmt.Sprintf("%s %d of %d for", groupNames[g], groups[g][0], groups[g][1])
	}
	tally(w.Scenario, &v)
	return v
}

// partiesInAtlas reports whether the states whose conduct is in question
// are states of the atlas (a party that is no state, such as an armed
// movement, may be on the other side).
func (w *World) partiesInAtlas() bool {
	for _, p := range w.Aggressors() {
		if _, ok := w.Scenario.Atlas.State(w.Code(p)); !ok {
			return false
		}
	}
	return true
}

// GroupName is a UN regional group as people say it.
func GroupName(group string) string {
	if n, ok := groupNames[group]; ok {
		return n
	}
	return group
}

// groupNames are the UN regional groups as people say them.
var groupNames = map[string]string{
	"african": "African Group", "asia-pacific": "Asia-Pacific Group", "eastern-european": "Eastern European Group",
	"latin-american": "Latin American and Caribbean Group", "weog": "Western European and Others Group", "others": "others",
}

// assembly holds an emergency special session on the text the Council
// could not adopt, and records the Assembly's vote on its recommendation.
func (w *World) assembly(base *Draft) {
	rec := Draft{ID: len(w.Drafts) + 1, Body: BodyGA, Historical: -1, Title: "Recommends: " + base.Summary(),
		Clauses: slices.Clone(base.Clauses), Sponsors: slices.Clone(base.Sponsors), Status: CalledToVote, Meeting: w.now()}
	v := w.assemblyVote(&rec)
	w.Votes = append(w.Votes, v)
	if v.Adopted {
		rec.Status = Adopted
		w.Authority = clamp(w.Authority+2, 0, 100)
		for _, a := range w.Aggressors() {
			w.States[a].Legitimacy = clamp(w.States[a].Legitimacy-3, 0, 100)
		}
	} else {
		rec.Status = Failed
		w.Authority = clamp(w.Authority-1, 0, 100)
	}
	w.Drafts = append(w.Drafts, rec)
	verdict := "adopts the recommendation"
	if !v.Adopted {
		verdict = "fails to reach two-thirds"
	}
	w.emit(EvGA, fmt.Sprintf("Emergency special session of the General Assembly: %d–%d–%d, it %s (%s)",
		v.Yes, v.No, v.Abstain, verdict, v.Blocs))
}

func cmdRequestSession(w *World, seat SeatID, cmd *Command) error {
	s, err := w.seatState(seat, cmd.Kind)
	if err != nil {
		return err
	}
	base := w.blockedDraft()
	if base == nil {
		return refuse(ErrNotAllowed, "the Council has not failed to act: Uniting for Peace needs a vetoed or failed text")
	}
	// A majority of members must ask for the session.
	v := w.assemblyVote(base)
	if all := v.Yes + v.No + v.Abstain; 2*v.Yes <= all {
		w.emit(EvGA, fmt.Sprintf("%s asks for an emergency special session; only %d of %d members agree", w.Def(s).Name, v.Yes, all), s)
		return nil
	}
	w.emit(EvGA, fmt.Sprintf("At %s's request a majority of members calls an emergency special session (Uniting for Peace)", w.Def(s).Name), s)
	w.assembly(base)
	return nil
}

// assemblyRecommendsForce reports whether the Assembly has recommended force.
func (w *World) assemblyRecommendsForce() bool {
	for i := range w.Drafts {
		d := &w.Drafts[i]
		if d.Body == BodyGA && d.Status == Adopted && d.Has(AuthorizeForce) {
			return true
		}
	}
	return false
}
