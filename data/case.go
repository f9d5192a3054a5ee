package data

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/chapter-vii/chapter7/game"
)

// A case file describes one vote to predict (`chapter7 predict`): the
// body and date, the situation and the draft. docs/predict.md gives the
// format. Files may also carry a title, a source and the [expected]
// record, which the tests compare against.

type caseFile struct {
	Title     string    `toml:"title"`
	Source    string    `toml:"source"`
	Notes     string    `toml:"notes"`
	Date      game.Date `toml:"date"`
	Body      string    `toml:"body"`
	Members   []string  `toml:"members"`
	Absent    []string  `toml:"absent"`
	Situation struct {
		Kind      string   `toml:"kind"`
		Aggressor []string `toml:"aggressor"`
		Victim    []string `toml:"victim"`
	} `toml:"situation"`
	Draft struct {
		Sponsors []string `toml:"sponsors"`
		Chapter  int      `toml:"chapter"`
		Clauses  []string `toml:"clauses"`
	} `toml:"draft"`
	// Expected is decoded on its own: only a check reads it.
	Expected toml.Primitive `toml:"expected"`
}

// Expected is the recorded outcome of a case: each member's vote (Council)
// or the totals and named dissenters (Assembly).
type Expected struct {
	Votes        map[string]string `toml:"votes"`
	Adopted      bool              `toml:"adopted"`
	VetoedBy     []string          `toml:"vetoed_by"`
	Yes          int               `toml:"yes"`
	No           int               `toml:"no"`
	Abstain      int               `toml:"abstain"`
	Absent       int               `toml:"absent"` // not voting
	NoNamed      []string          `toml:"no_named"`
	AbstainNamed []string          `toml:"abstain_named"`
	AbsentNamed  []string          `toml:"absent_named"` // not voting
}

// CaseDoc is a loaded case file.
type CaseDoc struct {
	Name     string
	Title    string
	Case     game.Case
	Expected *Expected // nil when the file has no record, or it was not read
	// Warnings are keys the file carries that a case does not use: they
	// are ignored, and said.
	Warnings []string
}

// Whether ParseCase reads the [expected] record. A prediction does not
// need it, so a record in another shape does not stop one; a check does.
const (
	skipRecord = false
	readRecord = true
)

// LoadCase reads a case file from disk and checks it against the atlas.
func LoadCase(path string) (*CaseDoc, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("%s: no such file: check the path", path)
		}
		return nil, fmt.Errorf("%s: cannot read: %v", path, errors.Unwrap(err))
	}
	a, err := Atlas()
	if err != nil {
		return nil, err
	}
	return ParseCase(a, filepath.Base(path), src, skipRecord)
}

// typeMismatch picks the line, the key and the finding out of a TOML
// decoding error, without the Go types it names.
var typeMismatch = regexp.MustCompile(`line (\d+) \(last key "([^"]*)"\): .*: ([^:]*)$`)

const caseShape = `a case file has one [situation] and one [draft] table, a date like 1990-11-29 and lists like ["USA", "GBR"] (docs/predict.md)`

// typeError is a value of the wrong type, in a case file's words, and
// what the file should hold instead (fix).
func typeError(name string, err error, fix string) error {
	m := typeMismatch.FindStringSubmatch(err.Error())
	if m == nil {
		return &Error{File: name, Msg: err.Error() + ": " + fix}
	}
	line, _ := strconv.Atoi(m[1])
	found := strings.NewReplacer("[]map[string]any", "a list of tables [[...]]", "map[string]any", "a table",
		"TOML value has type ", "found a ", "destination has type slice", "expected a list",
		"destination has type ", "expected a ", "a int64", "a number", "a float64", "a number").Replace(m[3])
	return &Error{File: name, Line: line, Msg: fmt.Sprintf("%s: %s: %s", m[2], found, fix)}
}

