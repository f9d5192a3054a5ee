package game

import (
	"fmt"
	"math"
)

// worldPhase moves the world one turn: forces, sanctions, money, opinion
// and the escalation ladder.
func (w *World) worldPhase() {
	// What happens in the world happens over the turn: its news is dated
	// at the turn's end.
	w.stamp = w.TurnEnd()
	defer func() { w.stamp = 0 }()
	weeks := float64(w.turnDays()) / 7
	w.buildUp(weeks)
	w.fight(weeks)
	w.occupation(weeks)
	w.sanctionsBite(weeks)
	w.money(weeks)
	w.aidFlows(weeks)
	w.drift(weeks)
	w.vetoesDue()
}

// buildUp moves pledged troops into the theatre; it takes weeks.
func (w *World) buildUp(weeks float64) {
	for i := range w.States {
		st := &w.States[i]
		if st.Pledged <= 0 {
			continue
		}
		move := min(st.Pledged, max(5, st.Pledged*0.3)*weeks)
		st.Pledged -= move
		st.Committed += move
	}
}

// Quality of a state's forces, from its military power.
func (w *World) quality(s StateID) float64 { return 0.5 + w.Def(s).Military/100 }

// ForceRatio is the coalition's strength over the aggressor's in theatre.
func (w *World) ForceRatio() float64 {
	coal := w.Theatre.DefenderForces * 0.6
	for i := range w.States {
		coal += w.States[i].Committed * w.quality(StateID(i))
	}
	agg := 0.0
	q := 0.0
	for _, a := range w.Aggressors() {
		q += w.quality(a)
	}
	if n := len(w.Aggressors()); n > 0 {
		q /= float64(n)
	}
	agg = w.Theatre.AggressorForces * q
	if agg <= 0 {
		return 10
	}
	return coal / agg
}

// fight resolves a turn of war from the force ratio, with bounded randomness.
func (w *World) fight(weeks float64) {
	if !w.Flag(FlagWar) || w.Theatre.Control <= 0 {
		return
	}
	r := w.rand()
	ratio := w.ForceRatio()
	luck := 0.75 + 0.5*r.Float64()
	t := &w.Theatre
	t.WarWeeks += weeks
	air := w.airCampaign()
	gain, aggLoss := 0.0, 0.0
	if air {
		// A coalition with air power bombs before it moves: weeks of air
		// campaign wear the defender down, then the ground war is short.
		aggLoss = t.AggressorForces * 0.1 * luck * weeks
	} else {
		gain = clamp(25*(ratio-0.8)*luck, -5, 100) * weeks
		aggLoss = t.AggressorForces * clamp(0.03*ratio, 0.01, 0.25) * luck * weeks
	}
	t.Control = clamp(t.Control-gain, 0, 100)
	t.AggressorForces = max(0, t.AggressorForces-aggLoss)
	coalLoss := 0.0
	for i := range w.States {
		st := &w.States[i]
		if st.Committed > 0 {
			l := st.Committed * 0.002 / max(ratio, 0.3) * weeks
			if air {
				l /= 4
			}
			st.Committed -= l
			st.Casualty += l
			st.Support = clamp(st.Support-l*2, 0, 100)
			coalLoss += l
		}
	}
	t.CasualtiesMil += aggLoss + coalLoss
	t.CasualtiesCiv += 0.3 * weeks * luck
	if w.Tension < 85 {
		// Fighting climbs the ladder, but a local war alone does not top
		// it out: only a clash of great powers does.
		w.Tension = clamp(w.Tension+1.5*weeks, 0, 85)
	}
	if air {
		w.emit(EvCombat, fmt.Sprintf("Fighting: the air campaign goes on (week %.0f); about %.0f thousand of the defenders' troops lost", t.WarWeeks, aggLoss))
	} else {
		w.emit(EvCombat, fmt.Sprintf("Fighting: the coalition gains %.0f%% of the territory; about %.0f thousand killed or wounded this turn", min(gain, 100), aggLoss+coalLoss))
	}
	if t.Control <= 0 {
		t.Control = 0
		w.setFlag(FlagWithdrawn, true)
		w.setFlag(FlagOccupied, false)
		w.setFlag(FlagWar, false)
		w.setFlag(FlagCeasefire, true)
		w.Tension = clamp(w.Tension-15, 0, 100)
		if w.Theatre.Basis == BasisCouncil {
			w.Authority = clamp(w.Authority+8, 0, 100)
		}
		names := ""
		for _, a := range w.Aggressors() {
			names = w.Def(a).Name
		}
		w.emit(EvOutcome, fmt.Sprintf("%s's forces are driven out; the coalition suspends offensive operations", names), w.Aggressors()...)
	}
}

