package data

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/BurntSushi/toml"

	"github.com/chapter-vii/chapter7/game"
)

// The world data (data/world/*.toml): every state that has been a UN
// member, with its membership and era attributes (states-*.toml), the
// alliances and organisations with dated membership (organisations.toml),
// bilateral patrons, treaties and rivalries (ties.toml), and the Council's
// elected members year by year (council.toml). Each file names its sources.

type worldState struct {
	Code         string                    `toml:"code"`
	Name         string                    `toml:"name"`
	Group        string                    `toml:"group"`
	Region       string                    `toml:"region"`
	UN           []string                  `toml:"un"`
	Barred       []string                  `toml:"assembly_barred"`
	Successor    string                    `toml:"successor"`
	Colonial     string                    `toml:"colonial"`
	Independence int                       `toml:"independence"`
	Regime       map[string]string         `toml:"regime"`
	Lean         map[string]string         `toml:"lean"`
	Power        map[string]int            `toml:"power"`
	Nuclear      int                       `toml:"nuclear"`
	Sovereignty  map[string]string         `toml:"sovereignty"`
	Align        map[string]map[string]int `toml:"align"`
	Note         string                    `toml:"note"`
}

type worldOrg struct {
	ID      string   `toml:"id"`
	Name    string   `toml:"name"`
	Kind    string   `toml:"kind"`
	Source  string   `toml:"source"`
	Members []string `toml:"members"`
}

type worldTie struct {
	A      string `toml:"a"`
	B      string `toml:"b"`
	Kind   string `toml:"kind"`
	From   int    `toml:"from"`
	To     int    `toml:"to"`
	Source string `toml:"source"`
	Note   string `toml:"note"`
}

var (
	groups  = []string{"african", "asia-pacific", "eastern-european", "latin-american", "weog"}
	regions = []string{"north-africa", "west-africa", "central-africa", "east-africa", "southern-africa",
		"middle-east", "central-asia", "south-asia", "east-asia", "southeast-asia", "oceania",
		"north-america", "central-america", "caribbean", "south-america",
		"western-europe", "northern-europe", "southern-europe", "eastern-europe"}
	orgKinds = []string{game.OrgAlliance, game.OrgRegional, game.OrgMovement, game.OrgUnion, game.OrgCommunity}
	tieKinds = []string{game.TiePatron, game.TieAlly, game.TieFriendship, game.TieRival}
)

var (
	atlasOnce sync.Once
	atlas     *game.Atlas
	atlasErr  error
)

// Atlas returns the embedded world data, loaded once.
func Atlas() (*game.Atlas, error) {
	atlasOnce.Do(func() { atlas, atlasErr = LoadAtlas(scenarioFS, "world") })
	return atlas, atlasErr
}