// ParseCase reads and checks a case file, and its [expected] record when
// record is true (readRecord).
func ParseCase(a *game.Atlas, name string, src []byte, record bool) (*CaseDoc, error) {
	var f caseFile
	md, err := toml.Decode(string(src), &f)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return nil, &Error{File: name, Line: pe.Position.Line, Msg: pe.Message + ": fix the TOML syntax or the value's type"}
		}
		return nil, typeError(name, err, caseShape)
	}
	// A misspelt key in [situation] or [draft] would change the
	// prediction: it is an error. Other keys (a title, notes, a table of
	// one's own) are ignored, with a warning.
	var warnings []string
	undecoded := md.Undecoded()
	for _, k := range undecoded {
		switch {
		case k[0] == "expected":
			continue
		case k[0] == "situation" || k[0] == "draft":
			return nil, &Error{File: name, Line: findKeyLine(src, k[len(k)-1]), Msg: fmt.Sprintf("unknown key %q: [situation] takes kind, aggressor and victim; [draft] takes sponsors, chapter and clauses (docs/predict.md)", k.String())}
		case len(k) == 1 || !slices.ContainsFunc(undecoded, func(o toml.Key) bool { return len(o) == 1 && o[0] == k[0] }):
			line := findKeyLine(src, k[len(k)-1])
			if md.Type(k...) == "Hash" {
				line = tableKeyLine(src, k.String(), -1, "")
			}
			warnings = append(warnings, (&Error{File: name, Line: line, Msg: fmt.Sprintf("key %q ignored: a case reads date, body, members, absent, [situation] and [draft] (docs/predict.md)", k.String())}).Error())
		}
	}
	fail := func(table, key, format string, args ...any) error {
		i := -1
		if table == "" {
			i = 0
		}
		return &Error{File: name, Line: tableKeyLine(src, table, i, key), Msg: fmt.Sprintf(format, args...)}
	}
	c := game.Case{Date: f.Date, Body: f.Body, Absent: f.Absent, Kind: f.Situation.Kind,
		Aggressors: f.Situation.Aggressor, Victims: f.Situation.Victim,
		Sponsors: f.Draft.Sponsors, Chapter: f.Draft.Chapter}
	if !md.IsDefined("date") {
		return nil, fail("", "date", "date is missing: give the day of the vote, as date = 1990-11-29")
	}
	if c.Date < game.MakeDate(1946, 1, 1) || c.Date.Year() > 2026 {
		return nil, fail("", "date", "date %s: the atlas covers 1946 to 2026; give a date in those years", c.Date)
	}
	if c.Body == "" {
		c.Body = game.CaseSC
	}
	if c.Body != game.CaseSC && c.Body != game.CaseGA {
		return nil, fail("", "body", "body %q: use \"sc\" (Security Council) or \"ga\" (General Assembly)", c.Body)
	}
	codes := func(table, key string, list []string) error {
		for i, code := range list {
			code = game.CanonicalCode(code)
			list[i] = code
			if _, ok := a.State(code); !ok {
				return fail(table, key, "%s: unknown state %q: use a UN Digital Library code (ISO 3166 alpha-3, or SUN, YUG, CSK, DDR, YMD, RHO for states that ended)", key, code)
			}
		}
		return nil
	}
	for _, chk := range []struct {
		table, key string
		list       []string
	}{{"", "members", f.Members}, {"", "absent", f.Absent}, {"situation", "aggressor", c.Aggressors},
		{"situation", "victim", c.Victims}, {"draft", "sponsors", c.Sponsors}} {
		if err := codes(chk.table, chk.key, chk.list); err != nil {
			return nil, err
		}
	}
	if c.Body == game.CaseSC {
		c.Members = f.Members
		if len(c.Members) == 0 {
			m, ok := a.CouncilOn(c.Date)
			if !ok {
				return nil, fail("", "members", "the atlas lacks the Council of %d: list the members", c.Date.Year())
			}
			c.Members = m
		}
		for i, m := range c.Members {
			if slices.Contains(c.Members[:i], m) {
				return nil, fail("", "members", "members: %s is listed twice", m)
			}
		}
		for _, p := range game.PermanentOn(c.Date) {
			if !slices.Contains(c.Members, p) {
				return nil, fail("", "members", "members: the permanent member %s is missing (on %s the permanent members were %s)", p, c.Date, strings.Join(game.PermanentOn(c.Date), ", "))
			}
		}
		if size := game.RulesOn(c.Date).Size; len(c.Members) != size {
			return nil, fail("", "members", "members: %d listed, the Council had %d members on %s: list every member", len(c.Members), size, c.Date)
		}
		if c.Chapter == 0 {
			return nil, fail("draft", "chapter", "[draft] chapter is missing: write chapter = 6 or chapter = 7")
		}
		if c.Chapter != 6 && c.Chapter != 7 {
			return nil, fail("draft", "chapter", "[draft] chapter %d: write 6 or 7", c.Chapter)
		}
	} else if len(f.Members) > 0 {
		return nil, fail("", "members", "members: leave it out for the General Assembly, whose members are every UN member on the date")
	}
	if c.Kind == "" {
		return nil, fail("situation", "kind", "[situation] kind is missing: use one of %s", game.SituationKinds())
	}
	if !game.ValidSituationKind(c.Kind) {
		return nil, fail("situation", "kind", "[situation] kind %q: use one of %s", c.Kind, game.SituationKinds())
	}
	if len(f.Draft.Clauses) == 0 {
		return nil, fail("draft", "clauses", "[draft] clauses is missing: list clause ids such as [\"condemn\", \"demand-withdrawal\"]")
	}
	for _, s := range f.Draft.Clauses {
		cl, err := ParseClause(s)
		if err != nil {
			return nil, fail("draft", "clauses", "[draft] clauses: %v", err)
		}
		c.Clauses = append(c.Clauses, cl)
	}
	doc := &CaseDoc{Name: name, Title: f.Title, Case: c, Warnings: warnings}
	if !record || !md.IsDefined("expected") {
		return doc, nil
	}
	e := &Expected{}
	if err := md.PrimitiveDecode(f.Expected, e); err != nil {
		return nil, typeError(name, err, "the [expected] record takes votes = { USA = \"Y\", … }, adopted = true or false, vetoed_by = [\"SUN\"] (docs/predict.md)")
	}
	for _, k := range md.Undecoded() {
		if k[0] == "expected" && len(k) == 2 {
			return nil, &Error{File: name, Line: tableKeyLine(src, "expected", -1, k[1]), Msg: fmt.Sprintf("unknown key %q: [expected] takes votes, adopted, vetoed_by, yes, no, abstain, absent and the named lists (docs/predict.md)", k.String())}
		}
	}
	doc.Expected = e
	for code, v := range e.Votes {
		if v != "Y" && v != "N" && v != "A" && v != "X" {
			return nil, fail("expected", "votes", "[expected] votes: %s = %q: write Y, N, A or X", code, v)
		}
		if !slices.Contains(c.Members, code) {
			return nil, fail("expected", "votes", "[expected] votes: %s is not among the members", code)
		}
	}
	seen := map[string]string{}
	for _, named := range []struct {
		key   string
		codes []string
	}{{"no_named", e.NoNamed}, {"abstain_named", e.AbstainNamed}, {"absent_named", e.AbsentNamed}} {
		for _, code := range named.codes {
			if s, ok := a.State(code); !ok || !s.MemberOn(c.Date) {
				return nil, fail("expected", named.key, "[expected] %s: %s was not a UN member on %s: fix the code", named.key, code, c.Date)
			}
			if other, dup := seen[code]; dup {
				return nil, fail("expected", named.key, "[expected] %s: %s is also in %s: keep one", named.key, code, other)
			}
			seen[code] = named.key
		}
	}
	return doc, nil
}
