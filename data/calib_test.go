package data

import (
	"encoding/json"
	"fmt"
	"os"
	"testing"

	"github.com/chapter-vii/chapter7/game"
)

type refVote struct {
	ID       string            `json:"id"`
	Date     string            `json:"date"`
	Case     string            `json:"case"`
	Adopted  bool              `json:"adopted"`
	Votes    map[string]string `json:"votes"`
	VetoedBy []string          `json:"vetoed_by"`
}

func TestCalib(t *testing.T) {
	raw, _ := os.ReadFile("testdata/unsc-votes.json")
	var ref []refVote
	json.Unmarshal(raw, &ref)
	s, err := Load("kuwait-1991")
	if err != nil {
		t.Fatal(err)
	}
	w, _ := game.New(s, 1, game.Options{Autopilot: true})
	w = game.RunToEnd(w)
	got := map[string]game.VoteRecord{}
	for _, v := range w.Votes {
		got[v.Symbol] = v
	}
	bad := 0
	for _, r := range ref {
		if r.Case != "kuwait-1991" {
			continue
		}
		v, ok := got[r.ID]
		if !ok {
			fmt.Println("MISSING", r.ID)
			bad++
			continue
		}
		line := ""
		for i, m := range v.Members {
			code := s.States[m].Code
			b := string(v.Ballots[i])
			if r.Votes[code] != b {
				bad++
				line += fmt.Sprintf(" %s:%s(want %s)", code, b, r.Votes[code])
			}
			if code == "CUB" || code == "YEM" || code == "CHN" || code == "IND" || code == "ECU" || code == "ZWE" || code == "SUN" {
				line += fmt.Sprintf(" [%s %.2f]", code, v.Utility[i])
			}
		}
		fmt.Println(r.ID, v.Date, line)
	}
	fmt.Println("bad", bad, "outcome", w.Outcome, w.Date)
}
