package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chapter-vii/chapter7/data"
)

func runCLI(args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = run(args, &out, &errb)
	return code, out.String(), errb.String()
}

// Bad input of every kind: exit status 2 and one line that names the
// problem and the fix, never a stack trace.
func TestBadInputIsOneLine(t *testing.T) {
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"sim", "--scenario", "nowhere"}, `unknown scenario "nowhere": use one of kuwait-1991, kosovo-1999`},
		{[]string{"sim", "--bogus"}, "flag provided but not defined: -bogus"},
		{[]string{"sim"}, "sim needs --scenario ID"},
		{[]string{"sim", "--scenario", "kuwait-1991", "--seed", "minus-one"}, `invalid value "minus-one" for flag -seed`},
		{[]string{"sim", "--scenario", "kuwait-1991", "--runs", "-3"}, "--runs -3: use 1 to 1000000"},
		{[]string{"frobnicate"}, `unknown command "frobnicate"`},
		{[]string{"scenario", "validate", "testdata/typo.toml"}, `typo.toml:14: unknown key "state.sovereignity"`},
		{[]string{"scenario", "validate", "testdata/badref.toml"}, `badref.toml:9: unknown state "ZZZ"`},
		{[]string{"scenario", "validate", "testdata/missing.toml"}, "no such file"},
		{[]string{"scenario", "validate"}, "scenario validate takes one file"},
	}
	for _, c := range cases {
		code, out, errOut := runCLI(c.args...)
		if code != 2 {
			t.Errorf("%v: exit %d, want 2 (stderr %q)", c.args, code, errOut)
		}
		if out != "" {
			t.Errorf("%v: printed %q on stdout", c.args, out)
		}
		if strings.Count(errOut, "\n") != 1 || !strings.HasPrefix(errOut, "chapter7: ") {
			t.Errorf("%v: stderr is not one line: %q", c.args, errOut)
		}
		if !strings.Contains(errOut, c.want) {
			t.Errorf("%v: stderr %q does not say %q", c.args, errOut, c.want)
		}
	}
}

// sim --json prints the object the issue describes, and the autopilot's
// votes are the historical drafts with members' ballots.
func TestSimJSON(t *testing.T) {
	code, out, errOut := runCLI("sim", "--scenario", "kuwait-1991", "--seed", "3", "--autopilot", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var r struct {
		Scenario   string         `json:"scenario"`
		Seed       uint64         `json:"seed"`
		EndDate    string         `json:"end_date"`
		Outcome    string         `json:"outcome"`
		Indicators map[string]any `json:"indicators"`
		Votes      []struct {
			Date     string            `json:"date"`
			Body     string            `json:"body"`
			Draft    *string           `json:"draft"`
			Clauses  []string          `json:"clauses"`
			Adopted  bool              `json:"adopted"`
			VetoedBy []string          `json:"vetoed_by"`
			Votes    map[string]string `json:"votes"`
		} `json:"votes"`
		Events []struct {
			Date   string   `json:"date"`
			Kind   string   `json:"kind"`
			Actors []string `json:"actors"`
			Text   string   `json:"text"`
		} `json:"events"`
	}
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&r); err != nil {
		t.Fatalf("not the documented JSON: %v", err)
	}
	if r.Scenario != "kuwait-1991" || r.Seed != 3 || r.Outcome == "" || r.EndDate == "" {
		t.Errorf("header: %+v", r)
	}
	if len(r.Votes) != 15 {
		t.Fatalf("%d votes, want the 15 of the record", len(r.Votes))
	}
	v678 := r.Votes[11]
	if v678.Draft == nil || *v678.Draft != "S/RES/678(1990)" || v678.Date != "1990-11-29" || v678.Body != "sc" || !v678.Adopted {
		t.Errorf("twelfth vote: %+v", v678)
	}
	if v678.Votes["CHN"] != "A" || v678.Votes["CUB"] != "N" || v678.Votes["SUN"] != "Y" || len(v678.Votes) != 15 {
		t.Errorf("678 ballots: %v", v678.Votes)
	}
	if v678.VetoedBy == nil {
		t.Error("vetoed_by must be a list, not null")
	}
	if len(r.Events) == 0 || r.Events[0].Kind != "invasion" {
		t.Errorf("events should open with the invasion: %+v", r.Events[:min(2, len(r.Events))])
	}
	for i := 1; i < len(r.Events); i++ {
		if r.Events[i].Date < r.Events[i-1].Date {
			t.Fatalf("events out of date order: %s after %s", r.Events[i].Date, r.Events[i-1].Date)
		}
	}
}

