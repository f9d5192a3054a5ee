// Package data holds Chapter VII's scenarios as TOML files, embedded in the
// binary, and the loader that turns them into game values. Every fact in a
// scenario file carries its source in a comment.
package data

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/chapter-vii/chapter7/game"
)

//go:embed scenarios/*.toml world/*.toml
var scenarioFS embed.FS

// File is a scenario file as written.
type File struct {
	ID            string     `toml:"id"`
	Title         string     `toml:"title"`
	Summary       string     `toml:"summary"`
	Start         game.Date  `toml:"start"`
	End           game.Date  `toml:"end"`
	TurnDays      int        `toml:"turn_days"`
	Authority     float64    `toml:"authority"`
	Tension       float64    `toml:"tension"`
	RegularBudget float64    `toml:"regular_budget"`
	Sources       []string   `toml:"sources"`
	Tutorial      bool       `toml:"tutorial"`
	Flags         []string   `toml:"flags"`
	Cadence       []cadence  `toml:"cadence"`
	Theatre       theatre    `toml:"theatre"`
	States        []state    `toml:"state"`
	Relations     []relation `toml:"relation"`
	Trade         []trade    `toml:"trade"`
	Council       []council  `toml:"council"`
	Events        []event    `toml:"event"`
	Drafts        []draft    `toml:"draft"`
	Seats         []seat     `toml:"seat"`
}

type cadence struct {
	From game.Date `toml:"from"`
	Days int       `toml:"days"`
}

type theatre struct {
	Name            string   `toml:"name"`
	Kind            string   `toml:"kind"`
	Aggressors      []string `toml:"aggressors"`
	Victims         []string `toml:"victims"`
	Clarity         float64  `toml:"clarity"`
	Control         float64  `toml:"control"`
	AggressorForces float64  `toml:"aggressor_forces"`
	DefenderForces  float64  `toml:"defender_forces"`
	Hostages        float64  `toml:"hostages"`
	Refugees        float64  `toml:"refugees"`
	Map             []string `toml:"map"`
	AirWeeks        float64  `toml:"air_weeks"`
	Groups          []string `toml:"groups"`
}

type state struct {
	Code              string   `toml:"code"`
	Name              string   `toml:"name"`
	Region            string   `toml:"region"`
	Blocs             []string `toml:"blocs"`
	Regime            string   `toml:"regime"`
	Permanent         *bool    `toml:"permanent"`
	NonMember         *bool    `toml:"non_member"`
	Sovereignty       *float64 `toml:"sovereignty"`
	Restraint         *float64 `toml:"restraint"`
	BoundaryGrievance float64  `toml:"boundary_grievance"`
	Military          *float64 `toml:"military"`
	Economy           float64  `toml:"economy"`
	Troops            float64  `toml:"troops"`
	Patron            string   `toml:"patron"`
	Assessment        float64  `toml:"assessment"`
	Arrears           float64  `toml:"arrears"`
	PayRate           *float64 `toml:"pay_rate"`
	Opinion           *float64 `toml:"opinion"`
}

type relation struct {
	From  string  `toml:"from"`
	To    string  `toml:"to"`
	Value float64 `toml:"value"`
	Both  bool    `toml:"both"`
}

type trade struct {
	From  string  `toml:"from"`
	To    string  `toml:"to"`
	Share float64 `toml:"share"`
}

type council struct {
	Year    int      `toml:"year"`
	Members []string `toml:"members"`
}

type condition struct {
	After      game.Date `toml:"after"`
	Before     game.Date `toml:"before"`
	Flags      []string  `toml:"flags"`
	NoFlags    []string  `toml:"no_flags"`
	Adopted    []string  `toml:"adopted"`
	MinControl float64   `toml:"min_control"`
	MaxControl float64   `toml:"max_control"`
}

type relDelta struct {
	From  string  `toml:"from"`
	To    string  `toml:"to"`
	Delta float64 `toml:"delta"`
}

type effect struct {
	SetFlags        []string   `toml:"set_flags"`
	ClearFlags      []string   `toml:"clear_flags"`
	Clarity         float64    `toml:"clarity"`
	Tension         float64    `toml:"tension"`
	Authority       float64    `toml:"authority"`
	Control         *float64   `toml:"control"`
	Hostages        float64    `toml:"hostages"`
	Refugees        float64    `toml:"refugees"`
	CiviliansKilled float64    `toml:"civilians_killed"`
	AggressorForces float64    `toml:"aggressor_forces"`
	Relations       []relDelta `toml:"relation"`
}

