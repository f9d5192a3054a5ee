package data

import (
	"os"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/chapter-vii/chapter7/game"
)

func mustLoadCases(t testing.TB, dir string) []*CaseDoc {
	t.Helper()
	docs, err := LoadCaseDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

// eraCase is one case of data/testdata/predict/eras, by file name. The
// folder is read once for all the tests that pick cases from it.
func eraCase(t *testing.T, name string) *CaseDoc {
	t.Helper()
	docs, err := erasOnce()
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		if d.Name == name {
			return d
		}
	}
	t.Fatalf("%s: no such case", name)
	return nil
}

var erasOnce = sync.OnceValues(func() ([]*CaseDoc, error) { return LoadCaseDir("testdata/predict/eras") })

// predictEra is the world model's prediction for a case of other eras.
func predictEra(t *testing.T, name string) game.Prediction {
	t.Helper()
	a, err := Atlas()
	if err != nil {
		t.Fatal(err)
	}
	return a.Predict(&game.WorldModel, &eraCase(t, name).Case)
}

// outcomeIs reports whether a prediction has a text adopted or not as
// recorded, vetoed by the same members.
func outcomeIs(p game.Prediction, adopted bool, vetoes []string) bool {
	return p.Adopted == adopted && sameSet(p.VetoedBy, vetoes)
}

// TestPredictRecord runs the 21 Kuwait and Kosovo votes through
// `chapter7 predict`'s model, from the atlas alone: every text must be
// adopted or fail as it did, all but one with the same vetoing members,
// and more member votes must be right than everyone-votes-yes gets. (The
// one: Russia's draft S/1999/328 failed 3-12-0; the model has it winning
// nine votes and falling to the Western vetoes.)
func TestPredictRecord(t *testing.T) {
	a, err := Atlas()
	if err != nil {
		t.Fatal(err)
	}
	docs := mustLoadCases(t, "testdata/predict/record")
	if len(docs) != 21 {
		t.Fatalf("%d record cases, want the 21 Kuwait and Kosovo votes", len(docs))
	}
	s := ScoreCases(a, &game.WorldModel, docs)
	t.Logf("record (Kuwait, Kosovo): %v", s)
	for _, m := range s.Misses {
		t.Log("  ", m)
	}
	if s.AdoptedRight != s.Outcomes || s.OutcomesRight != s.Outcomes {
		t.Errorf("%d of %d outcomes wrong, %d with other vetoes", s.Outcomes-s.AdoptedRight, s.Outcomes, s.AdoptedRight-s.OutcomesRight)
	}
	if s.MembersRight <= s.NaiveMembers {
		t.Errorf("member votes %d/%d right, no better than everyone voting yes (%d)", s.MembersRight, s.Members, s.NaiveMembers)
	}
}

// TestPredictEras scores 282 votes from 1947 to 2025
// (data/testdata/predict/eras: 256 Council, among them 19 drafts Moscow or
// Beijing tabled, all failed, and 26 Assembly). The model was shaped on the
// first 116 of them; the 166 added since were each scored before they were
// added, in batches (docs/vote-model.md has those figures and the
// cross-validated ones). The test guards against regressions: the model
// must beat the naive baseline in both bodies, and keep at least 78% of
// Council member votes and of all outcomes (both bodies; adopted or not)
// right. The figures go to the log.
func TestPredictEras(t *testing.T) {
	a, err := Atlas()
	if err != nil {
		t.Fatal(err)
	}
	docs := mustLoadCases(t, "testdata/predict/eras")
	if len(docs) < 282 {
		t.Fatalf("%d cases from other eras, want the 282 shipped", len(docs))
	}
	var council, assembly []*CaseDoc
	for _, d := range docs {
		if d.Case.Body == game.CaseGA {
			assembly = append(assembly, d)
		} else {
			council = append(council, d)
		}
	}
	sc, ga := ScoreCases(a, &game.WorldModel, council), ScoreCases(a, &game.WorldModel, assembly)
	s := sc.Add(ga)
	t.Logf("other eras (%d votes): %v", len(docs), s)
	t.Logf("  Council (%d): %v", len(council), sc)
	t.Logf("  Assembly (%d): %v", len(assembly), ga)
	for _, m := range s.Misses {
		t.Log("  ", m)
	}
	if sc.MembersRight <= sc.NaiveMembers || sc.OutcomesRight <= sc.NaiveOutcome || ga.MembersRight <= ga.NaiveMembers {
		t.Errorf("no better than everyone voting yes: Council %v; Assembly %v", sc, ga)
	}
	if 100*sc.MembersRight < 78*sc.Members || 100*s.AdoptedRight < 78*s.Outcomes {
		t.Errorf("below 78%% of Council member votes or of all outcomes: Council %v; all %v", sc, s)
	}
}

