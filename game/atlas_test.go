package game

import (
	"slices"
	"testing"
)

// fixtureAtlas is a small world: three permanent members of the West, the
// Soviet Union and its successor, China, an aggressor with a Soviet patron,
// its victim, and members enough to fill a Council.
func fixtureAtlas() *Atlas {
	st := func(code, group string, un []Span, regime, lean string, power int) AtlasState {
		return AtlasState{Code: code, Name: code, Group: group, Region: "middle-east", UN: un,
			Regime: Era[string]{{1946, regime}}, Lean: Era[string]{{1946, lean}}, Power: Era[int]{{1946, power}}}
	}
	always := []Span{{From: MakeDate(1945, 10, 24)}}
	states := []AtlasState{
		st("USA", "weog", always, "democracy", "west", 1),
		st("GBR", "weog", always, "democracy", "west", 2),
		st("FRA", "weog", always, "democracy", "west", 2),
		st("SUN", "eastern-european", []Span{{MakeDate(1945, 10, 24), sovietSeatEnds}}, "communist", "east", 1),
		st("RUS", "eastern-european", []Span{{From: sovietSeatEnds}}, "hybrid", "east", 2),
		st("CHN", "asia-pacific", always, "communist", "nonaligned", 2),
		st("AGG", "asia-pacific", always, "autocracy", "east-lean", 3),
		st("VIC", "asia-pacific", always, "monarchy", "west-lean", 5),
	}
	var elected []string
	for _, c := range []string{"AAA", "BBB", "CCC", "DDD", "EEE", "FFF", "GGG", "HHH", "III", "JJJ"} {
		states = append(states, st(c, "african", always, "democracy", "west-lean", 5))
		elected = append(elected, c)
	}
	orgs := []Org{{ID: "nato", Kind: OrgAlliance}, {ID: "nam", Kind: OrgMovement}}
	members := []AtlasMembership{
		{"nato", "USA", Span{From: MakeDate(1949, 8, 24)}},
		{"nato", "GBR", Span{From: MakeDate(1949, 8, 24)}},
		{"nam", "AGG", Span{From: MakeDate(1961, 9, 1)}},
	}
	ties := []Tie{{A: "SUN", B: "AGG", Kind: TiePatron, From: 1972, To: 1990}, {A: "AGG", B: "VIC", Kind: TieRival, From: 1961}}
	return NewAtlas(states, orgs, members, ties, map[int][]string{1990: elected, 1995: elected})
}

func TestEraAndSpan(t *testing.T) {
	e := Era[string]{{1946, "monarchy"}, {1958, "military"}, {1979, "autocracy"}}
	for year, want := range map[int]string{1940: "monarchy", 1957: "monarchy", 1958: "military", 1990: "autocracy"} {
		if got := e.At(year); got != want {
			t.Errorf("At(%d) = %s, want %s", year, got, want)
		}
	}
	s := Span{From: MakeDate(1950, 9, 28), To: MakeDate(1965, 1, 20)}
	if !s.Has(MakeDate(1960, 1, 1)) || s.Has(MakeDate(1965, 1, 20)) || s.Has(MakeDate(1950, 9, 27)) {
		t.Error("a span covers its first day and stops before its last")
	}
}

func TestAtlasCouncilAndSeats(t *testing.T) {
	a := fixtureAtlas()
	c, ok := a.CouncilOn(MakeDate(1990, 11, 29))
	if !ok || len(c) != 15 || !slices.Contains(c, "SUN") || slices.Contains(c, "RUS") {
		t.Fatalf("1990 Council = %v, %v; want 15 members with the Soviet Union", c, ok)
	}
	c, _ = a.CouncilOn(MakeDate(1995, 1, 1))
	if !slices.Contains(c, "RUS") || slices.Contains(c, "SUN") {
		t.Errorf("1995 Council = %v: Russia holds the Soviet seat", c)
	}
	if _, ok := a.CouncilOn(MakeDate(1980, 1, 1)); ok {
		t.Error("a year the data lacks must be reported, not invented")
	}
	if got := a.MembersOn(MakeDate(1990, 1, 1)); slices.Contains(got, "RUS") || !slices.Contains(got, "SUN") {
		t.Errorf("members in 1990: %v", got)
	}
}

func TestAtlasRelations(t *testing.T) {
	a := fixtureAtlas()
	rel := func(d Date, x, y string) float64 {
		v := a.On(d)
		i, _ := v.ID(x)
		j, _ := v.ID(y)
		return v.Rel(i, j)
	}
	d := MakeDate(1985, 6, 1)
	if r := rel(d, "SUN", "AGG"); r < 50 {
		t.Errorf("a patron and its client: %v, want a strong tie", r)
	}
	if r := rel(MakeDate(1991, 6, 1), "SUN", "AGG"); r > rel(d, "SUN", "AGG")-30 {
		t.Errorf("the patronage ended in 1990, the tie should weaken: %v", r)
	}
	if r := rel(d, "AGG", "VIC"); r > -50 {
		t.Errorf("rivals: %v, want hostile", r)
	}
	if r := rel(d, "USA", "GBR"); r < 40 {
		t.Errorf("allies in NATO: %v", r)
	}
	if cold, after := rel(d, "USA", "SUN"), rel(MakeDate(1995, 1, 1), "USA", "RUS"); cold >= after {
		t.Errorf("the superpowers were further apart in the Cold War (%v) than in 1995 (%v)", cold, after)
	}
}