func TestSimRunsAndSave(t *testing.T) {
	code, out, errOut := runCLI("sim", "--scenario", "kuwait-1991", "--runs", "6", "--autopilot")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "aggression-reversed    100.0%") || !strings.Contains(out, "S/RES/678(1990)    tabled 100.0%  adopted 100.0%  CHN (A 100%), CUB (N 100%), YEM (N 100%)") {
		t.Errorf("distribution missing the record's 678:\n%s", out)
	}
	path := filepath.Join(t.TempDir(), "game.json")
	if code, _, errOut := runCLI("sim", "--scenario", "kuwait-1991", "--seed", "5", "--save", path); code != 0 {
		t.Fatalf("save: exit %d: %s", code, errOut)
	}
	w, _, err := data.ReadSave(path)
	if err != nil {
		t.Fatalf("the save does not load: %v", err)
	}
	if !w.Over || w.Seed != 5 {
		t.Errorf("loaded game: over=%v seed=%d", w.Over, w.Seed)
	}
	b, _ := os.ReadFile(path)
	if err := os.WriteFile(path, bytes.Replace(b, []byte(`"seed": 5`), []byte(`"seed": 6`), 1), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := data.ReadSave(path); err == nil || !strings.Contains(err.Error(), "corrupt") {
		t.Errorf("a tampered save should be reported as corrupt, got %v", err)
	}
}

func TestScenarioList(t *testing.T) {
	code, out, _ := runCLI("scenario", "list")
	if code != 0 || !strings.Contains(out, "kuwait-1991") {
		t.Errorf("exit %d, list %q", code, out)
	}
	code, out, _ = runCLI("scenario", "validate", "kuwait-1991")
	if code != 0 || !strings.Contains(out, "valid scenario") {
		t.Errorf("exit %d: %q", code, out)
	}
}

// sim --campaign plays the historical cases in order, each handing the
// next what it left, and the same seed gives the same campaign.
func TestSimCampaign(t *testing.T) {
	code, out, errOut := runCLI("sim", "--campaign", "historical", "--seed", "4", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var r struct {
		Campaign string
		Crises   []struct {
			Scenario, Kind, Outcome string
			Parties, Carried        []string
			Votes                   []map[string]any
		}
		Indicators []map[string]any
		Outcome    string
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	if len(r.Crises) != 2 || r.Crises[0].Scenario != "kuwait-1991" || r.Crises[1].Scenario != "kosovo-1999" || len(r.Indicators) != 2 {
		t.Fatalf("campaign: %+v", r)
	}
	if len(r.Crises[0].Carried) != 0 || len(r.Crises[1].Carried) == 0 || r.Outcome == "" || len(r.Crises[1].Votes) == 0 {
		t.Errorf("the second crisis should say what carried over from the first: %+v", r.Crises[1].Carried)
	}
	if _, again, _ := runCLI("sim", "--campaign", "historical", "--seed", "4", "--json"); again != out {
		t.Error("the same seed should give the same campaign, byte for byte")
	}
	if code, _, errOut := runCLI("sim", "--campaign", "generated"); code != 2 || !strings.Contains(errOut, "needs --era: one of 1950s") {
		t.Errorf("a generated campaign without an era: exit %d, %q", code, errOut)
	}
	if code, _, errOut := runCLI("sim", "--campaign", "imaginary"); code != 2 || !strings.Contains(errOut, "use historical or generated") {
		t.Errorf("an unknown campaign: exit %d, %q", code, errOut)
	}
}