// LoadAtlas reads and checks the world data in a folder of a file system.
func LoadAtlas(fsys fs.FS, dir string) (*game.Atlas, error) {
	read := func(name string, v any) (string, []byte, error) {
		src, err := fs.ReadFile(fsys, path.Join(dir, name))
		if err != nil {
			return name, nil, fmt.Errorf("%s: cannot read the world data: %v", name, errors.Unwrap(err))
		}
		md, err := toml.Decode(string(src), v)
		if err != nil {
			var pe toml.ParseError
			if errors.As(err, &pe) {
				return name, src, &Error{File: name, Line: pe.Position.Line, Msg: pe.Message + ": fix the TOML syntax or the value's type"}
			}
			return name, src, &Error{File: name, Msg: err.Error()}
		}
		if und := md.Undecoded(); len(und) > 0 {
			k := und[0]
			return name, src, &Error{File: name, Line: findKeyLine(src, k[len(k)-1]), Msg: fmt.Sprintf("unknown key %q: check its spelling against docs/world-data.md", k.String())}
		}
		return name, src, nil
	}

	var states []game.AtlasState
	files, _ := fs.Glob(fsys, path.Join(dir, "states-*.toml"))
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: no states-*.toml files: the world data is missing", dir)
	}
	for _, f := range files {
		var doc struct {
			State []worldState `toml:"state"`
		}
		name, src, err := read(path.Base(f), &doc)
		if err != nil {
			return nil, err
		}
		for i, ws := range doc.State {
			s, err := buildState(ws)
			if err != nil {
				return nil, &Error{File: name, Line: tableKeyLine(src, "state", i, "code"), Msg: err.Error()}
			}
			states = append(states, s)
		}
	}
	known := make(map[string]bool, len(states))
	for _, s := range states {
		if known[s.Code] {
			return nil, fmt.Errorf("world data: state %q is written twice: keep one [[state]]", s.Code)
		}
		known[s.Code] = true
	}
	checkCode := func(field, code string) error {
		if !known[code] {
			return fmt.Errorf("%s: unknown state %q: add it to a states-*.toml file or fix the code", field, code)
		}
		return nil
	}
	for _, s := range states {
		for field, c := range map[string]string{"successor": s.Successor, "colonial": s.Colonial} {
			if c != "" {
				if err := checkCode(s.Code+" "+field, c); err != nil {
					return nil, err
				}
			}
		}
	}

	var orgDoc struct {
		Org []worldOrg `toml:"org"`
	}
	name, src, err := read("organisations.toml", &orgDoc)
	if err != nil {
		return nil, err
	}
	if len(orgDoc.Org) > 64 {
		return nil, &Error{File: name, Msg: "more than 64 organisations: the model keeps them in a 64-bit set; merge or drop some"}
	}
	var orgs []game.Org
	var members []game.AtlasMembership
	for i, o := range orgDoc.Org {
		fail := func(key, format string, args ...any) error {
			return &Error{File: name, Line: tableKeyLine(src, "org", i, key), Msg: fmt.Sprintf(format, args...)}
		}
		if o.ID == "" {
			return nil, fail("id", "an [[org]] needs an id")
		}
		if !slices.Contains(orgKinds, o.Kind) {
			return nil, fail("kind", "org %s: kind %q: use one of %s", o.ID, o.Kind, strings.Join(orgKinds, ", "))
		}
		orgs = append(orgs, game.Org{ID: o.ID, Name: o.Name, Kind: o.Kind, Source: o.Source})
		for _, m := range o.Members {
			code, span, _ := strings.Cut(strings.TrimSpace(m), " ")
			sp, err := parseSpan(strings.TrimSpace(span))
			if err != nil {
				return nil, fail("members", "org %s: member %q: %v", o.ID, m, err)
			}
			if !known[code] {
				return nil, fail("members", "org %s: unknown state %q: add it to a states-*.toml file or fix the code", o.ID, code)
			}
			members = append(members, game.AtlasMembership{Org: o.ID, State: code, Span: sp})
		}
	}

	var tieDoc struct {
		Tie []worldTie `toml:"tie"`
	}
	name, src, err = read("ties.toml", &tieDoc)
	if err != nil {
		return nil, err
	}
	ties := make([]game.Tie, 0, len(tieDoc.Tie))
	for i, t := range tieDoc.Tie {
		fail := func(key, format string, args ...any) error {
			return &Error{File: name, Line: tableKeyLine(src, "tie", i, key), Msg: fmt.Sprintf(format, args...)}
		}
		for _, c := range []string{t.A, t.B} {
			if !known[c] {
				return nil, fail("a", "tie %s–%s: unknown state %q: fix the code", t.A, t.B, c)
			}
		}
		if !slices.Contains(tieKinds, t.Kind) {
			return nil, fail("kind", "tie %s–%s: kind %q: use one of %s", t.A, t.B, t.Kind, strings.Join(tieKinds, ", "))
		}
		if t.From < 1900 || (t.To != 0 && t.To < t.From) {
			return nil, fail("from", "tie %s–%s: years %d–%d: give from as a year, and to (if any) not before it", t.A, t.B, t.From, t.To)
		}
		ties = append(ties, game.Tie{A: t.A, B: t.B, Kind: t.Kind, From: t.From, To: t.To, Source: t.Source})
	}

	var council struct {
		Permanent []string            `toml:"permanent"`
		Elected   map[string][]string `toml:"elected"`
	}
	name, src, err = read("council.toml", &council)
	if err != nil {
		return nil, err
	}
	elected := make(map[int][]string, len(council.Elected))
	for y, codes := range council.Elected {
		year, err := strconv.Atoi(y)
		if err != nil || year < 1946 {
			return nil, &Error{File: name, Line: findKeyLine(src, y), Msg: fmt.Sprintf("year %q: write the year from 1946 on as the key", y)}
		}
		want := 10
		if year < 1966 {
			want = 6
		}
		if len(codes) != want {
			return nil, &Error{File: name, Line: findKeyLine(src, y), Msg: fmt.Sprintf("%d: %d elected members, the Council had %d that year", year, len(codes), want)}
		}
		for _, c := range codes {
			if !known[c] {
				return nil, &Error{File: name, Line: findKeyLine(src, y), Msg: fmt.Sprintf("%d: unknown state %q: fix the code", year, c)}
			}
		}
		elected[year] = codes
	}
	if err := readArrears(fsys, dir, read, states); err != nil {
		return nil, err
	}
	return game.NewAtlas(states, orgs, members, ties, elected), nil
}