type event struct {
	ID         string    `toml:"id"`
	Kind       string    `toml:"kind"`
	Actors     []string  `toml:"actors"`
	Text       string    `toml:"text"`
	Historical bool      `toml:"historical"`
	When       condition `toml:"when"`
	Effect     effect    `toml:"effect"`
}

type draft struct {
	Symbol   string    `toml:"symbol"`
	Title    string    `toml:"title"`
	Date     game.Date `toml:"date"`
	Chapter  int       `toml:"chapter"`
	Clauses  []string  `toml:"clauses"`
	Sponsors []string  `toml:"sponsors"`
	Absent   []string  `toml:"absent"`
	Kind     string    `toml:"kind"`
	Against  []string  `toml:"against"`
	For      []string  `toml:"for"`
	When     condition `toml:"when"`
}

type objective struct {
	Text   string  `toml:"text"`
	Goal   string  `toml:"goal"`
	Target float64 `toml:"target"`
}

type seat struct {
	Code       string      `toml:"code"`
	Briefing   string      `toml:"briefing"`
	Objectives []objective `toml:"objective"`
}

// Error is a problem in a scenario file: where it is and how to fix it.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	msg := strings.ReplaceAll(e.Msg, "\n", `\n`)
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, msg)
	}
	return fmt.Sprintf("%s: %s", e.File, msg)
}

// List returns the ids of the embedded scenarios in the order of history
// (by start date).
func List() []string {
	entries, _ := fs.ReadDir(scenarioFS, "scenarios")
	type entry struct {
		id    string
		start game.Date
	}
	var all []entry
	for _, e := range entries {
		id := strings.TrimSuffix(e.Name(), ".toml")
		var head struct {
			Start game.Date `toml:"start"`
		}
		src, _ := scenarioFS.ReadFile("scenarios/" + e.Name())
		toml.Decode(string(src), &head)
		all = append(all, entry{id, head.Start})
	}
	sort.Slice(all, func(i, j int) bool {
		return all[i].start < all[j].start || all[i].start == all[j].start && all[i].id < all[j].id
	})
	ids := make([]string, len(all))
	for i, e := range all {
		ids[i] = e.id
	}
	return ids
}

// Load returns an embedded scenario by id.
func Load(id string) (*game.Scenario, error) {
	if strings.HasPrefix(id, "generated-") {
		return loadGenerated(id)
	}
	src, err := scenarioFS.ReadFile("scenarios/" + id + ".toml")
	if err != nil {
		return nil, fmt.Errorf("unknown scenario %q: use one of %s (chapter7 scenario list)", id, strings.Join(List(), ", "))
	}
	return Parse(id+".toml", src)
}

// LoadFile reads a scenario from a file on disk.
func LoadFile(path string) (*game.Scenario, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("%s: no such file: check the path", path)
		}
		return nil, fmt.Errorf("%s: cannot read: %v", path, errors.Unwrap(err))
	}
	return Parse(filepath.Base(path), src)
}

// LoadAny loads an embedded scenario by id, or a file when the argument is a path.
func LoadAny(idOrPath string) (*game.Scenario, error) {
	if strings.HasSuffix(idOrPath, ".toml") || strings.ContainsRune(idOrPath, os.PathSeparator) {
		return LoadFile(idOrPath)
	}
	return Load(idOrPath)
}

// Parse reads and validates a scenario file.
func Parse(name string, src []byte) (*game.Scenario, error) {
	var f File
	md, err := toml.Decode(string(src), &f)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return nil, &Error{File: name, Line: pe.Position.Line, Msg: pe.Message + ": fix the TOML syntax or the value's type"}
		}
		return nil, &Error{File: name, Msg: err.Error()}
	}
	if und := md.Undecoded(); len(und) > 0 {
		k := und[0]
		last := k[len(k)-1]
		return nil, &Error{File: name, Line: findKeyLine(src, last), Msg: fmt.Sprintf("unknown key %q: check its spelling against docs/scenario-format.md", k.String())}
	}
	atlas, err := Atlas()
	if err != nil {
		return nil, err
	}
	b := builder{name: name, src: src, f: &f, atlas: atlas}
	sc, err := b.build()
	if err != nil {
		return nil, err
	}
	sc.Atlas = atlas
	return sc, nil
}
