package data

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/chapter-vii/chapter7/game"
)

// Generated crises (issue #7): a crisis made from the atlas for an era —
// an invasion, an annexation, repression inside a state, a coup, a nuclear
// test or a secession — between real states of that year, with the
// Council of the year, the parties' patrons and neighbours, relations from
// the atlas and scripted events drawn from the kind. A crisis is written
// as an ordinary scenario file, so it is checked like one and can be kept,
// read and edited. The states, dates and Council are the atlas's facts;
// the crisis itself is invented, and its numbers are game values.

// Eras a generated campaign can be set in, and their first years.
var Eras = map[string]int{"1950s": 1950, "1960s": 1960, "1970s": 1970, "1980s": 1980, "1990s": 1990, "2000s": 2000, "2010s": 2010, "2020s": 2020}

// EraNames lists the eras in order.
func EraNames() []string {
	names := make([]string, 0, len(Eras))
	for e := range Eras {
		names = append(names, e)
	}
	sort.Strings(names)
	return names
}

// generatedKinds are the kinds of crisis the generator makes.
var generatedKinds = []string{game.SitInvasion, game.SitRepression, game.SitAnnexation, game.SitCoup, game.SitNuclearTest, game.SitSecession}

// GenerateCrisis writes the n-th crisis (from 0) of a generated campaign
// in an era, for a seed, as scenario TOML; the same era, seed and n give
// the same text.
func GenerateCrisis(era string, seed uint64, n int) (id string, src []byte, err error) {
	first, ok := Eras[era]
	if !ok {
		return "", nil, fmt.Errorf("era %q: use one of %s", era, strings.Join(EraNames(), ", "))
	}
	a, err := Atlas()
	if err != nil {
		return "", nil, err
	}
	r := rand.New(rand.NewPCG(seed, uint64(n)*0x9e3779b97f4a7c15+uint64(first)))
	kind := generatedKinds[(n+int(seed%uint64(len(generatedKinds))))%len(generatedKinds)]
	// The crises of a campaign follow each other: the n-th falls in the
	// n-th part of the decade.
	span := max(1, 10/GeneratedCrises)
	for try := 0; try < 50; try++ {
		year := min(first+n%GeneratedCrises*span+r.IntN(span), 2025)
		start := game.MakeDate(year, time.Month(1+r.IntN(12)), 1+r.IntN(28))
		g := &gen{a: a, r: r, kind: kind, start: start, end: start.AddDays(7 * (26 + r.IntN(27)))}
		if g.end.Year() > 2026 {
			g.end = game.MakeDate(2026, 12, 31)
		}
		if !g.pickParties() {
			continue
		}
		id = fmt.Sprintf("generated-%s-%d-%d", era, seed, n+1)
		return id, g.write(id), nil
	}
	return "", nil, fmt.Errorf("no %s could be made in the %s for seed %d: try another seed", kind, era, seed)
}

// loadGenerated makes the scenario a generated id names
// ("generated-1990s-7-2": the second crisis of the 1990s campaign of seed
// 7), so that a generated game's save replays anywhere.
func loadGenerated(id string) (*game.Scenario, error) {
	f := strings.Split(strings.TrimPrefix(id, "generated-"), "-")
	var seed uint64
	var n int
	if len(f) != 3 {
		return nil, fmt.Errorf("scenario %q: a generated id reads generated-ERA-SEED-N, such as generated-1990s-7-2", id)
	}
	if _, err := fmt.Sscan(f[1], &seed); err != nil {
		return nil, fmt.Errorf("scenario %q: the seed %q is not a number", id, f[1])
	}
	if _, err := fmt.Sscan(f[2], &n); err != nil || n < 1 {
		return nil, fmt.Errorf("scenario %q: the crisis number %q must be 1 or more", id, f[2])
	}
	gid, src, err := GenerateCrisis(f[0], seed, n-1)
	if err != nil {
		return nil, fmt.Errorf("scenario %q: %v", id, err)
	}
	return Parse(gid+".toml", src)
}

type gen struct {
	a          *game.Atlas
	r          *rand.Rand
	kind       string
	start, end game.Date
	aggressor  string
	victim     string // "" inside a state
	states     []string
	neighbours []string // of the aggressor's region; they trade with it
}