// TestWorldData checks the atlas against facts a reader can verify.
func TestWorldData(t *testing.T) {
	a, err := Atlas()
	if err != nil {
		t.Fatal(err)
	}
	d := game.MakeDate
	count := func(day game.Date) int { return len(a.MembersOn(day)) }
	// Membership counts from the UN's "Growth in United Nations membership".
	// The UN counted Yugoslavia's seat from 1992 to 2000, which the Federal
	// Republic could not take up (GA res. 47/1): the atlas leaves it out,
	// as no one voted from it.
	for _, c := range []struct {
		day  game.Date
		want int
	}{{d(1945, 12, 31), 51}, {d(1960, 12, 31), 99}, {d(1980, 12, 31), 154}, {d(1992, 12, 31), 179 - 1}, {d(2011, 12, 31), 193}, {d(2026, 1, 1), 193}} {
		if got := count(c.day); got != c.want {
			t.Errorf("UN members on %s: %d, the UN counts %d", c.day, got, c.want)
		}
	}
	for y := 1946; y <= 2026; y++ {
		c, ok := a.CouncilOn(d(y, 6, 1))
		if !ok {
			t.Errorf("no Council for %d", y)
			continue
		}
		for _, m := range c {
			if s, _ := a.State(m); !s.MemberOn(d(y, 6, 1)) && !(m == "CHN") {
				t.Errorf("%d: %s sits on the Council but is not a UN member on 1 June", y, m)
			}
		}
	}
	if !a.InOrg("FRA", "nato", d(1970, 1, 1)) || a.InOrg("DEU", "nato", d(1950, 1, 1)) {
		t.Error("NATO: France stayed a member after 1966; West Germany joined in 1955")
	}
	if !a.InOrg("GBR", "eu", d(2000, 1, 1)) || a.InOrg("GBR", "eu", d(2021, 1, 1)) {
		t.Error("the United Kingdom was in the EU from 1973 until 31 January 2020")
	}
	if got := strings.Join(game.PermanentOn(d(1992, 1, 1)), " "); !strings.Contains(got, "RUS") {
		t.Errorf("permanent members in 1992: %s", got)
	}
}

// BenchmarkPredictCouncil is a whole Council prediction (resolution 678):
// the whip count and the forecasts run it on every change.
func BenchmarkPredictCouncil(b *testing.B) {
	benchPredict(b, "testdata/predict/record/1990-678-kuwait.toml")
}

// BenchmarkPredictAssembly is a whole Assembly prediction, every member
// of 2022 (ES-11/1).
func BenchmarkPredictAssembly(b *testing.B) {
	benchPredict(b, "testdata/predict/eras/2022-ga-es11-1-ukraine.toml")
}

func benchPredict(b *testing.B, file string) {
	a, err := Atlas()
	if err != nil {
		b.Fatal(err)
	}
	doc, err := LoadCase(file)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		a.Predict(&game.WorldModel, &doc.Case)
	}
}

// Art. 19: a member whose arrears reach two years of its contributions
// has no vote in the Assembly; paying them restores it.
func TestAssemblyArrears(t *testing.T) {
	s, err := LoadAny("kuwait-1991")
	if err != nil {
		t.Fatal(err)
	}
	w, err := game.New(s, 1, game.Options{})
	if err != nil {
		t.Fatal(err)
	}
	cub, _ := s.StateByCode("CUB")
	if !slices.Contains(w.AssemblyMembers(), cub) {
		t.Fatal("Cuba votes in the Assembly at the start")
	}
	d := w.Def(cub)
	w.States[cub].Arrears = 2 * d.Assessment / 100 * s.RegularBudget
	if d.Assessment == 0 || slices.Contains(w.AssemblyMembers(), cub) {
		t.Errorf("Cuba owes two years of contributions (assessment %.2f%%) and still votes", d.Assessment)
	}
	w.States[cub].Arrears *= 0.9
	if !slices.Contains(w.AssemblyMembers(), cub) {
		t.Error("short of two years' arrears, Cuba keeps its vote")
	}
}

