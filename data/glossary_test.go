package data

import (
	"strings"
	"testing"
)

// The glossary covers what a new player meets (issue #7): Chapter VII,
// Arts 39, 41, 42, 51, 53, 99, Uniting for Peace and the four conditions,
// each with a source.
func TestGlossary(t *testing.T) {
	g, err := Glossary()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Chapter VII", "Art. 39", "Art. 41", "Art. 42", "Art. 51", "53", "Art. 99", "Uniting for Peace", "The four conditions", "veto"} {
		found := false
		for _, e := range g {
			if strings.Contains(e.Term, want) {
				found = true
				if e.Source == "" || len(e.Text) < 80 {
					t.Errorf("%s: a text a player can learn from, and a source", e.Term)
				}
			}
		}
		if !found {
			t.Errorf("the glossary has no entry for %s", want)
		}
	}
}
