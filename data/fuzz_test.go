package data

import (
	"strings"
	"testing"

	"github.com/chapter-vii/chapter7/game"
)

// FuzzParse: any bytes given as a scenario file either load or give an
// error that names the file; never a panic.
func FuzzParse(f *testing.F) {
	src, _ := scenarioFS.ReadFile("scenarios/kuwait-1991.toml")
	f.Add(src)
	f.Add([]byte("id = \"x\"\nstart = 1990-01-01\nend = 1989-01-01\n"))
	f.Add([]byte("[[state]]\ncode = 3\n"))
	f.Add([]byte("id = \"x\"\nstart = 1940-01-01\nend = 1941-01-01\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		sc, err := Parse("fuzz.toml", b)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz.toml") {
				t.Fatalf("error does not name the file: %v", err)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Fatalf("error is not one line: %q", err)
			}
			return
		}
		// A scenario that loads can be played a few turns.
		w, err := game.New(sc, 1, game.Options{})
		if err != nil {
			return
		}
		for range 3 {
			w, _, _ = game.Apply(w, game.Command{Seat: game.Chair, Kind: game.CmdAdvance})
		}
	})
}

// FuzzDecodeSave: a damaged save is refused with a message, or replays.
func FuzzDecodeSave(f *testing.F) {
	sc, _ := Load("kuwait-1991")
	w, _ := game.New(sc, 3, game.Options{Humans: []string{"USA"}})
	w, _, _ = game.Apply(w, game.Command{Seat: "USA", Kind: game.CmdLobby, Target: "CUB"})
	w, _, _ = game.Apply(w, game.Command{Seat: "USA", Kind: game.CmdEndTurn})
	good, _ := game.MakeSave(w).Encode()
	f.Add(good)
	f.Add([]byte(`{"format":"chapter7-save","version":99}`))
	f.Add([]byte(`{"format":"chapter7-save","version":1,"scenario":"kuwait-1991","log":[{"seat":"USA","kind":"end-turn"}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := game.DecodeSave(b)
		if err != nil {
			if err.Error() == "" {
				t.Fatal("empty error")
			}
			return
		}
		sc, err := Load(s.Scenario)
		if err != nil {
			return
		}
		if len(s.Log) > 500 {
			return
		}
		_, _ = game.Replay(sc, s)
	})
}

// FuzzParseClause: clause specs from scenario and case files.
func FuzzParseClause(f *testing.F) {
	for _, s := range []string{"authorize-force(deadline=1991-01-15)", "trade-sanctions(goods=oil,food)", "condemn", "x(", "peacekeeping-mission(troops=1;budget=2)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseClause(s)
		if err != nil {
			return
		}
		if _, ok := game.LookupClause(c.ID); !ok {
			t.Fatalf("accepted unknown clause %q", c.ID)
		}
		again, err := ParseClause(FormatClause(c))
		if err != nil || again.ID != c.ID || len(again.Params) != len(c.Params) {
			t.Fatalf("format/parse round trip of %q failed: %v", s, err)
		}
	})
}