// A scenario's [[state]] takes what it leaves out from the atlas on the
// scenario's first day: a bare code is enough for a state the atlas knows.
func TestScenarioStatesFromAtlas(t *testing.T) {
	src, err := os.ReadFile("testdata/scenarios/fictional-dispute.toml")
	if err != nil {
		t.Fatal(err)
	}
	extra := "\n[[state]]\ncode = \"RUS\"\n[[state]]\ncode = \"TWN\"\n[[state]]\ncode = \"IND\"\nname = \"Bharat\"\nsovereignty = 0.1\n"
	s, err := Parse("fixture.toml", append(src, extra...))
	if err != nil {
		t.Fatal(err)
	}
	get := func(code string) game.StateDef {
		id, ok := s.StateByCode(code)
		if !ok {
			t.Fatalf("%s missing", code)
		}
		return s.States[id]
	}
	if r := get("RUS"); r.Name != "Russia" || !r.Permanent || !r.Member || r.Sovereignty == 0 || !slices.Contains(r.Blocs, "cis") {
		t.Errorf("Russia from the atlas in 2001: %+v", r)
	}
	if tw := get("TWN"); tw.Member || tw.Permanent {
		t.Errorf("Taiwan is not a UN member in 2001: %+v", tw)
	}
	if in := get("IND"); in.Name != "Bharat" || in.Sovereignty != 0.1 || in.Region != "south-asia" {
		t.Errorf("what the scenario says wins, the rest comes from the atlas: %+v", in)
	}
	_, err = Parse("fixture.toml", append(src, "\n[[state]]\ncode = \"XZZ\"\n"...))
	if err == nil || !strings.Contains(err.Error(), `state "XZZ" needs a name`) || strings.Count(err.Error(), "\n") > 0 {
		t.Errorf("a code the atlas does not know, without a name: %v", err)
	}
}

// The Assembly barred South Africa from its work from 12 November 1974 to
// 23 June 1994: it stayed a member, but cast no vote there (and the Council,
// where it never sat, is unaffected).
func TestAssemblyBarredSouthAfrica(t *testing.T) {
	a, err := Atlas()
	if err != nil {
		t.Fatal(err)
	}
	vote := func(day game.Date) game.Ballot {
		c := game.Case{Date: day, Body: game.CaseGA, Kind: game.SitInvasion, Aggressors: []string{"SUN"}, Victims: []string{"AFG"},
			Sponsors: []string{"PAK"}, Clauses: []game.ClauseEntry{{ID: "demand-withdrawal"}}}
		p := a.Predict(&game.WorldModel, &c)
		i := slices.Index(p.Members, "ZAF")
		if i < 0 {
			t.Fatalf("%s: South Africa is not among the Assembly's members", day)
		}
		return p.Votes[i]
	}
	d := game.MakeDate
	for _, day := range []game.Date{d(1974, 11, 12), d(1980, 1, 14), d(1994, 6, 22)} {
		if b := vote(day); b != game.Absent {
			t.Errorf("%s: South Africa votes %v in an Assembly that had barred it", day, b)
		}
	}
	for _, day := range []game.Date{d(1974, 11, 11), d(1994, 6, 23), d(2000, 1, 1)} {
		if b := vote(day); b == game.Absent {
			t.Errorf("%s: South Africa takes no part, though the Assembly seated it", day)
		}
	}
}

// A government whose patron the text addresses sits by its patron: the
// Afghan seat voted against the Assembly's call for Soviet withdrawal in
// January 1980.
func TestPredictPatronsClient(t *testing.T) {
	a, err := Atlas()
	if err != nil {
		t.Fatal(err)
	}
	doc := eraCase(t, "1980-ga-es6-2-afghanistan.toml")
	p := a.Predict(&game.WorldModel, &doc.Case)
	for i, m := range p.Members {
		if m == "AFG" && p.Votes[i] != game.No {
			t.Errorf("Afghanistan predicted %s, recorded no", p.Votes[i])
		}
	}
	if why := a.Why(&game.WorldModel, &doc.Case, "AFG"); why != "the text addresses its patron" {
		t.Errorf("why Afghanistan votes no: %q", why)
	}
}

