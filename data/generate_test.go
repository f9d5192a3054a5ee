package data

import (
	"bytes"
	"slices"
	"testing"

	"github.com/chapter-vii/chapter7/game"
)

// Over 200 generated crises, every one is a valid scenario of its era:
// the parties, the Council of each year and every patron and neighbour are
// real states that were UN members on the day, the Council is the
// atlas's, and the game plays to an end.
func TestGeneratedCrisesAreValid(t *testing.T) {
	a, err := Atlas()
	if err != nil {
		t.Fatal(err)
	}
	eras := EraNames()
	resolved, played := 0, 0
	kinds := map[string]int{}
	for i := range 200 {
		era := eras[i%len(eras)]
		seed := uint64(i/len(eras) + 1)
		n := i % GeneratedCrises
		id, src, err := GenerateCrisis(era, seed, n)
		if err != nil {
			t.Errorf("%s seed %d crisis %d: %v", era, seed, n+1, err)
			continue
		}
		sc, err := Parse(id+".toml", src)
		if err != nil {
			t.Errorf("%s: %v", id, err)
			continue
		}
		kinds[sc.Theatre.Kind]++
		if len(sc.Trade) == 0 {
			t.Errorf("%s: no neighbour trades with %s: sanctions would cost no one", id, sc.States[sc.Theatre.Aggressors[0]].Code)
		}
		for _, st := range sc.States {
			if st.Code == "OPP" {
				if st.Member {
					t.Errorf("%s: the non-state party is a UN member", id)
				}
				continue
			}
			as, ok := a.State(st.Code)
			if !ok || !as.MemberOn(sc.Start) {
				t.Errorf("%s: %s is not a UN member on %s", id, st.Code, sc.Start)
			}
		}
		for _, c := range sc.Council {
			want, _ := a.CouncilOn(game.MakeDate(c.Year, 6, 1))
			var got []string
			for _, m := range c.Members {
				got = append(got, sc.States[m].Code)
			}
			slices.Sort(got)
			want = slices.Clone(want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("%s: Council of %d is %v, the atlas has %v", id, c.Year, got, want)
			}
		}
		if i%4 == 0 { // play a quarter of them to the end, engine in every seat
			w, err := game.New(sc, seed, game.Options{})
			if err != nil {
				t.Fatalf("%s: %v", id, err)
			}
			w = game.RunToEnd(w)
			if !w.Over {
				t.Errorf("%s: the game did not end", id)
			}
			played++
			if game.Resolved(w.Outcome) {
				resolved++
			}
		}
	}
	if len(kinds) < len(generatedKinds) {
		t.Errorf("kinds made: %v, want all of %v", kinds, generatedKinds)
	}
	// With the engine in every seat, some crises are resolved and some are
	// not: neither a walkover nor a wall.
	if resolved == 0 || resolved == played {
		t.Errorf("%d of %d engine-played crises resolved", resolved, played)
	}
	t.Logf("%d of %d engine-played generated crises resolved; kinds %v", resolved, played, kinds)
}

// A seed reproduces a generated crisis byte for byte, and a generated id
// loads the same scenario anywhere (saves of generated games replay).
func TestGeneratedCrisisIsDeterministic(t *testing.T) {
	id, a, err := GenerateCrisis("1970s", 11, 1)
	if err != nil {
		t.Fatal(err)
	}
	_, b, _ := GenerateCrisis("1970s", 11, 1)
	if !bytes.Equal(a, b) {
		t.Fatal("the same era, seed and crisis number should give the same text")
	}
	sc, err := Load(id)
	if err != nil || sc.ID != id {
		t.Fatalf("Load(%s): %v", id, err)
	}
	if _, err := Load("generated-1970s-x-1"); err == nil {
		t.Error("a malformed generated id should be refused")
	}
	if _, _, err := GenerateCrisis("1940s", 1, 0); err == nil {
		t.Error("an era before the atlas should be refused with the eras there are")
	}
}

// Generated crises are not won by doing nothing: an idle Secretariat meets
// its objectives in none of 48, a careful one (envoys, appeals, monitors
// on the ground early) in some.
func TestGeneratedCrisesWantAPlayer(t *testing.T) {
	eras := EraNames()
	idle, careful := 0, 0
	for i := range 48 {
		id, src, err := GenerateCrisis(eras[i%len(eras)], uint64(i/len(eras)+1), i%GeneratedCrises)
		if err != nil {
			t.Fatal(err)
		}
		sc, err := Parse(id+".toml", src)
		if err != nil {
			t.Fatal(err)
		}
		won := func(w *game.World) bool {
			for _, o := range w.Objectives(w.SecretariatSeat()) {
				if !o.Met {
					return false
				}
			}
			return true
		}
		if won(playSecretariat(t, sc, 1, false)) {
			idle++
		}
		if won(playSecretariat(t, sc, 1, true)) {
			careful++
		}
	}
	t.Logf("Secretariat objectives met: idle %d of 48, careful %d of 48", idle, careful)
	if idle > 2 || careful < 5 {
		t.Errorf("idle Secretariat won %d of 48 generated crises, careful %d: doing nothing should not win, care should", idle, careful)
	}
}
