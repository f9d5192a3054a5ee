package main

import (
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/chapter-vii/chapter7/data"
	"github.com/chapter-vii/chapter7/game"
)

// simVote is one vote in sim's JSON.
type simVote struct {
	Date     string            `json:"date"`
	Body     string            `json:"body"`
	Draft    *string           `json:"draft"`
	Clauses  []string          `json:"clauses"`
	Adopted  bool              `json:"adopted"`
	VetoedBy []string          `json:"vetoed_by"`
	Votes    map[string]string `json:"votes"`
}

type simEvent struct {
	Date   string   `json:"date"`
	Kind   string   `json:"kind"`
	Actors []string `json:"actors"`
	Text   string   `json:"text"`
}

type simIndicators struct {
	Authority  float64 `json:"authority"`
	Tension    float64 `json:"tension"`
	Ladder     string  `json:"ladder"`
	Control    float64 `json:"control"`
	Leakage    float64 `json:"leakage"`
	Coalition  float64 `json:"coalition"`
	Casualties float64 `json:"casualties"`
	Refugees   float64 `json:"refugees"`
}

type simResult struct {
	Scenario   string        `json:"scenario"`
	Seed       uint64        `json:"seed"`
	EndDate    string        `json:"end_date"`
	Outcome    string        `json:"outcome"`
	Indicators simIndicators `json:"indicators"`
	Votes      []simVote     `json:"votes"`
	Events     []simEvent    `json:"events"`
}

func cmdSim(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("sim", stderr)
	scenario := fs.String("scenario", "", "scenario id (chapter7 scenario list) or a .toml file")
	seed := fs.Uint64("seed", 1, "random seed")
	autopilot := fs.Bool("autopilot", false, "engine actors follow the historical track")
	asJSON := fs.Bool("json", false, "print one JSON object")
	runs := fs.Int("runs", 0, "play this many seeds (from --seed on) and print the distribution")
	save := fs.String("save", "", "write the game as a save file")
	campaign := fs.String("campaign", "", "play a whole campaign headless: historical, or generated with --era")
	era := fs.String("era", "", "for --campaign generated: the decade, such as 1990s")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *campaign != "" {
		if *scenario != "" || *runs != 0 || *save != "" || *autopilot {
			return usagef("sim --campaign plays its own scenarios with engine actors: leave out --scenario, --runs, --save and --autopilot")
		}
		return simCampaign(*campaign, *era, *seed, *asJSON, stdout)
	}
	if *scenario == "" {
		return usagef("sim needs --scenario ID: one of %s", strings.Join(data.List(), ", "))
	}
	if *runs < 0 || *runs > 1000000 {
		return usagef("sim: --runs %d: use 1 to 1000000", *runs)
	}
	sc, err := data.LoadAny(*scenario)
	if err != nil {
		return badInput(err)
	}
	if *runs > 0 {
		if *save != "" {
			return usagef("sim: --save writes one game; leave out --runs")
		}
		return simRuns(sc, *seed, *runs, *autopilot, *asJSON, stdout)
	}
	w, err := game.New(sc, *seed, game.Options{Autopilot: *autopilot})
	if err != nil {
		return badInput(err)
	}
	w = game.RunToEnd(w)
	if *save != "" {
		if err := data.WriteSave(*save, game.MakeSave(w)); err != nil {
			return err
		}
	}
	res := result(w)
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(res)
	}
	printResult(stdout, w, res)
	return nil
}

func result(w *game.World) simResult {
	s := w.Scenario
	_, ladder := game.Ladder(w.Tension)
	cas := w.Theatre.CasualtiesMil + w.Theatre.CasualtiesCiv
	res := simResult{Scenario: s.ID, Seed: w.Seed, EndDate: w.Date.String(), Outcome: w.Outcome,
		Indicators: simIndicators{Authority: round1(w.Authority), Tension: round1(w.Tension), Ladder: ladder,
			Control: round1(w.Theatre.Control), Leakage: round1(w.Sanctions.Leakage * 100), Coalition: round1(w.CoalitionForces()),
			Casualties: round1(cas), Refugees: round1(w.Theatre.Refugees)},
		Votes: []simVote{}, Events: []simEvent{}}
	for _, v := range w.Votes {
		sv := simVote{Date: v.Date.String(), Body: v.Body, Adopted: v.Adopted, VetoedBy: []string{}, Votes: map[string]string{}}
		if v.Symbol != "" {
			sym := v.Symbol
			sv.Draft = &sym
		}
		for _, c := range v.Clauses {
			sv.Clauses = append(sv.Clauses, string(c))
		}
		for _, m := range v.VetoedBy {
			sv.VetoedBy = append(sv.VetoedBy, s.States[m].Code)
		}
		for i, m := range v.Members {
			sv.Votes[s.States[m].Code] = string(v.Ballots[i])
		}
		res.Votes = append(res.Votes, sv)
	}
	events := slices.Clone(w.Events)
	// A turn's events are recorded phase by phase; the record reads by date.
	slices.SortStableFunc(events, func(a, b game.Event) int { return int(a.Date - b.Date) })
	for _, e := range events {
		if !e.Public() {
			continue
		}
		actors := e.Actors
		if actors == nil {
			actors = []string{}
		}
		res.Events = append(res.Events, simEvent{Date: e.Date.String(), Kind: e.Kind, Actors: actors, Text: e.Text})
	}
	return res
}