// A text that addresses no state intrudes on no government against its
// will: a mission Haiti asked for (2023) costs Russia nothing under
// intrusion, where the same clauses against Libya's government (2011) do.
func TestPredictNoStateAddressed(t *testing.T) {
	a, err := Atlas()
	if err != nil {
		t.Fatal(err)
	}
	intrusion := func(name string) float64 {
		terms, _, _ := a.CaseTerms(&game.WorldModel, &eraCase(t, name).Case, "RUS")
		return terms[game.CostTerm(game.Intrusion, game.BySovereignty)]
	}
	if x := intrusion("2023-2699-haiti-mss.toml"); x != 0 {
		t.Errorf("Haiti 2023 (no state addressed): intrusion cost %.2f, want 0", x)
	}
	if x := intrusion("2011-1973-libya.toml"); x >= 0 {
		t.Errorf("Libya 2011 (the government addressed): intrusion cost %.2f, want a cost", x)
	}
}

// Article 19: Venezuela, in arrears since the Secretary-General's letter
// of 11 January 2022, could not vote on ES-11/1 (2 March 2022); Iran,
// which paid in June 2021, could (data/world/arrears.toml).
func TestAssemblyArrearsVenezuela(t *testing.T) {
	a, err := Atlas()
	if err != nil {
		t.Fatal(err)
	}
	c := game.Case{Date: game.MakeDate(2022, 3, 2), Body: game.CaseGA, Kind: game.SitInvasion, Aggressors: []string{"RUS"},
		Victims: []string{"UKR"}, Sponsors: []string{"UKR"}, Clauses: []game.ClauseEntry{{ID: "demand-withdrawal"}}}
	p := a.Predict(&game.WorldModel, &c)
	for code, absent := range map[string]bool{"VEN": true, "IRN": false} {
		i := slices.Index(p.Members, code)
		if i < 0 || (p.Votes[i] == game.Absent) != absent {
			t.Errorf("%s on ES-11/1: %v, want absent %v", code, p.Votes[i], absent)
		}
	}
}

// A case may name a state that ended by its ISO 3166-3 code even where the
// atlas keeps its record under another: Serbia and Montenegro (SCG) is
// the Yugoslavia of 2003-2006, and votes as the Yugoslav seat it held.
func TestPredictFormerCodes(t *testing.T) {
	a, err := Atlas()
	if err != nil {
		t.Fatal(err)
	}
	file := func(code string) []byte {
		return []byte(`date = 2004-03-18
body = "ga"
[situation]
kind = "internal-repression"
aggressor = ["` + code + `"]
victim = []
[draft]
sponsors = ["USA"]
clauses = ["condemn"]
`)
	}
	scg, err := ParseCase(a, "scg.toml", file("SCG"), false)
	if err != nil {
		t.Fatalf("SCG: %v", err)
	}
	yug, err := ParseCase(a, "yug.toml", file("YUG"), false)
	if err != nil {
		t.Fatal(err)
	}
	ps, py := a.Predict(&game.WorldModel, &scg.Case), a.Predict(&game.WorldModel, &yug.Case)
	if !slices.Equal(ps.Votes, py.Votes) {
		t.Errorf("SCG and YUG predict different votes")
	}
	for i, m := range ps.Members {
		if m == "YUG" && ps.Votes[i] != game.No {
			t.Errorf("Serbia and Montenegro, the text's target, votes %s", ps.Votes[i])
		}
	}
	if _, err := ParseCase(a, "x.toml", file("XYZ"), false); err == nil {
		t.Error("an unknown code was accepted")
	}
}

// A permanent member does not spend its veto on another permanent member's
// conduct unless bound to it by treaty: China abstained when Russia vetoed
// on Ukraine in 2022; Britain and France vetoed beside the United States,
// their NATO ally, on Panama in 1989.
func TestPredictPartnersConduct(t *testing.T) {
	vote := func(name, code string) game.Ballot {
		p := predictEra(t, name)
		return p.Votes[slices.Index(p.Members, code)]
	}
	for _, name := range []string{"2022-s2022-155-ukraine.toml", "2022-s2022-720-ukraine-annexation.toml"} {
		if v := vote(name, "CHN"); v != game.Abstain {
			t.Errorf("%s: China predicted %s, recorded abstain", name, v)
		}
	}
	if v := vote("2022-s2022-155-ukraine.toml", "RUS"); v != game.No {
		t.Errorf("Ukraine 2022: Russia predicted %s, recorded its veto", v)
	}
}

