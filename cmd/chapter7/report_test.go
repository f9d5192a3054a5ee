package main

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the report goldens in testdata/")

// The after-action report of both historical cases on the historical
// track, as an instructor would hand it out: any change to what it says
// shows up here (go test ./cmd/chapter7 -run ReportGolden -update to
// accept a deliberate one).
func TestReportGolden(t *testing.T) {
	for _, id := range []string{"kuwait-1991", "kosovo-1999"} {
		code, out, errOut := runCLI("report", "autopilot:"+id, "--markdown")
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", id, code, errOut)
		}
		path := filepath.Join("testdata", "report-"+id+".md")
		if *update {
			if err := os.WriteFile(path, []byte(out), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run with -update to create it)", err)
		}
		if out != string(want) {
			t.Errorf("%s: the report changed; diff it against %s, and run with -update if the change is meant", id, path)
		}
		for _, s := range []string{"The four conditions", "Votes, beside history", "For discussion", "Timeline, beside history"} {
			if !strings.Contains(out, s) {
				t.Errorf("%s: the report lacks %q", id, s)
			}
		}
	}
}
