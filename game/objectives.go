package game

import "fmt"

// ObjectiveResult says whether a seat met one of its objectives.
type ObjectiveResult struct {
	Text string
	Met  bool
	Why  string
}

// Objectives evaluates a seat's scenario objectives against the world.
func (w *World) Objectives(seat SeatID) []ObjectiveResult {
	var out []ObjectiveResult
	for _, b := range w.Scenario.Briefs {
		if b.Seat != seat {
			continue
		}
		for _, o := range b.Objectives {
			met, why := w.objective(seat, o)
			out = append(out, ObjectiveResult{Text: o.Text, Met: met, Why: why})
		}
	}
	return out
}

func (w *World) objective(seat SeatID, o Objective) (bool, string) {
	var me StateID = NoState
	if int(seat) < w.N() {
		me = StateID(seat)
	}
	t := &w.Theatre
	switch o.Goal {
	case "withdrawal":
		return w.Flag(FlagWithdrawn), fmt.Sprintf("the aggressor holds %.0f%% of the territory", t.Control)
	case "hold-territory":
		return t.Control > 0, fmt.Sprintf("you hold %.0f%% of the territory", t.Control)
	case "authority":
		target := o.Target
		if target == 0 {
			target = 50
		}
		return w.Authority >= target, fmt.Sprintf("UN authority is %.0f (aim: %.0f)", w.Authority, target)
	case "legitimacy":
		if me == NoState {
			return false, "no state to judge"
		}
		return w.States[me].Legitimacy >= 60, fmt.Sprintf("your legitimacy is %.0f (aim: 60)", w.States[me].Legitimacy)
	case "low-casualties":
		if me == NoState {
			return false, "no state to judge"
		}
		c := w.States[me].Casualty
		return c < 1, fmt.Sprintf("about %.1f thousand of your troops killed or wounded", c)
	case "economy":
		if me == NoState {
			return false, "no state to judge"
		}
		return w.States[me].Economy >= 90, fmt.Sprintf("your economy stands at %.0f (it was 100)", w.States[me].Economy)
	case "no-force":
		return !w.Flag(FlagUnauthorisedForce) && t.Basis != BasisUnilateral, map[bool]string{true: "force was used without the Council", false: "no force was used without the Council"}[w.Flag(FlagUnauthorisedForce)]
	case "relations-west":
		if me == NoState {
			return false, "no state to judge"
		}
		ch := w.Champion()
		if ch == NoState || ch == me {
			return true, "you lead the West"
		}
		r := w.Rel(ch, me)
		return r >= 30, fmt.Sprintf("%s's view of you: %.0f", w.Def(ch).Name, r)
	case "budget":
		return w.Budget.RegularCash >= 0, fmt.Sprintf("the regular budget holds $%.0f million", w.Budget.RegularCash)
	case "civilians":
		// target is the most refugees (thousands) the objective allows,
		// 300 unless the scenario says; deaths are held to a thousand per
		// 300 thousand refugees.
		refugees := o.Target
		if refugees == 0 {
			refugees = 300
		}
		killed := refugees / 300
		return t.CasualtiesCiv < killed && t.Refugees < refugees, fmt.Sprintf("%.1f thousand civilians killed, %.0f thousand refugees (aim: under %.1f and %.0f)", t.CasualtiesCiv, t.Refugees, killed, refugees)
	case "sanctions-fail":
		return w.Sanctions.Leakage >= 0.3 || !w.Sanctions.Active, fmt.Sprintf("sanctions leakage %.0f%%", w.Sanctions.Leakage*100)
	case "coalition":
		basis := t.Basis
		if basis == "" {
			basis = "none"
		}
		return t.Basis == BasisCouncil, fmt.Sprintf("the coalition's legal basis: %s", basis)
	}
	return false, "unknown goal " + o.Goal
}