// airCampaign reports whether the war is still in its air phase: a
// coalition with a great air power spends its first weeks bombing (five
// unless the scenario says otherwise).
func (w *World) airCampaign() bool {
	if w.Theatre.WarWeeks > max(w.Scenario.Theatre.AirWeeks, 1) {
		return false
	}
	for i := range w.States {
		if w.States[i].Committed > 0 && w.Def(StateID(i)).Military >= 80 {
			return true
		}
	}
	return false
}

// occupation: while the territory is held, civilians flee and suffer, and
// the Council's demands go unheeded.
func (w *World) occupation(weeks float64) {
	t := &w.Theatre
	if !w.Flag(FlagOccupied) {
		t.Refugees = max(0, t.Refugees-5*weeks)
		return
	}
	// Blue helmets or monitors on the ground deter the worst: a deployed
	// mission of 10 thousand or more halves the flight and the killing.
	shield := 1 - 0.5*min(1, w.DeployedPeacekeepers()/10)
	t.Refugees += 8 * weeks * t.Control / 100 * shield
	t.CasualtiesCiv += 0.05 * weeks * shield
	if w.adoptedClause(DemandWithdrawal) {
		// Defiance of the Council's demands wears down its authority.
		w.Authority = clamp(w.Authority-0.3*weeks, 0, 100)
	}
}

// SanctionsPassThrough is the share of a state's trade with the target that
// still gets through.
func (w *World) SanctionsPassThrough(s StateID) float64 {
	st := &w.States[s]
	p := 0.05 * (1 - st.Compliance)
	if st.Breaching {
		p = 0.9 * (1 - 0.6*st.Compliance)
	}
	if w.Sanctions.Interdiction {
		p *= 0.5
	}
	if w.Sanctions.Committee {
		p *= 0.85
	}
	return p
}

// sanctionsBite computes leakage from each state's choice, costs the target
// its share, surfaces breaches as attributable events, and hurts civilians.
func (w *World) sanctionsBite(weeks float64) {
	r := &w.Sanctions
	if !r.Active {
		return
	}
	r.Leakage = 0
	rnd := w.rand()
	for _, tgt := range w.Aggressors() {
		for i := range w.States {
			s := StateID(i)
			share := w.TradeShare(tgt, s)
			if share <= 0 || w.IsAggressor(s) {
				continue
			}
			if dep := w.TradeShare(s, tgt); dep >= 0.2 && !w.States[s].Art50 {
				// A state that lives on trade with the target asks for help.
				w.States[s].Art50 = true
				w.emit(EvSanctions, fmt.Sprintf("%s asks the Council for help under Art. 50: the sanctions cut off %.0f%% of its trade", w.Def(s).Name, dep*100), s)
			}
			leak := share * w.SanctionsPassThrough(s)
			r.Leakage += leak
			// Enforcing the embargo costs a state the trade it had with the
			// target (what Art. 50 is for).
			if dep := w.TradeShare(s, tgt); dep > 0 {
				w.States[s].Economy = max(0, w.States[s].Economy-dep*r.Strength()*(1-w.SanctionsPassThrough(s))*2*weeks)
			}
			if leak < 0.01 {
				continue
			}
			detect := 0.35
			if r.Committee {
				detect += 0.25
			}
			if r.Interdiction {
				detect += 0.2
			}
			if rnd.Float64() < detect*weeks && !w.reportedSince(s, w.Date.AddDays(-28)) {
				ev := clamp(0.4+0.6*rnd.Float64(), 0, 1)
				w.Breaches = append(w.Breaches, Breach{Date: w.Date, State: s, Volume: leak * 100, Evidence: ev})
				w.States[s].Legitimacy = clamp(w.States[s].Legitimacy-0.5, 0, 100)
				w.emit(EvBreach, fmt.Sprintf("Goods reach %s through %s in breach of the sanctions: about %.0f%% of its trade (evidence %s)",
					w.Def(tgt).Name, w.Def(s).Name, leak*100, EvidenceWord(ev)), s, tgt)
			}
		}
	}
	r.Leakage = clamp(r.Leakage, 0, 1)
	bite := r.Strength() * (1 - r.Leakage) * 1.2 * weeks
	r.Bite += bite
	for _, tgt := range w.Aggressors() {
		w.States[tgt].Economy = max(0, w.States[tgt].Economy-bite)
	}
	harm := bite * 0.5
	if r.Food {
		harm *= 2
	}
	w.Theatre.Hardship = clamp(w.Theatre.Hardship+harm, 0, 100)
	if r.Leakage > 0.3 {
		w.Authority = clamp(w.Authority-0.5*weeks, 0, 100)
	}
}

