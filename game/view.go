package game

import "slices"

// ViewFor is what one seat may see of the world: everything public, its
// own cables, the drafts it is writing, and its own commands. The front end
// and the network only ever get views. The chair (seat < 0) sees all.
func (w *World) ViewFor(seat SeatID) *World {
	v := w.Clone()
	if seat < 0 {
		return v
	}
	v.Events = slices.DeleteFunc(slices.Clone(w.Events), func(e Event) bool { return e.To >= 0 && e.To != seat })
	v.Drafts = slices.DeleteFunc(v.Drafts, func(d Draft) bool { return d.Status == Drafting && !w.mayEdit(seat, &d) })
	code := w.SeatCode(seat)
	v.Log = slices.DeleteFunc(slices.Clone(w.Log), func(c Command) bool { return c.Seat != code })
	for i := range v.Seats {
		if SeatID(i) != seat {
			v.Seats[i].AP = 0
		}
	}
	return v
}
