package data

import (
	"strings"
	"testing"
	"testing/fstest"
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
