package game

import "strings"

// Event is something that happened, for the news, the log and the report.
type Event struct {
	Date   Date     `json:"date"`
	Turn   int      `json:"turn"`
	Kind   string   `json:"kind"`
	Actors []string `json:"actors"`
	Text   string   `json:"text"`
	// To is the only seat that may see a private event (a cable); -1 is public.
	To SeatID `json:"to"`
	// Historical marks scripted events of the record.
	Historical bool `json:"historical,omitempty"`
}

// Public reports whether every seat may see the event.
func (e *Event) Public() bool { return e.To < 0 }

// Event kinds.
const (
	EvScripted  = "scripted"
	EvVote      = "vote"
	EvVeto      = "veto"
	EvDraft     = "draft"
	EvThreat    = "veto-threat"
	EvBreach    = "breach"
	EvAction    = "action"
	EvCable     = "cable"
	EvCombat    = "combat"
	EvForces    = "forces"
	EvSanctions = "sanctions"
	EvBudget    = "budget"
	EvOpinion   = "opinion"
	EvOutcome   = "outcome"
	EvGA        = "general-assembly"
	EvMessage   = "message"
)

func (w *World) emit(kind, text string, actors ...StateID) {
	codes := make([]string, len(actors))
	for i, a := range actors {
		codes[i] = w.Code(a)
	}
	w.Events = append(w.Events, Event{Date: w.now(), Turn: w.Turn, Kind: kind, Actors: codes, Text: text, To: -1})
}

func (w *World) cable(to SeatID, text string, actors ...StateID) {
	w.emit(EvCable, text, actors...)
	w.Events[len(w.Events)-1].To = to
}

// now is the date stamped on events: the meeting date while the Council
// sits, otherwise the turn's date.
func (w *World) now() Date {
	if w.stamp != 0 {
		return w.stamp
	}
	return w.Date
}

// holds tests a scenario condition against the world, with dates up to
// the horizon counted as come.
func (w *World) holds(c *Condition, horizon Date) bool {
	if c.After != 0 && horizon < c.After {
		return false
	}
	if c.Before != 0 && w.Date >= c.Before {
		return false
	}
	for _, f := range c.Flags {
		if !w.Flag(f) {
			return false
		}
	}
	for _, f := range c.NoFlags {
		if w.Flag(f) {
			return false
		}
	}
	for _, id := range c.Adopted {
		if !w.adoptedClause(id) {
			return false
		}
	}
	if c.MinControl > 0 && w.Theatre.Control < c.MinControl {
		return false
	}
	if c.MaxControl > 0 && w.Theatre.Control > c.MaxControl {
		return false
	}
	return true
}

// adoptedClause reports whether an adopted Council resolution holds a clause.
func (w *World) adoptedClause(id ClauseID) bool {
	for i := range w.Drafts {
		d := &w.Drafts[i]
		if d.Status == Adopted && d.Body == BodySC && d.Has(id) {
			return true
		}
	}
	return false
}

// fireScripted runs the scripted events: each fires once, in scenario
// order, when its condition holds on or before the horizon. The events
// phase looks at the turn's first day; the end of the turn looks at its
// last, so that what happens during a turn is told when the turn is over.
func (w *World) fireScripted(horizon Date) {
	for i := range w.Scenario.Events {
		if w.Fired[i] {
			continue
		}
		ev := &w.Scenario.Events[i]
		if !w.holds(&ev.When, horizon) {
			continue
		}
		date := w.Date
		if ev.When.After > date {
			date = ev.When.After
		}
		w.fire(i, date, ev.Historical)
	}
}

// fire makes scripted event i happen on a date: its effect, and the news.
func (w *World) fire(i int, date Date, historical bool) {
	ev := &w.Scenario.Events[i]
	w.Fired[i] = true
	w.applyEffect(&ev.Effect)
	codes := make([]string, len(ev.Actors))
	for j, a := range ev.Actors {
		codes[j] = w.Code(a)
	}
	kind := ev.Kind
	if kind == "" {
		kind = EvScripted
	}
	w.Events = append(w.Events, Event{Date: date, Turn: w.Turn, Kind: kind, Actors: codes, Text: ev.Text, To: -1, Historical: historical})
}

func (w *World) applyEffect(e *Effect) {
	for _, f := range e.SetFlags {
		w.setFlag(f, true)
	}
	for _, f := range e.ClearFlags {
		w.setFlag(f, false)
	}
	t := &w.Theatre
	t.Clarity = clamp(t.Clarity+e.Clarity, 0, 1)
	w.Tension = clamp(w.Tension+e.Tension, 0, 100)
	w.Authority = clamp(w.Authority+e.Authority, 0, 100)
	if e.ControlSet {
		t.Control = e.Control
	}
	t.Hostages = max(0, t.Hostages+e.Hostages)
	t.Refugees = max(0, t.Refugees+e.Refugees)
	t.CasualtiesCiv += e.CiviliansKilled
	t.AggressorForces = max(0, t.AggressorForces+e.AggressorForces)
	for _, r := range e.Relations {
		w.moveRel(r.From, r.To, r.Delta)
	}
	w.setFlag(FlagOccupied, t.Control > 0 && !w.Flag(FlagWithdrawn))
	w.setFlag(FlagHostages, t.Hostages > 0)
}

// inject fires a scripted event now, whatever its condition, or tells news
// the chair wrote on the spot (which changes nothing but what people know).
func (w *World) inject(cmd Command) error {
	if cmd.Symbol != "" {
		for i := range w.Scenario.Events {
			ev := &w.Scenario.Events[i]
			if ev.ID != cmd.Symbol {
				continue
			}
			if w.Fired[i] {
				return refuse(ErrNotAllowed, "event %q has already happened", ev.ID)
			}
			w.fire(i, w.Date, false)
			return nil
		}
		return refuse(ErrBadParam, "no scripted event %q in this scenario", cmd.Symbol)
	}
	text := strings.TrimSpace(cmd.Text)
	if text == "" || len(text) > 500 {
		return refuse(ErrBadParam, "an injected event needs a text of 1 to 500 characters")
	}
	w.emit(EvScripted, text)
	return nil
}