// What a veto covered changed with the eras: the Western powers vetoed
// for no one before 1970 (Palestine, 1948: Britain abstained); in the Cold
// War a great power vetoed any text against its allies (South Africa's
// expulsion, 1974, and Namibia, 1975: Britain, tied by the Simonstown
// agreement, France, its arms supplier, and the United States), Moscow
// for friends without a defence treaty too (India, 1971), the West not
// for a partner the alliance alone bound to it (Turkey, 1974); since,
// only binding texts against a client that is not among its closest
// (Russia and China let the texts on Lebanon in 2004 and Myanmar in 2022
// pass).
func TestPredictVetoEras(t *testing.T) {
	for name, vetoes := range vetoEras {
		if p := predictEra(t, name); !outcomeIs(p, vetoes == nil, vetoes) {
			t.Errorf("%s: predicted adopted=%v vetoed by %v, recorded vetoed by %v", name, p.Adopted, p.VetoedBy, vetoes)
		}
	}
}

// vetoEras are the case files of TestPredictVetoEras and who vetoed each
// (nil: adopted). The weight search holds to them too (fitworld_test.go).
var vetoEras = map[string][]string{
	"1948-54-palestine.toml":                  nil,
	"1974-s11543-south-africa-expulsion.toml": {"FRA", "GBR", "USA"},
	"1975-s11713-namibia.toml":                {"FRA", "GBR", "USA"},
	"1974-360-cyprus-military-actions.toml":   nil,
	"1971-s10416-bangladesh.toml":             {"SUN"},
	"2004-1559-lebanon.toml":                  nil,
	"2022-2669-myanmar.toml":                  nil,
}

// In the Assembly a state that will not condemn abstains; it votes no only
// beside a state it is bound to. On ES-11/1 (2022) Belarus and Syria,
// Russia's closest clients, voted no; Kazakhstan, its CSTO ally, and
// India abstained.
func TestAssemblyNoIsForTheBound(t *testing.T) {
	p := predictEra(t, "2022-ga-es11-1-ukraine.toml")
	want := map[string]game.Ballot{"BLR": game.No, "SYR": game.No, "KAZ": game.Abstain, "IND": game.Abstain, "FRA": game.Yes}
	for code, b := range want {
		if got := p.Votes[slices.Index(p.Members, code)]; got != b {
			t.Errorf("%s predicted %s, recorded %s", code, got, b)
		}
	}
}

// A text Moscow tables is read as its cause: the members that are not its
// partners hold back, and a contested one fails for want of votes (Aleppo
// 2016, Venezuela 2019, Nord Stream 2023). One it tables on an agreement
// the parties reached still passes: res. 2202 (17 February 2015), Russia's
// text endorsing the Minsk measures, was adopted unanimously.
func TestPredictEasternTexts(t *testing.T) {
	a, err := Atlas()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"2016-s2016-847-aleppo-russian-draft.toml", "2019-s2019-190-venezuela-russian-draft.toml", "2023-s2023-212-nord-stream-russian-draft.toml"} {
		if p := predictEra(t, name); p.Adopted || len(p.VetoedBy) > 0 || p.Yes >= p.Needed {
			t.Errorf("%s: predicted %d yes, vetoed by %v; it failed for want of votes", name, p.Yes, p.VetoedBy)
		}
	}
	if p := a.Predict(&game.WorldModel, &minsk); !p.Adopted {
		t.Errorf("res. 2202 (2015): predicted %d-%d-%d, vetoed by %v; adopted 15-0-0", p.Yes, p.No, p.Abstain, p.VetoedBy)
	}
}

// minsk is res. 2202 (17 February 2015), Russia's text endorsing the Minsk
// measures, adopted unanimously.
var minsk = game.Case{Date: game.MakeDate(2015, 2, 17), Body: game.CaseSC,
	Members:  []string{"USA", "GBR", "FRA", "RUS", "CHN", "AGO", "CHL", "JOR", "LTU", "MYS", "NZL", "NGA", "ESP", "TCD", "VEN"},
	Kind:     game.SitCivilWar,
	Sponsors: []string{"RUS"}, Chapter: 6,
	Clauses: []game.ClauseEntry{{ID: game.EndorseAgreement}, {ID: game.DemandCeasefire}}}