func (g *gen) state(code string) *game.AtlasState {
	s, _ := g.a.State(code)
	return s
}

func (g *gen) power(code string) int { return g.state(code).Power.At(g.start.Year()) }

// pickParties chooses the states the crisis is about: a regional or middle
// power that is no permanent member (the Council would be of no use
// against one of its own), and, across a border, a weaker neighbour.
func (g *gen) pickParties() bool {
	members := g.a.MembersOn(g.start)
	if len(members) == 0 {
		return false
	}
	if _, ok := g.a.CouncilOn(g.start); !ok {
		return false
	}
	if _, ok := g.a.CouncilOn(g.end); !ok {
		return false
	}
	if !slices.Equal(game.PermanentOn(g.start), game.PermanentOn(g.end)) {
		return false // not across the Soviet seat's passing to Russia
	}
	var candidates []string
	for _, c := range members {
		if !game.IsPermanent(c, g.start) && g.power(c) >= 2 && g.power(c) <= 4 && g.plausible(c) {
			candidates = append(candidates, c)
		}
	}
	if len(candidates) == 0 {
		return false
	}
	g.aggressor = candidates[g.r.IntN(len(candidates))]
	if g.kind == game.SitInvasion || g.kind == game.SitAnnexation {
		region := g.state(g.aggressor).Region
		var victims []string
		for _, c := range members {
			if c != g.aggressor && !game.IsPermanent(c, g.start) && g.state(c).Region == region && g.power(c) >= g.power(g.aggressor) {
				victims = append(victims, c)
			}
		}
		// A rival, if the atlas knows one nearby.
		for _, c := range victims {
			for _, t := range g.a.TiesOn(g.aggressor, c, g.start.Year()) {
				if t.Kind == game.TieRival {
					victims = []string{c}
				}
			}
		}
		if len(victims) == 0 {
			return false
		}
		g.victim = victims[g.r.IntN(len(victims))]
	}
	// The permanent members and the Council of every year, the parties,
	// their patrons and allies, and up to three neighbours.
	add := func(c string) {
		if !slices.Contains(g.states, c) {
			g.states = append(g.states, c)
		}
	}
	for _, c := range game.PermanentOn(g.start) {
		add(c)
	}
	for y := g.start.Year(); y <= g.end.Year(); y++ {
		c, _ := g.a.CouncilOn(game.MakeDate(y, 6, 1))
		for _, m := range c {
			add(m)
		}
	}
	for _, p := range g.parties() {
		add(p)
		for _, t := range g.a.Ties {
			if (t.Kind == game.TiePatron || t.Kind == game.TieAlly) && (t.A == p || t.B == p) && t.From <= g.start.Year() && (t.To == 0 || g.start.Year() <= t.To) {
				other := t.A
				if other == p {
					other = t.B
				}
				if s, ok := g.a.State(other); ok && s.MemberOn(g.start) {
					add(other)
				}
			}
		}
	}
	region := g.state(g.aggressor).Region
	n := 0
	for _, c := range members {
		if n < 3 && g.state(c).Region == region && c != g.aggressor && c != g.victim {
			add(c)
			g.neighbours = append(g.neighbours, c)
			n++
		}
	}
	return len(g.neighbours) > 0
}

// plausible reports whether a state could start this kind of crisis in
// the year, by its regime and its weapons: democracies do not stage coups
// or crush their own regions; a nuclear test needs a state that has
// tested, or a regional power outside the democracies.
func (g *gen) plausible(code string) bool {
	s := g.state(code)
	regime := s.Regime.At(g.start.Year())
	democracy := regime == "democracy"
	switch g.kind {
	case game.SitCoup, game.SitRepression:
		return !democracy
	case game.SitSecession:
		return regime != "communist"
	case game.SitNuclearTest:
		return s.Nuclear > 0 && s.Nuclear <= g.start.Year()+1 || !democracy && g.power(code) <= 3
	case game.SitInvasion, game.SitAnnexation:
		return !democracy
	}
	return true
}

func (g *gen) parties() []string {
	if g.victim == "" {
		return []string{g.aggressor}
	}
	return []string{g.aggressor, g.victim}
}