func TestPredictVetoAndProcedure(t *testing.T) {
	a := fixtureAtlas()
	c := Case{Date: MakeDate(1985, 6, 1), Body: CaseSC, Kind: SitInvasion, Aggressors: []string{"AGG"}, Victims: []string{"VIC"},
		Sponsors: []string{"USA", "GBR", "FRA"}, Chapter: 7,
		Clauses: []ClauseEntry{{ID: Condemn}, {ID: DemandWithdrawal}, {ID: AuthorizeForce}}}
	a.Elected[1985] = a.Elected[1990]
	c.Members, _ = a.CouncilOn(c.Date)
	p := a.Predict(&WorldModel, &c)
	sun := slices.Index(p.Members, "SUN")
	if p.Votes[sun] != No {
		t.Fatalf("the aggressor's patron votes %v on force against its client, want no", p.Votes[sun])
	}
	if p.Yes >= 9 && (p.Adopted || !slices.Contains(p.VetoedBy, "SUN")) {
		t.Errorf("a permanent member's no on a text with the votes is a veto: adopted %v, vetoed by %v", p.Adopted, p.VetoedBy)
	}
	// The same members on a procedural text: no veto.
	c.Clauses = []ClauseEntry{{ID: GAEmergencySession}}
	p = a.Predict(&WorldModel, &c)
	if len(p.VetoedBy) > 0 {
		t.Errorf("a procedural vote has no veto, got vetoed by %v", p.VetoedBy)
	}
	if p.Adopted != (p.Yes >= 9) {
		t.Errorf("a procedural vote passes on nine votes: %d yes, adopted %v", p.Yes, p.Adopted)
	}
}

func TestPredictAssemblyTwoThirds(t *testing.T) {
	p := Prediction{Votes: []Ballot{Yes, Yes, No, Abstain, Abstain, Abstain}}
	p.tally(&Case{Body: CaseGA}, false)
	if !p.Adopted {
		t.Error("2 yes, 1 no: two-thirds of those present and voting; abstentions do not count")
	}
	p = Prediction{Votes: []Ballot{Yes, Yes, No, No}}
	p.tally(&Case{Body: CaseGA}, false)
	if p.Adopted {
		t.Error("2 yes, 2 no is short of two-thirds")
	}
}

// Where the atlas codes a state's alignment with a permanent member and
// its attachment to non-intervention, those replace the estimates from
// the West–East lean and the regime.
func TestAtlasCodedAlignment(t *testing.T) {
	a := fixtureAtlas()
	d := MakeDate(1985, 6, 1)
	before := func(x, y string) float64 {
		v := a.On(d)
		i, _ := v.ID(x)
		j, _ := v.ID(y)
		return v.Rel(i, j)
	}
	leanOnly := before("CHN", "VIC")
	vic := a.States[a.index["VIC"]]
	// VIC is a close friend of Beijing's in this fixture, whatever its lean.
	vic.Align = [5]Era[int]{{{1946, 1}}, {{1946, 0}}, {{1946, 0}}, {{1946, -2}}, {{1946, 2}}}
	vic.Sovereignty = Era[string]{{1946, "high"}}
	a.States[a.index["VIC"]] = vic
	v := a.On(d)
	chn, _ := v.ID("CHN")
	sun, _ := v.ID("SUN")
	id, _ := v.ID("VIC")
	if r := v.Rel(chn, id); r <= leanOnly || r < 30 {
		t.Errorf("coded as Beijing's close friend, VIC's relation with China is %v (from the lean alone %v)", r, leanOnly)
	}
	if r := v.Rel(sun, id); r > -30 {
		t.Errorf("coded as Moscow's adversary, VIC's relation with the USSR is %v", r)
	}
	if s := v.Def(id).Sovereignty; s < 0.8 {
		t.Errorf("coded high, VIC's sovereignty is %v", s)
	}
}

// The atlas's region codes read as words on screen; a scenario's own
// wording is left alone.
func TestRegionName(t *testing.T) {
	for in, want := range map[string]string{"southeast-asia": "Southeast Asia", "north-america": "North America", "caribbean": "Caribbean", "Europe": "Europe", "": ""} {
		if got := RegionName(in); got != want {
			t.Errorf("RegionName(%q) = %q, want %q", in, got, want)
		}
	}
}