// A text tabled by a state at odds with the victim does not carry the
// victim's cause: on Russia's humanitarian text on Ukraine (March 2022)
// Ireland's ties to Ukraine count for nothing; on the American text on
// the invasion a month before, they count.
func TestPredictVictimsAdversaryText(t *testing.T) {
	a, err := Atlas()
	if err != nil {
		t.Fatal(err)
	}
	victim := func(name string) float64 {
		terms, _, ok := a.CaseTerms(&game.WorldModel, &eraCase(t, name).Case, "IRL")
		if !ok {
			t.Fatalf("%s: Ireland unknown", name)
		}
		return terms[game.TermVictim]
	}
	if v := victim("2022-s2022-231-ukraine-humanitarian-russian-draft.toml"); v != 0 {
		t.Errorf("Russia's text: Ireland's ties to the victim count %.2f, want 0", v)
	}
	if v := victim("2022-s2022-155-ukraine.toml"); v <= 0 {
		t.Errorf("the American text: Ireland's ties to the victim count %.2f, want more than 0", v)
	}
}

// TestPredictColonyHasNoLaterAlignment: a people not yet independent is
// no one's client or adversary, while a member of the United Nations
// speaks for itself before its independence. In June 1961 the Council
// deplored Portugal's repression in Angola (res. 163: the United States
// voted yes, Britain and France abstained); the Angola the atlas codes as
// aligned with Moscow is the MPLA's state of 1975, whose ties count on
// South Africa's invasion of 1976 (res. 387), not on the colony of 1961.
// The Ukrainian and Byelorussian SSRs, members from 1945 and independent
// from 1991, stood with Moscow: neither voted for the Assembly's call for
// a Soviet withdrawal from Afghanistan (ES-6/2, January 1980).
func TestPredictColonyHasNoLaterAlignment(t *testing.T) {
	a, err := Atlas()
	if err != nil {
		t.Fatal(err)
	}
	victim := func(c *game.Case) float64 {
		terms, _, ok := a.CaseTerms(&game.WorldModel, c, "USA")
		if !ok {
			t.Fatal("the United States unknown")
		}
		return terms[game.TermVictim]
	}
	colony := eraCase(t, "1961-163-angola.toml")
	if v := victim(&colony.Case); v != 0 {
		t.Errorf("1961: American ties to the colony of Angola count %.2f, want 0", v)
	}
	if v := victim(&eraCase(t, "1976-387-angola.toml").Case); v >= 0 {
		t.Errorf("1976: American ties to the MPLA's Angola count %.2f, want below 0", v)
	}
	p := a.Predict(&game.WorldModel, &colony.Case)
	for i, code := range p.Members {
		if want := colony.Expected.Votes[code]; p.Votes[i].String() != want {
			t.Errorf("1961: %s predicted %v (utility %.2f), recorded %s", code, p.Votes[i], p.Utility[i], want)
		}
	}
	p = predictEra(t, "1980-ga-es6-2-afghanistan.toml")
	for i, code := range p.Members {
		if (code == "UKR" || code == "BLR") && p.Votes[i] == game.Yes {
			t.Errorf("1980: %s predicted to vote for a Soviet withdrawal (utility %.2f)", code, p.Utility[i])
		}
	}
}

// TestPredictEastLetsMissionsPass: Russia and China let pass American
// texts renewing or setting up missions in Haiti (2018, 2020) and Western
// Sahara (2018), on which neither had a client to shield. A rival's
// authorship alone does not bring an Eastern great power to veto.
func TestPredictEastLetsMissionsPass(t *testing.T) {
	for _, name := range []string{"2018-2410-haiti-minujusth.toml", "2018-2440-western-sahara-minurso.toml", "2020-2547-haiti-binuh.toml"} {
		p := predictEra(t, name)
		if !p.Adopted {
			t.Errorf("%s: predicted not adopted, vetoed by %v; adopted", name, p.VetoedBy)
		}
		for i, code := range p.Members {
			if (code == "RUS" || code == "CHN") && p.Votes[i] == game.No {
				t.Errorf("%s: %s predicted to vote no (utility %.2f); it let the text pass", name, code, p.Utility[i])
			}
		}
	}
}