// Game values by power tier (1 great power … 5 small state).
var (
	genEconomy    = [6]float64{0, 100, 60, 30, 10, 3}
	genTroops     = [6]float64{0, 300, 60, 30, 10, 1}
	genAssessment = [6]float64{0, 15, 5, 1, 0.2, 0.01}
	genForces     = [6]float64{0, 400, 250, 120, 40, 8}
)

var kindWords = map[string]string{
	game.SitInvasion: "invasion", game.SitAnnexation: "annexation", game.SitRepression: "repression",
	game.SitCoup: "coup", game.SitNuclearTest: "nuclear test", game.SitSecession: "secession crisis",
}

func (g *gen) write(id string) []byte {
	var b strings.Builder
	agg, vic := g.state(g.aggressor), g.state(g.victim)
	title := fmt.Sprintf("%s: %s, %d (generated)", agg.Name, kindWords[g.kind], g.start.Year())
	if vic != nil {
		title = fmt.Sprintf("%s–%s: %s, %d (generated)", agg.Name, vic.Name, kindWords[g.kind], g.start.Year())
	}
	q := strconv.Quote
	fmt.Fprintf(&b, "# A generated crisis (chapter7): the states, the dates of membership and the\n# Council are the atlas's facts (data/world); the crisis is invented, and its\n# numbers are game values.\n")
	fmt.Fprintf(&b, "id = %s\ntitle = %s\n", q(id), q(title))
	fmt.Fprintf(&b, "summary = %s\n", q(g.summary(agg, vic)))
	fmt.Fprintf(&b, "start = %s\nend = %s\nturn_days = 14\nauthority = 45\ntension = %d\nregular_budget = %d\n",
		g.start, g.end, 20+g.r.IntN(15), budgetOf(g.start.Year()))
	fmt.Fprintf(&b, "sources = [\"data/world (the atlas)\"]\n\n[theatre]\n")
	fmt.Fprintf(&b, "name = %s\nkind = %s\naggressors = [%s]\n", q(agg.Name), q(g.kind), q(g.aggressor))
	switch {
	case vic != nil:
		fmt.Fprintf(&b, "victims = [%s]\n", q(g.victim))
	default:
		fmt.Fprintf(&b, "victims = [\"OPP\"]\n") // the people the crisis is done to
	}
	clarity := map[string]float64{game.SitInvasion: 0.7, game.SitAnnexation: 0.8, game.SitNuclearTest: 0.9, game.SitCoup: 0.6, game.SitRepression: 0.5, game.SitSecession: 0.5}[g.kind]
	control := map[string]float64{game.SitInvasion: 60, game.SitAnnexation: 100, game.SitRepression: 50, game.SitCoup: 80, game.SitSecession: 40}[g.kind]
	fmt.Fprintf(&b, "clarity = %.2f\ncontrol = %.0f\naggressor_forces = %.0f\n", clarity, control, genForces[g.power(g.aggressor)])
	if vic != nil {
		fmt.Fprintf(&b, "defender_forces = %.0f\n", genForces[g.power(g.victim)]/3)
	} else {
		fmt.Fprintf(&b, "defender_forces = %.0f\n", genForces[g.power(g.aggressor)]/8)
	}
	for _, c := range g.states {
		p := g.power(c)
		fmt.Fprintf(&b, "\n[[state]]\ncode = %s\neconomy = %.0f\ntroops = %.0f\nassessment = %g\n", q(c), genEconomy[p], genTroops[p], genAssessment[p])
	}
	if vic == nil {
		// A party that is not a state: those the crisis is done to.
		who := map[string]string{game.SitRepression: "The persecuted region of ", game.SitCoup: "The deposed government of ",
			game.SitSecession: "The breakaway region of ", game.SitNuclearTest: "The neighbours of "}[g.kind]
		fmt.Fprintf(&b, "\n[[state]]\ncode = \"OPP\"\nname = %s\nnon_member = true\nmilitary = 5\neconomy = 1\n", q(who+agg.Name))
	}
	// Relations from the atlas, where they are strong.
	v := g.a.On(g.start)
	for _, x := range g.states {
		for _, y := range g.states {
			if x >= y {
				continue
			}
			i, _ := v.ID(x)
			j, _ := v.ID(y)
			if rel := v.Rel(i, j); rel >= 30 || rel <= -20 {
				fmt.Fprintf(&b, "\n[[relation]]\nfrom = %s\nto = %s\nvalue = %.0f\nboth = true\n", q(x), q(y), rel)
			}
		}
	}
	// Neighbours live on trade with the aggressor: sanctions will cost them,
	// and tempt them (game values).
	for _, c := range g.neighbours {
		fmt.Fprintf(&b, "\n[[trade]]\nfrom = %s\nto = %s\nshare = %.2f\n", q(c), q(g.aggressor), 0.1+0.05*float64(g.r.IntN(5)))
		fmt.Fprintf(&b, "\n[[trade]]\nfrom = %s\nto = %s\nshare = %.2f\n", q(g.aggressor), q(c), 0.05+0.05*float64(g.r.IntN(3)))
	}
	for y := g.start.Year(); y <= g.end.Year(); y++ {
		d := game.MakeDate(y, 6, 1)
		c, _ := g.a.CouncilOn(d)
		codes := slices.Clone(game.PermanentOn(d))
		for _, m := range c {
			if !slices.Contains(codes, m) {
				codes = append(codes, m)
			}
		}
		quoted := make([]string, len(codes))
		for i, m := range codes {
			quoted[i] = q(m)
		}
		fmt.Fprintf(&b, "\n[[council]]\nyear = %d\nmembers = [%s]\n", y, strings.Join(quoted, ", "))
	}
	g.events(&b)
	fmt.Fprintf(&b, "\n[[seat]]\ncode = \"secretariat\"\nbriefing = %s\n", q(g.summary(agg, vic)+" Bring it to the Council, establish the facts, protect civilians, and keep the UN at the centre."))
	fmt.Fprintf(&b, "[[seat.objective]]\ntext = \"Civilians protected\"\ngoal = \"civilians\"\ntarget = 250\n")
	fmt.Fprintf(&b, "[[seat.objective]]\ntext = \"UN authority raised\"\ngoal = \"authority\"\ntarget = 52\n")
	return []byte(b.String())
}

