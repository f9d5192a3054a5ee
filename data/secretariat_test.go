package data

import (
	"testing"

	"github.com/chapter-vii/chapter7/game"
)

// The Secretariat can win or lose Kosovo on its own tools (issue #5): with
// every other seat played by the engine, a Secretary-General who sends
// envoys, appeals for the refugees and gets monitors on the ground keeps
// civilians safer and the UN's authority up; one who only ends turns
// loses both. (A Secretariat that pushes the evidence to "plain" early
// hastens NATO's war, and its refugees: the tools cut both ways.)
func TestSecretariatPlaysKosovo(t *testing.T) {
	s, err := LoadAny("kosovo-1999")
	if err != nil {
		t.Fatal(err)
	}
	play := func(seed uint64, careful bool) *game.World { return playSecretariat(t, s, seed, careful) }
	for seed := uint64(1); seed <= 4; seed++ {
		w := play(seed, true)
		for _, o := range w.Objectives(w.SecretariatSeat()) {
			if !o.Met {
				t.Errorf("seed %d, careful Secretariat: %q not met (%s)", seed, o.Text, o.Why)
			}
		}
		if w.DeployedPeacekeepers() < 10 {
			t.Errorf("seed %d: the Council should have sent the proposed monitors; %.1f thousand deployed", seed, w.DeployedPeacekeepers())
		}
		w = play(seed, false)
		for _, o := range w.Objectives(w.SecretariatSeat()) {
			if o.Met {
				t.Errorf("seed %d, idle Secretariat: %q met (%s); doing nothing should not win", seed, o.Text, o.Why)
			}
		}
	}
}

// The Secretariat can propose a civil administration beside a mission, a
// Chapter VII text (UNMIK's pattern).
func TestSecretariatProposesCivilAdministration(t *testing.T) {
	s, err := LoadAny("kosovo-1999")
	if err != nil {
		t.Fatal(err)
	}
	w, err := game.New(s, 1, game.Options{Humans: []string{game.Secretariat}})
	if err != nil {
		t.Fatal(err)
	}
	w, _, err = game.Apply(w, game.Command{Seat: game.Secretariat, Kind: game.CmdProposeMission, Amount: 5, Value: "civil-administration"})
	if err != nil {
		t.Fatal(err)
	}
	d, _ := w.DraftByID(w.LastDraft())
	if d.Chapter != 7 || !d.Has(game.CivilAdministration) || !d.Has(game.PeacekeepingMission) {
		t.Errorf("proposal: chapter %d, clauses %v", d.Chapter, d.ClauseIDs())
	}
	if _, _, err := game.Apply(w, game.Command{Seat: game.Secretariat, Kind: game.CmdProposeMission, Amount: 5, Value: "army"}); err == nil {
		t.Error("an unknown kind of mission should be refused")
	}
}

// playSecretariat plays a scenario as the Secretariat with the engine in
// every other seat: careful (envoys, humanitarian appeals, a mission of
// monitors early, appeals for dues) or idle (it only ends its turns).
func playSecretariat(t *testing.T, s *game.Scenario, seed uint64, careful bool) *game.World {
	t.Helper()
	sec := game.Secretariat
	w, err := game.New(s, seed, game.Options{Humans: []string{sec}})
	if err != nil {
		t.Fatal(err)
	}
	for turn := 1; !w.Over && turn < 200; turn++ {
		try := func(c game.Command) {
			c.Seat = sec
			if nw, _, err := game.Apply(w, c); err == nil {
				w = nw
			}
		}
		if careful {
			switch turn % 4 {
			case 1, 3:
				try(game.Command{Kind: game.CmdGoodOffices})
				try(game.Command{Kind: game.CmdAppeal, Value: "humanitarian"})
			case 2:
				if turn < 8 {
					try(game.Command{Kind: game.CmdProposeMission, Amount: 10})
				}
				try(game.Command{Kind: game.CmdGoodOffices})
			case 0:
				try(game.Command{Kind: game.CmdAppeal, Value: "dues"})
				try(game.Command{Kind: game.CmdGoodOffices})
			}
		}
		if w, _, err = game.Apply(w, game.Command{Seat: game.Chair, Kind: game.CmdAdvance}); err != nil {
			t.Fatal(err)
		}
	}
	if !w.Over {
		t.Fatal("the game did not end")
	}
	return w
}