func round1(f float64) float64 { return float64(int64(f*10+0.5*sign(f))) / 10 }

func sign(f float64) float64 {
	if f < 0 {
		return -1
	}
	return 1
}

func printResult(out io.Writer, w *game.World, r simResult) {
	fmt.Fprintf(out, "%s, seed %d%s: %s on %s\n", w.Scenario.Title, r.Seed, map[bool]string{true: " (historical autopilot)"}[w.Autopilot], r.Outcome, w.Date.Long())
	fmt.Fprintf(out, "UN authority %.0f, escalation %.0f (%s), territory held by the aggressor %.0f%%, sanctions leakage %.0f%%\n\n",
		r.Indicators.Authority, r.Indicators.Tension, r.Indicators.Ladder, r.Indicators.Control, r.Indicators.Leakage)
	fmt.Fprintln(out, "Votes:")
	for _, v := range w.Votes {
		name := v.Symbol
		if name == "" {
			name = fmt.Sprintf("%s draft %d", strings.ToUpper(v.Body), v.Draft)
		}
		verdict := "adopted"
		if !v.Adopted {
			verdict = "not adopted"
			if len(v.VetoedBy) > 0 {
				codes := make([]string, len(v.VetoedBy))
				for i, m := range v.VetoedBy {
					codes[i] = w.Code(m)
				}
				verdict = "vetoed by " + strings.Join(codes, ", ")
			}
		}
		var dissent []string
		for i, m := range v.Members {
			if v.Ballots[i] != game.Yes {
				dissent = append(dissent, w.Code(m)+" "+string(v.Ballots[i]))
			}
		}
		if v.Body == game.BodyGA {
			dissent = []string{fmt.Sprintf("%d members voting", len(v.Members))}
		}
		fmt.Fprintf(out, "  %s  %-18s %2d-%d-%d %-12s %s\n", v.Date, name, v.Yes, v.No, v.Abstain, verdict, strings.Join(dissent, " "))
		if v.Symbol == "" {
			fmt.Fprintf(out, "              %s\n", v.Title)
		}
	}
	fmt.Fprintln(out, "\nEvents:")
	for _, e := range r.Events {
		if e.Kind == game.EvOpinion || e.Kind == game.EvCombat && strings.HasPrefix(e.Text, "Fighting") {
			continue
		}
		fmt.Fprintf(out, "  %s  %s\n", e.Date, e.Text)
	}
}

// simRuns plays many seeds on every core and prints the distribution of
// outcomes and of each historical vote.
func simRuns(sc *game.Scenario, first uint64, runs int, autopilot, asJSON bool, out io.Writer) error {
	type one struct {
		outcome string
		votes   []game.VoteRecord
	}
	results := make([]one, runs)
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range next {
				w, _ := game.New(sc, first+uint64(i), game.Options{Autopilot: autopilot})
				w = game.RunToEnd(w)
				results[i] = one{w.Outcome, w.Votes}
			}
		})
	}
	for i := range runs {
		next <- i
	}
	close(next)
	wg.Wait()

	type voteDist struct {
		Draft   string                    `json:"draft"`
		Tabled  int                       `json:"tabled"`
		Adopted int                       `json:"adopted"`
		Members map[string]map[string]int `json:"members"`
	}
	outcomes := map[string]int{}
	dist := map[string]*voteDist{}
	var order []string
	for _, sym := range sc.Drafts {
		order = append(order, sym.Symbol)
		dist[sym.Symbol] = &voteDist{Draft: sym.Symbol, Members: map[string]map[string]int{}}
	}
	for _, r := range results {
		outcomes[r.outcome]++
		for _, v := range r.votes {
			d, ok := dist[v.Symbol]
			if !ok {
				continue
			}
			d.Tabled++
			if v.Adopted {
				d.Adopted++
			}
			for i, m := range v.Members {
				code := sc.States[m].Code
				if d.Members[code] == nil {
					d.Members[code] = map[string]int{}
				}
				d.Members[code][string(v.Ballots[i])]++
			}
		}
	}
	if asJSON {
		votes := make([]*voteDist, 0, len(order))
		for _, s := range order {
			votes = append(votes, dist[s])
		}
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		return enc.Encode(map[string]any{"scenario": sc.ID, "runs": runs, "first_seed": first, "autopilot": autopilot, "outcomes": outcomes, "votes": votes})
	}
	fmt.Fprintf(out, "%s: %d games from seed %d%s\n\nOutcomes:\n", sc.Title, runs, first, map[bool]string{true: " (historical autopilot)"}[autopilot])
	keys := make([]string, 0, len(outcomes))
	for k := range outcomes {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		return outcomes[keys[i]] > outcomes[keys[j]] || outcomes[keys[i]] == outcomes[keys[j]] && keys[i] < keys[j]
	})
	for _, k := range keys {
		fmt.Fprintf(out, "  %-22s %5.1f%%\n", k, 100*float64(outcomes[k])/float64(runs))
	}
	fmt.Fprintln(out, "\nHistorical drafts (tabled, adopted, and members who did not always vote yes):")
	for _, s := range order {
		d := dist[s]
		var notes []string
		codes := make([]string, 0, len(d.Members))
		for c := range d.Members {
			codes = append(codes, c)
		}
		sort.Strings(codes)
		for _, c := range codes {
			m := d.Members[c]
			if m["Y"] == d.Tabled {
				continue
			}
			var parts []string
			for _, b := range []string{"Y", "N", "A", "X"} {
				if m[b] > 0 {
					parts = append(parts, fmt.Sprintf("%s %.0f%%", b, 100*float64(m[b])/float64(d.Tabled)))
				}
			}
			notes = append(notes, c+" ("+strings.Join(parts, " ")+")")
		}
		fmt.Fprintf(out, "  %-18s tabled %5.1f%%  adopted %5.1f%%  %s\n", s, 100*float64(d.Tabled)/float64(runs), 100*float64(d.Adopted)/float64(max(d.Tabled, 1)), strings.Join(notes, ", "))
	}
	return nil
}

