package game

import (
	"fmt"
	"slices"
)

// The General Assembly under Uniting for Peace (GA res. 377 (V), 1950):
// when the Council, for lack of unanimity of its permanent members, fails
// to act, an emergency special session can be called by a procedural vote
// of the Council (no veto) or by a majority of members. A two-thirds
// majority of those present and voting can then recommend measures. The
// Assembly here is the scenario's member states; a member whose arrears
// reach two years of contributions has no vote (Art. 19).

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

// assemblyBallots predicts every Assembly member's vote on a text.
func (w *World) assemblyBallots(d *Draft) ([]StateID, []Ballot) {
	members := w.AssemblyMembers()
	ballots := make([]Ballot, len(members))
	sit := w.SituationFor(d)
	loads := DraftLoads(d.Clauses, &sit)
	for i, m := range members {
		switch {
		case slices.Contains(sit.Aggressors, m):
			ballots[i] = No
		case slices.Contains(sit.Victims, m):
			ballots[i] = Yes
		default:
			ballots[i] = DefaultModel.Ballot(DefaultModel.Utility(w, m, &sit, d.Sponsors, loads), false, true)
		}
	}
	return members, ballots
}

// assembly holds an emergency special session on the text the Council
// could not adopt, and records the Assembly's vote on its recommendation.
func (w *World) assembly(base *Draft) {
	rec := Draft{ID: len(w.Drafts) + 1, Body: BodyGA, Historical: -1, Title: "Recommends: " + base.Summary(),
		Clauses: slices.Clone(base.Clauses), Sponsors: slices.Clone(base.Sponsors), Status: CalledToVote, Meeting: w.now()}
	members, ballots := w.assemblyBallots(&rec)
	v := VoteRecord{Date: rec.Meeting, Body: BodyGA, Draft: rec.ID, Historical: -1, Title: rec.Title,
		Clauses: rec.ClauseIDs(), Members: members, Ballots: ballots}
	tally(w.Scenario, &v)
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
		v.Yes, v.No, v.Abstain, verdict, w.blocSummary(members, ballots)))
}

// blocSummary says how the blocs voted, for the Assembly's tally.
func (w *World) blocSummary(members []StateID, ballots []Ballot) string {
	type count struct{ yes, other int }
	counts := map[string]*count{}
	var order []string
	for i, m := range members {
		for _, b := range w.Def(m).Blocs {
			c, ok := counts[b]
			if !ok {
				c = &count{}
				counts[b] = c
				order = append(order, b)
			}
			if ballots[i] == Yes {
				c.yes++
			} else {
				c.other++
			}
		}
	}
	slices.Sort(order)
	out := ""
	for _, b := range order {
		c := counts[b]
		if c.yes+c.other < 2 {
			continue
		}
		if out != "" {
			out += "; "
		}
		out += fmt.Sprintf("%s %d of %d for", b, c.yes, c.yes+c.other)
	}
	if out == "" {
		out = "no bloc voted as one"
	}
	return out
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
	members, ballots := w.assemblyBallots(base)
	yes := 0
	for _, b := range ballots {
		if b == Yes {
			yes++
		}
	}
	if 2*yes <= len(members) {
		w.emit(EvGA, fmt.Sprintf("%s asks for an emergency special session; only %d of %d members agree", w.Def(s).Name, yes, len(members)), s)
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
