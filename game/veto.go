package game

import (
	"fmt"
	"slices"
)

// A veto must be explained (GAME.md §10): the vetoing member owes the
// Council its reasons, at once or by the end of the next turn. Explaining
// wins back part of what the veto cost with the members that shared its
// doubts; silence costs more. From 26 April 2022 the General Assembly
// meets to debate every veto (GA res. 76/262, the "veto initiative").

// VetoGround is a reason a permanent member gives for its veto.
type VetoGround struct {
	ID   string
	Text string
}

// VetoGrounds are the reasons a veto can be given, as they are argued in
// the Council's records.
var VetoGrounds = []VetoGround{
	{"domestic-jurisdiction", "the text intervenes in matters essentially within a state's domestic jurisdiction (Art. 2(7))"},
	{"peaceful-means", "the peaceful means of Chapter VI have not been exhausted"},
	{"force", "the text opens the way to the use of force"},
	{"civilians", "the measures would punish a people for its government"},
	{"one-sided", "the text blames one side and ignores the other"},
}

// VetoGroundByID finds a ground.
func VetoGroundByID(id string) (VetoGround, bool) {
	i := slices.IndexFunc(VetoGrounds, func(g VetoGround) bool { return g.ID == id })
	if i < 0 {
		return VetoGround{}, false
	}
	return VetoGrounds[i], true
}

// vetoDebateFrom is the day the Assembly began to debate every veto: GA
// res. 76/262, adopted without a vote on 26 April 2022.
var vetoDebateFrom = MakeDate(2022, 4, 26)

// OwedExplanations are the drafts a state vetoed and has not explained.
func (w *World) OwedExplanations(s StateID) []int {
	var out []int
	for i := range w.Drafts {
		if slices.Contains(w.Drafts[i].Unexplained, s) {
			out = append(out, w.Drafts[i].ID)
		}
	}
	return out
}

func cmdExplainVeto(w *World, seat SeatID, cmd *Command) error {
	s, err := w.seatState(seat, cmd.Kind)
	if err != nil {
		return err
	}
	owed := w.OwedExplanations(s)
	if len(owed) == 0 {
		return refuse(ErrNotAllowed, "%s has no veto to explain", w.Def(s).Name)
	}
	id := cmd.Draft
	if id == 0 {
		id = owed[len(owed)-1]
	}
	d, err := w.draftFor(id)
	if err != nil {
		return err
	}
	if !slices.Contains(d.Unexplained, s) {
		return refuse(ErrNotAllowed, "%s did not veto %s, or has explained it already", w.Def(s).Name, d.Name())
	}
	g, ok := VetoGroundByID(cmd.Value)
	if !ok {
		ids := make([]string, len(VetoGrounds))
		for i, g := range VetoGrounds {
			ids[i] = g.ID
		}
		return refuse(ErrBadParam, "give the ground of the veto: one of %v", ids)
	}
	w.explain(d, s, g)
	return nil
}

// explain records a veto's explanation: the members that did not vote for
// the text hear their own doubts in it, and the Council's process is seen
// to work.
func (w *World) explain(d *Draft, s StateID, g VetoGround) {
	d.Unexplained = slices.DeleteFunc(d.Unexplained, func(x StateID) bool { return x == s })
	w.States[s].Legitimacy = clamp(w.States[s].Legitimacy+3, 0, 100)
	w.Authority = clamp(w.Authority+1, 0, 100)
	if v := w.voteOn(d); v != nil {
		for i, m := range v.Members {
			if m != s && v.Ballots[i] != Yes {
				w.moveRel(m, s, 3)
			}
		}
	}
	w.emit(EvVeto, fmt.Sprintf("%s explains its veto of %s: %s", w.Def(s).Name, d.Name(), g.Text), s)
}

// voteOn is the Council's vote on a draft, or nil.
func (w *World) voteOn(d *Draft) *VoteRecord {
	for i := len(w.Votes) - 1; i >= 0; i-- {
		if v := &w.Votes[i]; v.Body == BodySC && v.Draft == d.ID {
			return v
		}
	}
	return nil
}

// vetoesDue settles, at the end of the turn after a veto, the vetoes left
// unexplained; from 2022 the Assembly debates each veto then.
func (w *World) vetoesDue() {
	for i := range w.Drafts {
		d := &w.Drafts[i]
		if d.Status != Vetoed {
			continue
		}
		v := w.voteOn(d)
		if v == nil || v.Date >= w.Date {
			continue // vetoed this turn: the member has until the next
		}
		for _, s := range d.Unexplained {
			w.States[s].Legitimacy = clamp(w.States[s].Legitimacy-3, 0, 100)
			w.Authority = clamp(w.Authority-1, 0, 100)
			w.emit(EvVeto, fmt.Sprintf("%s has not explained its veto of %s to the Council", w.Def(s).Name, d.Name()), s)
		}
		if v.Date >= vetoDebateFrom && !d.Debated {
			d.Debated = true
			for _, s := range v.VetoedBy {
				word := "explained it"
				if slices.Contains(d.Unexplained, s) {
					word = "gave no reasons"
					w.States[s].Legitimacy = clamp(w.States[s].Legitimacy-2, 0, 100)
				}
				w.emit(EvGA, fmt.Sprintf("The General Assembly debates %s's veto of %s (GA res. 76/262); %s %s", w.Def(s).Name, d.Name(), w.Def(s).Name, word), s)
			}
		}
		d.Unexplained = nil
	}
}

// explainActor gives an engine seat's reasons for its vetoes: the concern
// that weighed most against the text in its own utility.
func (w *World) explainActor(s StateID) {
	for _, id := range w.OwedExplanations(s) {
		d, _ := w.draftFor(id)
		sit := w.SituationFor(d)
		t := DefaultModel.Terms(w, s, &sit, d.Sponsors, DraftLoads(d.Clauses, &sit))
		ground, worst := "one-sided", -0.3 // ties to the target, unless a concern weighs more
		for c, g := range [numConcerns]string{Coercion: "peaceful-means", Force: "force", Intrusion: "domestic-jurisdiction",
			Punitive: "civilians", Secondary: "peaceful-means", Civilian: "civilians"} {
			cost := 0.0
			for b := range numSensitivities {
				cost += DefaultModel.W[CostTerm(c, b)] * t[CostTerm(c, b)]
			}
			if cost < worst {
				ground, worst = g, cost
			}
		}
		w.act(SeatID(s), Command{Kind: CmdExplainVeto, Draft: id, Value: ground})
	}
}
