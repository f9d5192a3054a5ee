package ui

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/chapter-vii/chapter7/game"
)

// TestWholeKuwaitCaseAsTheUSA plays the Kuwait case through the keyboard as
// the United States: it tables the historical 660, 661 and 678 in the turns
// they were voted, sends troops, goes to war when the deadline expires, ends
// turns to the end, and reads and exports the after-action report.
func TestWholeKuwaitCaseAsTheUSA(t *testing.T) {
	m := newGame(t, "USA", 160, 48)
	texts := []string{"S/RES/660(1990)", "S/RES/661(1990)", "S/RES/678(1990)"}
	tabled := map[string]bool{}
	press(t, m, "6", "+", "ctrl+u")
	typeText(t, m, "200")
	press(t, m, "enter")
	if state(m, "USA").Pledged != 200 {
		t.Fatalf("troops not pledged: %s", m.status)
	}
	for turn := 0; !m.g.w.Over; turn++ {
		if turn > 80 {
			t.Fatal("the game does not end")
		}
		w := m.g.w
		for _, sym := range texts {
			if tabled[sym] {
				continue
			}
			for _, h := range w.Scenario.Drafts {
				if h.Symbol == sym && h.Date <= w.TurnEnd() {
					pickHistorical(t, m, sym)
					press(t, m, "t", "v", "enter")
					if m.bad {
						t.Fatalf("%s: %s", sym, m.status)
					}
					tabled[sym] = true
				}
			}
		}
		if w.Theatre.Authorised && w.Date >= w.Theatre.Deadline && !w.Flag(game.FlagWar) && w.Theatre.Basis == "" && state(m, "USA").Committed > 0 {
			press(t, m, "6", "o", "ctrl+u")
			typeText(t, m, "sc")
			press(t, m, "enter")
			if m.bad {
				t.Fatalf("offensive: %s", m.status)
			}
		}
		press(t, m, "e")
	}
	w := m.g.w
	if m.tab != tabReport {
		t.Fatalf("the game ended on tab %d, not the report", m.tab)
	}
	if w.Theatre.Basis != game.BasisCouncil {
		t.Fatalf("the coalition fought on basis %q", w.Theatre.Basis)
	}
	r := m.g.Report()
	for _, sym := range texts {
		found := false
		for _, v := range r.Votes {
			if v.Name == sym {
				found = true
				if v.Verdict != "adopted" || !strings.HasPrefix(v.History, "adopted") {
					t.Errorf("%s: game %s, history %s", sym, v.Verdict, v.History)
				}
			}
		}
		if !found {
			t.Errorf("%s missing from the report", sym)
		}
	}
	if r.LeftHistory == "" || !strings.Contains(r.LeftHistory, "never put to the vote") {
		t.Errorf("the report does not say where the game left history: %q", r.LeftHistory)
	}
	mustContain(t, m, "After-action report (final)", "Outcome: "+w.Outcome, "S/RES/678(1990)", "The four conditions", "Indicators over time")
	press(t, m, "x")
	path := filepath.Join(m.opt.ExportDir, "chapter7-kuwait-1991-seed1-turn"+strconv.Itoa(w.Turn)+".md")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("export: %v (%s)", err, m.status)
	}
	if !strings.Contains(string(b), "# After-action report: Iraq–Kuwait 1990–91") || !strings.Contains(string(b), "| S/RES/678(1990) | adopted") {
		t.Fatalf("exported report:\n%s", b)
	}
	t.Logf("outcome %s on %s; %s", w.Outcome, w.Date.Long(), r.LeftHistory)
}

// TestEverySeatPlaysToTheEnd plays the Kuwait case from every seat, the
// Secretariat included, ending turns and drawing every screen on the way.
func TestEverySeatPlaysToTheEnd(t *testing.T) {
	m0 := newGame(t, "USA", 80, 24)
	var seats []string
	for _, s := range m0.g.w.Scenario.States {
		seats = append(seats, s.Code)
	}
	seats = append(seats, game.Secretariat)
	for _, seat := range seats {
		t.Run(seat, func(t *testing.T) {
			m := newGame(t, seat, 80, 24)
			for turn := 0; !m.g.w.Over; turn++ {
				if turn > 80 {
					t.Fatal("the game does not end")
				}
				if turn%6 == 0 {
					for tb := range numTabs {
						m.tab = tb
						if s := screen(m); strings.Count(s, "\n") != 23 {
							t.Fatalf("tab %d: %d lines", tb, strings.Count(s, "\n")+1)
						}
					}
				}
				press(t, m, "e")
				if m.bad {
					t.Fatalf("end turn: %s", m.status)
				}
			}
			mustContain(t, m, "After-action report (final)", "Outcome: "+m.g.w.Outcome)
		})
	}
}
