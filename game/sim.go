package game

// RunToEnd advances the turn as the chair until the game is over, with
// engine actors in every seat no person holds. It is how headless games
// and forecasts are played.
func RunToEnd(w *World) *World {
	for !w.Over {
		nw, _, err := Apply(w, Command{Seat: Chair, Kind: CmdAdvance})
		if err != nil {
			return w
		}
		w = nw
	}
	return w
}