// reportedSince reports whether a breach by s is on record since a date:
// a leak that goes on is reported once a month, not every week.
func (w *World) reportedSince(s StateID, since Date) bool {
	for i := len(w.Breaches) - 1; i >= 0; i-- {
		b := &w.Breaches[i]
		if b.Date < since {
			return false
		}
		if b.State == s {
			return true
		}
	}
	return false
}

// EvidenceWord says how well a breach report is established.
func EvidenceWord(e float64) string {
	switch {
	case e >= 0.8:
		return "strong"
	case e >= 0.6:
		return "good"
	}
	return "circumstantial"
}

// aidFlows pays a quarter of the aid promised to each state every week.
func (w *World) aidFlows(weeks float64) {
	for i := range w.States {
		st := &w.States[i]
		if st.AidDue <= 0 {
			continue
		}
		paid := min(st.AidDue, st.AidDue*0.25*weeks+1)
		st.AidDue -= paid
		st.Economy = min(120, st.Economy+paid/(10*(w.Def(StateID(i)).Economy+1)))
	}
}

// money: members pay their assessed contributions, or fall into arrears;
// the regular budget and the missions spend.
func (w *World) money(weeks float64) {
	s := w.Scenario
	year := weeks / 52
	income := 0.0
	for i := range w.States {
		d := &s.States[i]
		if !d.Member || d.Assessment <= 0 {
			continue
		}
		due := d.Assessment / 100 * s.RegularBudget * year
		st := &w.States[i]
		pay := due * d.PayRate
		if st.Withholding {
			pay = 0
		}
		st.Paid += pay
		st.PaidTotal += pay
		st.Assessed += due
		st.Arrears += due - pay
		income += pay
	}
	// Members outside the scenario pay their share on time, on average.
	covered := 0.0
	for i := range s.States {
		covered += s.States[i].Assessment
	}
	income += max(0, 100-covered) / 100 * s.RegularBudget * year * 0.85
	b := &w.Budget
	b.RegularCash += income - s.RegularBudget*year
	for i := range b.Missions {
		m := &b.Missions[i]
		cost := m.Budget * year * (m.Deployed / max(m.Troops, 0.1))
		// Peacekeeping is assessed separately; members pay it as they pay
		// the regular budget, late.
		m.Cash += m.Budget * year * 0.8
		m.Cash -= cost
		if m.Cash < 0 {
			m.Deployed = max(0, m.Deployed*0.85)
			w.Authority = clamp(w.Authority-0.5*weeks, 0, 100)
			w.emit(EvBudget, fmt.Sprintf("%s runs out of cash and shrinks to %.1f thousand", m.Name, m.Deployed))
			m.Cash = 0
		} else {
			m.Deployed = min(m.Troops, m.Deployed+1*weeks)
		}
	}
	if b.RegularCash < 0 && w.Turn%4 == 0 {
		w.emit(EvBudget, fmt.Sprintf("The regular budget is $%.0f million short", -b.RegularCash))
	}
}

// DeployedPeacekeepers is the UN's troops on the ground, in thousands.
func (w *World) DeployedPeacekeepers() float64 {
	n := 0.0
	for _, m := range w.Budget.Missions {
		n += m.Deployed
	}
	return n
}

// LosesGAVote reports whether a member's arrears reach two years of its
// contributions, which costs its vote in the General Assembly (Art. 19).
func (w *World) LosesGAVote(s StateID) bool {
	d := w.Def(s)
	return d.Assessment > 0 && w.States[s].Arrears >= 2*d.Assessment/100*w.Scenario.RegularBudget
}

// drift moves the escalation ladder, opinion and lobbying's push.
func (w *World) drift(weeks float64) {
	switch {
	case w.Flag(FlagWar):
	case w.Flag(FlagOccupied) && w.Tension < 60:
		// A standoff alone does not start a general war: it climbs to the
		// brink of war, and only fighting goes beyond.
		w.Tension = clamp(w.Tension+0.6*weeks*(1+min(w.ForceRatio(), 4)/4), 0, 60)
	default:
		w.Tension = clamp(w.Tension-3*weeks, 0, 100)
	}
	if w.Flag(FlagHostages) {
		w.Tension = clamp(w.Tension+0.2*weeks, 0, 100)
	}
	decay := math.Pow(0.85, weeks)
	for i := range w.States {
		w.States[i].Inclined *= decay
	}
}

// Ladder is the escalation ladder's rung, 1…5, and its name.
func Ladder(tension float64) (int, string) {
	switch {
	case tension >= 80:
		return 5, "general war"
	case tension >= 60:
		return 4, "war"
	case tension >= 40:
		return 3, "confrontation"
	case tension >= 20:
		return 2, "crisis"
	}
	return 1, "calm"
}
