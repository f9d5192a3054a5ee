package data

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/BurntSushi/toml"

	"github.com/chapter-vii/chapter7/game"
)

// A mistake in a world file gets one line with the file, the line, the
// problem and the fix.
func TestWorldFileErrors(t *testing.T) {
	state := func(extra string) string {
		return "[[state]]\ncode = \"AAA\"\nname = \"Aland\"\ngroup = \"weog\"\nregion = \"western-europe\"\nun = [\"1945-10-24\"]\n" +
			"regime = { 1946 = \"democracy\" }\nlean = { 1946 = \"west\" }\npower = { 1946 = 4 }\n" + extra
	}
	base := func(states string) fstest.MapFS {
		return fstest.MapFS{
			"w/states-a.toml":      {Data: []byte(states)},
			"w/organisations.toml": {Data: []byte("")},
			"w/ties.toml":          {Data: []byte("")},
			"w/council.toml":       {Data: []byte("permanent = []\n")},
		}
	}
	good := "sovereignty = { 1946 = \"low\" }\nalign.USA = { 1946 = 2, 1990 = 1 }\nalign.GBR = { 1946 = 2 }\nalign.FRA = { 1946 = 1 }\nalign.RUS = { 1946 = -2 }\nalign.CHN = { 1946 = 0 }\n"
	if _, err := LoadAtlas(base(state(good)), "w"); err != nil {
		t.Fatalf("a good file: %v", err)
	}
	for _, c := range []struct{ extra, want string }{
		{strings.Replace(good, `"low"`, `"total"`, 1), "sovereignty total in 1946: use one of [low medium high]"},
		{strings.Replace(good, "sovereignty = { 1946 = \"low\" }\n", "", 1), "sovereignty is missing"},
		{strings.Replace(good, "align.CHN = { 1946 = 0 }\n", "", 1), "align.CHN is missing: give the alignment with each permanent member"},
		{good + "align.XYZ = { 1946 = 1 }\n", "align.XYZ: use the permanent members USA, GBR, FRA, RUS, CHN"},
		{strings.Replace(good, "align.GBR = { 1946 = 2 }", "align.GBR = { 1946 = 3 }", 1), "align.GBR 3 in 1946: use -2 (opposed) to 2 (close ally)"},
		{strings.Replace(good, "align.CHN = { 1946 = 0 }", "align.CHN = { 19x6 = 0 }", 1), `align.CHN key "19x6": use a year`},
	} {
		_, err := LoadAtlas(base(state(c.extra)), "w")
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "states-a.toml:") || strings.Contains(err.Error(), "\n") {
			t.Errorf("%q: got %v, want one line naming the file and saying %q", c.extra, err, c.want)
		}
	}
}

// A mistake in arrears.toml gets one line too; a good entry takes the
// member's Assembly vote away for its span, and only then.
func TestWorldArrearsFile(t *testing.T) {
	fsys := func(arrears string) fstest.MapFS {
		return fstest.MapFS{
			"w/states-a.toml": {Data: []byte("[[state]]\ncode = \"AAA\"\nname = \"Aland\"\ngroup = \"weog\"\nregion = \"western-europe\"\nun = [\"1945-10-24\"]\n" +
				"regime = { 1946 = \"democracy\" }\nlean = { 1946 = \"west\" }\npower = { 1946 = 4 }\nsovereignty = { 1946 = \"low\" }\n" +
				"align.USA = { 1946 = 2 }\nalign.GBR = { 1946 = 2 }\nalign.FRA = { 1946 = 1 }\nalign.RUS = { 1946 = -2 }\nalign.CHN = { 1946 = 0 }\n")},
			"w/organisations.toml": {Data: []byte("")},
			"w/ties.toml":          {Data: []byte("")},
			"w/council.toml":       {Data: []byte("permanent = []\n")},
			"w/arrears.toml":       {Data: []byte(arrears)},
		}
	}
	a, err := LoadAtlas(fsys("[[arrears]]\ncode = \"AAA\"\nfrom = 2021-01-13\nto = 2021-06-01\nsource = \"A/75/xxx\"\n"), "w")
	if err != nil {
		t.Fatalf("a good file: %v", err)
	}
	s, _ := a.State("AAA")
	for day, want := range map[string]bool{"2021-01-12": true, "2021-01-13": false, "2021-05-31": false, "2021-06-01": true} {
		if d, _ := game.ParseDate(day); s.VotesOn(d) != want {
			t.Errorf("%s: votes %v, want %v", day, !want, want)
		}
	}
	for _, c := range []struct{ file, want string }{
		{"[[arrears]]\ncode = \"ZZZ\"\nfrom = 2021-01-13\nsource = \"x\"\n", `arrears.toml:2: unknown state "ZZZ"`},
		{"[[arrears]]\ncode = \"AAA\"\nfrom = 1940-01-13\nsource = \"x\"\n", "arrears.toml:3: AAA was not a UN member on 1940-01-13"},
		{"[[arrears]]\ncode = \"AAA\"\nfrom = 2021-01-13\nto = 2020-01-01\nsource = \"x\"\n", "arrears.toml:4: AAA: to 2020-01-01 is not after from"},
		{"[[arrears]]\ncode = \"AAA\"\nfrom = 2021-01-13\n", "give the source"},
		{"[[arrears]]\ncode = \"AAA\"\nsource = \"x\"\n", "AAA: give from, the day it lost its vote"},
		{"[[arrears]]\ncode = \"AAA\"\nform = 2021-01-13\n", `unknown key "arrears.form"`},
	} {
		_, err := LoadAtlas(fsys(c.file), "w")
		if err == nil || !strings.Contains(err.Error(), c.want) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%q: got %v, want one line saying %q", c.file, err, c.want)
		}
	}
}

// A scenario's [[state]] overrides only what its case needs: a field that
// repeats what the atlas already says of the state on the start day is
// noise that hides the real overrides (issue #4).
func TestScenariosOverrideOnlyWhatDiffers(t *testing.T) {
	atlas, err := Atlas()
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range List() {
		src, _ := scenarioFS.ReadFile("scenarios/" + id + ".toml")
		var f File
		if _, err := toml.Decode(string(src), &f); err != nil {
			t.Fatal(err)
		}
		b := builder{atlas: atlas}
		for _, st := range f.States {
			def := b.fromAtlas(st.Code, f.Start)
			if def.Name == "" {
				continue // not in the atlas: the scenario says it all
			}
			var repeats []string
			if st.Name == def.Name {
				repeats = append(repeats, "name")
			}
			if st.Region == def.Region {
				repeats = append(repeats, "region")
			}
			if st.Regime == def.Regime {
				repeats = append(repeats, "regime")
			}
			if st.Permanent != nil && *st.Permanent == def.Permanent {
				repeats = append(repeats, "permanent")
			}
			if st.Military != nil && *st.Military == def.Military {
				repeats = append(repeats, "military")
			}
			// sovereignty also sets restraint, so it repeats the atlas
			// only when both come out as the atlas has them
			if st.Sovereignty != nil && *st.Sovereignty == def.Sovereignty && (st.Restraint != nil || def.Restraint == def.Sovereignty) {
				repeats = append(repeats, "sovereignty")
			}
			if st.Restraint != nil && *st.Restraint == def.Restraint && st.Sovereignty == nil {
				repeats = append(repeats, "restraint")
			}
			if len(repeats) > 0 {
				t.Errorf("%s.toml: [[state]] %s repeats the atlas's %s: delete the line(s)", id, st.Code, strings.Join(repeats, ", "))
			}
		}
	}
}