// readArrears adds to the states the spans in which they had no vote in
// the Assembly under Article 19 (arrears.toml; the file is optional).
func readArrears(fsys fs.FS, dir string, read func(string, any) (string, []byte, error), states []game.AtlasState) error {
	if _, err := fs.Stat(fsys, path.Join(dir, "arrears.toml")); err != nil {
		return nil
	}
	var doc struct {
		Arrears []struct {
			Code   string    `toml:"code"`
			From   game.Date `toml:"from"`
			To     game.Date `toml:"to"`
			Source string    `toml:"source"`
			Note   string    `toml:"note"`
		} `toml:"arrears"`
	}
	name, src, err := read("arrears.toml", &doc)
	if err != nil {
		return err
	}
	for i, r := range doc.Arrears {
		fail := func(key, format string, args ...any) error {
			return &Error{File: name, Line: tableKeyLine(src, "arrears", i, key), Msg: fmt.Sprintf(format, args...)}
		}
		k := slices.IndexFunc(states, func(s game.AtlasState) bool { return s.Code == r.Code })
		switch {
		case k < 0:
			return fail("code", "unknown state %q: fix the code", r.Code)
		case r.From == 0:
			return fail("code", "%s: give from, the day it lost its vote, as from = 2021-01-13", r.Code)
		case !states[k].MemberOn(r.From):
			return fail("from", "%s was not a UN member on %s: fix the date or the code", r.Code, r.From)
		case r.To != 0 && r.To <= r.From:
			return fail("to", "%s: to %s is not after from %s: to is the first day it could vote again", r.Code, r.To, r.From)
		case r.Source == "":
			return fail("code", "%s: give the source (the Secretary-General's letter or a report)", r.Code)
		}
		states[k].Arrears = append(states[k].Arrears, game.Span{From: r.From, To: r.To})
	}
	return nil
}