// campaignResult is one campaign played headless (issue #7's JSON).
type campaignResult struct {
	Campaign   string           `json:"campaign"`
	Era        string           `json:"era,omitempty"`
	Seed       uint64           `json:"seed"`
	Crises     []campaignCrisis `json:"crises"`
	Indicators []simIndicators  `json:"indicators"` // after each crisis
	Outcome    string           `json:"outcome"`
}

type campaignCrisis struct {
	Scenario string    `json:"scenario"`
	Kind     string    `json:"kind"`
	Parties  []string  `json:"parties"`
	Seed     uint64    `json:"seed"`
	Carried  []string  `json:"carried"` // what the crisis before handed this one
	Outcome  string    `json:"outcome"`
	EndDate  string    `json:"end_date"`
	Votes    []simVote `json:"votes"`
}

// simCampaign plays every crisis of a campaign with engine actors in every
// seat, each handing the next what it left (game.Carry). Crisis i plays
// seed+i.
func simCampaign(kind, era string, seed uint64, asJSON bool, out io.Writer) error {
	chain, err := data.CampaignChain(kind, era, seed)
	if err != nil {
		return usagef("sim --campaign: %v", err)
	}
	res := campaignResult{Campaign: kind, Era: era, Seed: seed, Crises: []campaignCrisis{}}
	var carry *game.Carry
	var outcomes []string
	var last *game.World
	for i, id := range chain {
		w, err := data.NewCrisis(chain, i, seed, game.Options{Carry: carry})
		if err != nil {
			return err
		}
		sc := w.Scenario
		w = game.RunToEnd(w)
		r := result(w)
		cr := campaignCrisis{Scenario: id, Kind: sc.Theatre.Kind, Seed: w.Seed, Carried: []string{},
			Outcome: w.Outcome, EndDate: r.EndDate, Votes: r.Votes}
		for _, p := range append(slices.Clone(sc.Theatre.Aggressors), sc.Theatre.Victims...) {
			cr.Parties = append(cr.Parties, sc.States[p].Code)
		}
		if carry != nil {
			cr.Carried = append(cr.Carried, carry.Summary()...)
		}
		res.Crises = append(res.Crises, cr)
		res.Indicators = append(res.Indicators, r.Indicators)
		outcomes = append(outcomes, w.Outcome)
		c := game.CarryFrom(w)
		carry, last = &c, w
	}
	res.Outcome = game.CampaignOutcome(outcomes, last.Authority)
	if asJSON {
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		return enc.Encode(res)
	}
	fmt.Fprintf(out, "Campaign %s, seed %d: %s\n", kind, seed, res.Outcome)
	for i, c := range res.Crises {
		fmt.Fprintf(out, "\n%d. %s (%s; parties %s), seed %d: %s on %s; UN authority %.0f after it\n",
			i+1, c.Scenario, c.Kind, strings.Join(c.Parties, ", "), c.Seed, c.Outcome, c.EndDate, res.Indicators[i].Authority)
		for _, l := range c.Carried {
			fmt.Fprintf(out, "   carried: %s\n", l)
		}
	}
	return nil
}