func (g *gen) summary(agg, vic *game.AtlasState) string {
	switch g.kind {
	case game.SitInvasion:
		return fmt.Sprintf("%s's forces cross into %s. The Council of %d must decide what it is and what to do.", agg.Name, vic.Name, g.start.Year())
	case game.SitAnnexation:
		return fmt.Sprintf("%s declares a province of %s its own and sends its army to hold it.", agg.Name, vic.Name)
	case game.SitRepression:
		return fmt.Sprintf("%s's security forces turn on a region of its own; people flee across the borders.", agg.Name)
	case game.SitCoup:
		return fmt.Sprintf("The army seizes power in %s and the elected government flees.", agg.Name)
	case game.SitNuclearTest:
		return fmt.Sprintf("%s tests a nuclear device, against the treaties and the warnings.", agg.Name)
	}
	return fmt.Sprintf("A region of %s votes to secede; the government sends troops.", agg.Name)
}

// events are the scripted events of a kind of crisis: the facts emerge,
// people flee, a mediation is tried. Their dates fall within the crisis.
func (g *gen) events(b *strings.Builder) {
	at := func(weeks int) game.Date { return g.start.AddDays(7 * weeks) }
	type ev struct {
		id, text string
		weeks    int
		effect   string
	}
	evs := []ev{
		{"facts", "Reports and images from the ground leave little doubt about what is happening", 3, "clarity = 0.15"},
		{"flight", "Tens of thousands flee; the neighbours appeal for help", 6, "refugees = 80\ncivilians_killed = 0.2"},
		{"mediation", "A regional mediation is tried and fails; the parties blame each other", 10, "tension = 3"},
	}
	if g.kind == game.SitNuclearTest {
		evs[1] = ev{"second-test", "A second test follows; the neighbours put their forces on alert", 8, "tension = 6"}
	}
	for _, e := range evs {
		fmt.Fprintf(b, "\n[[event]]\nid = %q\nkind = \"scripted\"\ntext = %q\n[event.when]\nafter = %s\n[event.effect]\n%s\n", e.id, e.text, at(e.weeks), e.effect)
	}
}

// budgetOf is a regular budget for a year, in $ millions (game values,
// near the UN's order of size).
func budgetOf(year int) int {
	switch {
	case year < 1960:
		return 50
	case year < 1975:
		return 200
	case year < 1990:
		return 700
	case year < 2005:
		return 1200
	}
	return 3000
}