func buildState(ws worldState) (game.AtlasState, error) {
	s := game.AtlasState{Code: ws.Code, Name: ws.Name, Group: ws.Group, Region: ws.Region,
		Successor: ws.Successor, Colonial: ws.Colonial, Independence: ws.Independence, Nuclear: ws.Nuclear}
	if len(ws.Code) != 3 || strings.ToUpper(ws.Code) != ws.Code {
		return s, fmt.Errorf("code %q: use a three-letter upper-case code (ISO 3166 alpha-3)", ws.Code)
	}
	if ws.Name == "" {
		return s, fmt.Errorf("%s: give the state a name", ws.Code)
	}
	if !slices.Contains(groups, ws.Group) {
		return s, fmt.Errorf("%s: group %q: use one of %s", ws.Code, ws.Group, strings.Join(groups, ", "))
	}
	if !slices.Contains(regions, ws.Region) {
		return s, fmt.Errorf("%s: region %q: use one of %s", ws.Code, ws.Region, strings.Join(regions, ", "))
	}
	for _, u := range ws.UN {
		sp, err := parseSpan(u)
		if err != nil {
			return s, fmt.Errorf("%s: un %q: %v", ws.Code, u, err)
		}
		s.UN = append(s.UN, sp)
	}
	for _, u := range ws.Barred {
		sp, err := parseSpan(u)
		if err != nil {
			return s, fmt.Errorf("%s: assembly_barred %q: %v", ws.Code, u, err)
		}
		s.Barred = append(s.Barred, sp)
	}
	var err error
	if s.Regime, err = era(ws.Code, "regime", ws.Regime, game.RegimeNames); err != nil {
		return s, err
	}
	if s.Lean, err = era(ws.Code, "lean", ws.Lean, game.LeanNames); err != nil {
		return s, err
	}
	for y, p := range ws.Power {
		if p < 1 || p > 5 {
			return s, fmt.Errorf("%s: power %d in %s: use a tier from 1 (superpower) to 5 (small state)", ws.Code, p, y)
		}
	}
	power, err := era(ws.Code, "power", ws.Power, nil)
	if err != nil {
		return s, err
	}
	s.Power = power
	if s.Sovereignty, err = era(ws.Code, "sovereignty", ws.Sovereignty, game.SovereigntyNames); err != nil {
		return s, err
	}
	for _, p := range game.AlignWith {
		if len(ws.Align[p]) == 0 {
			return s, fmt.Errorf("%s: align.%s is missing: give the alignment with each permanent member as align.%s = { YEAR = -2..2 }", ws.Code, p, p)
		}
	}
	for p, m := range ws.Align {
		i := slices.Index(game.AlignWith[:], p)
		if i < 0 {
			return s, fmt.Errorf("%s: align.%s: use the permanent members %s (RUS stands for Moscow, the USSR included)", ws.Code, p, strings.Join(game.AlignWith[:], ", "))
		}
		for y, v := range m {
			if v < -2 || v > 2 {
				return s, fmt.Errorf("%s: align.%s %d in %s: use -2 (opposed) to 2 (close ally)", ws.Code, p, v, y)
			}
		}
		if s.Align[i], err = era(ws.Code, "align."+p, m, nil); err != nil {
			return s, err
		}
	}
	return s, nil
}

// era reads a table of values by year; allowed (if any) lists the values.
func era[T comparable](code, field string, m map[string]T, allowed []T) (game.Era[T], error) {
	if len(m) == 0 {
		return nil, fmt.Errorf("%s: %s is missing: give it as { YEAR = value }", code, field)
	}
	var e game.Era[T]
	for y, v := range m {
		year, err := strconv.Atoi(y)
		if err != nil || year < 1800 || year > 2100 {
			return nil, fmt.Errorf("%s: %s key %q: use a year such as 1946", code, field, y)
		}
		if allowed != nil && !slices.Contains(allowed, v) {
			return nil, fmt.Errorf("%s: %s %v in %d: use one of %v", code, field, v, year, allowed)
		}
		e = append(e, game.Change[T]{Year: year, Value: v})
	}
	sort.Slice(e, func(i, j int) bool { return e[i].Year < e[j].Year })
	return e, nil
}

// parseSpan reads "FROM" or "FROM..TO" (ISO dates).
func parseSpan(s string) (game.Span, error) {
	from, to, hasTo := strings.Cut(s, "..")
	var sp game.Span
	var err error
	if sp.From, err = game.ParseDate(strings.TrimSpace(from)); err != nil {
		return sp, fmt.Errorf("write the span as YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD")
	}
	if hasTo {
		if sp.To, err = game.ParseDate(strings.TrimSpace(to)); err != nil || sp.To <= sp.From {
			return sp, fmt.Errorf("the end must be a date after the start, as YYYY-MM-DD")
		}
	}
	return sp, nil
}
