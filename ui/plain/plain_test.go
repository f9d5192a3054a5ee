package plain

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the transcript goldens")

func play(t *testing.T, input string, opt Options) string {
	t.Helper()
	var out bytes.Buffer
	if err := Run(strings.NewReader(input), &out, opt); err != nil {
		t.Fatalf("Run: %v", err)
	}
	return out.String()
}

func TestShortKuwaitTranscript(t *testing.T) {
	in, _ := os.ReadFile("testdata/short-kuwait.txt")
	got := play(t, string(in), Options{Scenario: "kuwait-1991", Seat: "USA", Seed: 1})
	golden := filepath.Join("testdata", "short-kuwait.golden")
	if *update {
		os.WriteFile(golden, []byte(got), 0o644)
	}
	want, _ := os.ReadFile(golden)
	if got != string(want) {
		t.Errorf("transcript differs from %s (run go test ./ui/plain -update to accept):\n%s", golden, got)
	}
}

// A whole Kuwait game as the United States, from a file of answers: table
// 660, 661 and 678, build the coalition, fight after the deadline; the
// report must show the authorisation and the liberation. (With seed 1 Iraq
// holds on to the deadline; with some seeds it withdraws before, and the
// offensive is refused.)
func TestWholeGameFromInput(t *testing.T) {
	var in strings.Builder
	// Turn 1 (2 August 1990): 660 and 661, tabled and called to a vote.
	in.WriteString("table S/RES/660(1990)\n4\n4\ntable S/RES/661(1990)\n4\n4\nend\n")
	// Turn 2: commit forces.
	in.WriteString("forces\n1\n250\nend\n")
	for turn := 3; turn < 18; turn++ {
		in.WriteString("end\n")
	}
	// Turn 18 (29 November 1990): 678.
	in.WriteString("table S/RES/678(1990)\n4\n4\nend\n")
	for turn := 19; turn < 25; turn++ {
		in.WriteString("end\n")
	}
	// Turn 25 (17 January 1991): the offensive, on the Council's authority.
	in.WriteString("forces\n3\n1\n")
	for range 20 {
		in.WriteString("end\n")
	}
	dir := t.TempDir()
	out := play(t, in.String(), Options{Scenario: "kuwait-1991", Seat: "USA", Seed: 1, SaveDir: dir})
	for _, want := range []string{
		"Vote on S/RES/660(1990): 14 in favour, 0 against, 0 abstaining. Adopted.",
		"Vote on S/RES/678(1990): 12 in favour, 2 against, 1 abstaining. Adopted.",
		"Not voting yes: China abstain; Cuba no; Yemen no.",
		"leads the coalition into battle, with the Council's authorisation",
		"The game is over.",
		"Outcome: aggression-reversed",
		"Aggression clearly defined: held.",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the transcript lacks %q", want)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "report-kuwait-1991.md")); err != nil {
		t.Errorf("no Markdown report: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "autosave-kuwait-1991.json")); err != nil {
		t.Errorf("no autosave: %v", err)
	}
}

// No line of any transcript carries an escape sequence or a box-drawing
// character: a screen reader reads it as it is.
func TestNoEscapeSequences(t *testing.T) {
	in, _ := os.ReadFile("testdata/short-kuwait.txt")
	out := play(t, string(in)+"help\nreport\n", Options{Scenario: "kuwait-1991", Seat: "secretariat", Seed: 1})
	for i, line := range strings.Split(out, "\n") {
		for _, r := range line {
			if r == 0x1b || r < 0x20 && r != '\t' || r >= 0x2500 && r <= 0x259f {
				t.Fatalf("line %d carries %U: %q", i+1, r, line)
			}
		}
	}
}

// A malformed line gets a one-line explanation and the prompt again, never
// a crash, and the game goes on.
func TestMalformedInput(t *testing.T) {
	out := play(t, "frobnicate\n1\nbanana\nback\n\x00\x01\nlobby ZZZ\nback\nend\nquit\n", Options{Scenario: "kuwait-1991", Seat: "USA", Seed: 1})
	for _, want := range []string{
		`I do not know "frobnicate". Type a number from the menu, or help for the commands.`,
		`"banana" is not one of the choices: type a number from 1 to 2.`,
		`"ZZZ" is not one of the choices.`,
		"Turn 2, 9 August 1990.",
		"Goodbye.",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the transcript lacks %q", want)
		}
	}
}

// The same saves as the full-screen game: a game saved here continues.
func TestSaveAndContinue(t *testing.T) {
	dir := t.TempDir()
	play(t, "lobby CUB\nend\nsave seminar\nquit\n", Options{Scenario: "kuwait-1991", Seat: "USA", Seed: 4, SaveDir: dir})
	out := play(t, "status\nquit\n", Options{Load: filepath.Join(dir, "seminar.json"), SaveDir: dir})
	if !strings.Contains(out, "Continuing Iraq–Kuwait 1990–91 as United States of America, turn 2, 9 August 1990.") {
		t.Errorf("did not continue the saved game:\n%s", out)
	}
}

// The glossary answers at any question: the list, one entry with its
// source, and a plain message when nothing matches.
func TestGlossary(t *testing.T) {
	out := play(t, "glossary\n1\nglossary 51\nglossary xyzzy\nquit\n", Options{Scenario: "kuwait-1991", Seat: "USA", Seed: 1, SaveDir: t.TempDir()})
	for _, want := range []string{
		"Glossary: The four conditions; Chapter VII;",
		"Art. 51. The inherent right of individual or collective self-defence",
		"(Source: UN Charter, Art. 51.)",
		`Nothing in the glossary matches "xyzzy"`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the transcript lacks %q:\n%s", want, out)
		}
	}
}
