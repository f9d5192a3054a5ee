package main

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"github.com/chapter-vii/chapter7/data"
	"github.com/chapter-vii/chapter7/game"
)

// predictJSON is `chapter7 predict --json`: one object.
type predictJSON struct {
	Votes    map[string]string `json:"votes"`
	Yes      int               `json:"yes"`
	No       int               `json:"no"`
	Abstain  int               `json:"abstain"`
	Absent   int               `json:"absent"`
	Adopted  bool              `json:"adopted"`
	VetoedBy []string          `json:"vetoed_by"`
	Blocs    []blocJSON        `json:"blocs,omitempty"`
}

type blocJSON struct {
	Group   string `json:"group"`
	Yes     int    `json:"yes"`
	No      int    `json:"no"`
	Abstain int    `json:"abstain"`
}

func cmdPredict(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("predict", stderr)
	path := fs.String("case", "", "the case file (TOML; docs/predict.md)")
	asJSON := fs.Bool("json", false, "print one JSON object")
	check := fs.String("check", "", "score every case file in a folder against its [expected] record")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *check != "" {
		return checkCases(*check, stdout)
	}
	if *path == "" {
		return usagef("predict: say which case: chapter7 predict --case FILE [--json], or --check DIR")
	}
	doc, err := data.LoadCase(*path)
	if err != nil {
		return badInput(err)
	}
	for _, w := range doc.Warnings {
		fmt.Fprintln(stderr, "chapter7: "+w)
	}
	a, err := data.Atlas()
	if err != nil {
		return err
	}
	p := a.Predict(&game.WorldModel, &doc.Case)
	if *asJSON {
		out := predictJSON{Votes: map[string]string{}, Yes: p.Yes, No: p.No, Abstain: p.Abstain,
			Absent: p.Absent, Adopted: p.Adopted, VetoedBy: p.VetoedBy}
		if out.VetoedBy == nil {
			out.VetoedBy = []string{}
		}
		for i, m := range p.Members {
			out.Votes[m] = p.Votes[i].String()
		}
		for _, b := range p.Blocs {
			out.Blocs = append(out.Blocs, blocJSON{b.Bloc, b.Yes, b.No, b.Abstain})
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	writePrediction(stdout, a, doc, p)
	return nil
}

func writePrediction(w io.Writer, a *game.Atlas, doc *data.CaseDoc, p game.Prediction) {
	c := &doc.Case
	body := "Security Council"
	if c.Body == game.CaseGA {
		body = "General Assembly"
	}
	title := doc.Title
	if title == "" {
		title = doc.Name
	}
	fmt.Fprintf(w, "%s\n%s, %s\n\n", title, body, c.Date.Long())
	if c.Body == game.CaseSC {
		for i, m := range p.Members {
			name := m
			if s, ok := a.State(m); ok {
				name = s.Name
			}
			mark := ""
			if game.IsPermanent(m, c.Date) {
				mark = " (permanent)"
			}
			why := ""
			if b := p.Votes[i]; b == game.No || b == game.Abstain {
				if r := a.Why(&game.WorldModel, c, m); r != "" {
					why = "  (" + r + ")"
				}
			}
			line := strings.TrimRight(fmt.Sprintf("  %-4s %-34s %-8s%s", m, name+mark, p.Votes[i].Word(), why), " ")
			if len([]rune(line)) > 79 {
				// A long reason goes under the vote, so that the list
				// stays within an 80-column terminal.
				line = strings.TrimRight(fmt.Sprintf("  %-4s %-34s %s", m, name+mark, p.Votes[i].Word()), " ") +
					"\n" + strings.Repeat(" ", 7) + strings.TrimSpace(why)
			}
			fmt.Fprintln(w, line)
		}
	} else {
		fmt.Fprintf(w, "  %-35s %5s %5s %8s\n", "group", "yes", "no", "abstain")
		for _, b := range p.Blocs {
			fmt.Fprintf(w, "  %-35s %5d %5d %8d\n", game.GroupName(b.Bloc), b.Yes, b.No, b.Abstain)
		}
		var no, abstain []string
		for i, m := range p.Members {
			switch p.Votes[i] {
			case game.No:
				no = append(no, m)
			case game.Abstain:
				abstain = append(abstain, m)
			}
		}
		if len(no) > 0 {
			fmt.Fprintf(w, "\n%s\n", wrapCodes("  against: ", no))
		}
		if len(abstain) > 0 {
			fmt.Fprintf(w, "%s\n", wrapCodes("  abstaining: ", abstain))
		}
	}
	fmt.Fprintf(w, "\n%d yes, %d no, %d abstaining, %d absent — ", p.Yes, p.No, p.Abstain, p.Absent)
	switch {
	case len(p.VetoedBy) > 0:
		fmt.Fprintf(w, "not adopted: vetoed by %s\n", strings.Join(p.VetoedBy, ", "))
	case p.Adopted:
		fmt.Fprintln(w, "adopted")
	case c.Body == game.CaseSC:
		fmt.Fprintf(w, "not adopted: %d yes votes needed\n", p.Needed)
	default:
		fmt.Fprintln(w, "not adopted: two-thirds of those present and voting needed")
	}
}

// wrapCodes lists state codes after a label, wrapped within 79 columns
// and indented under the first code.
func wrapCodes(label string, codes []string) string {
	var b strings.Builder
	b.WriteString(label)
	col := len(label)
	for i, c := range codes {
		if i > 0 && col+1+len(c) > 79 {
			b.WriteString("\n" + strings.Repeat(" ", len(label)))
			col = len(label)
		} else if i > 0 {
			b.WriteByte(' ')
			col++
		}
		b.WriteString(c)
		col += len(c)
	}
	return b.String()
}

// checkCases is `chapter7 predict --check DIR`: every case in the folder
// against its record, each miss, and the totals next to everyone voting yes.
func checkCases(dir string, w io.Writer) error {
	docs, err := data.LoadCaseDir(dir)
	if err != nil {
		return badInput(err)
	}
	a, err := data.Atlas()
	if err != nil {
		return err
	}
	var council, assembly data.Score
	for _, d := range docs {
		s := data.ScoreCases(a, &game.WorldModel, []*data.CaseDoc{d})
		if d.Case.Body == game.CaseGA {
			assembly = assembly.Add(s)
		} else {
			council = council.Add(s)
		}
		mark := "ok"
		switch {
		case s.AdoptedRight == 0:
			mark = "OUTCOME WRONG"
		case s.OutcomesRight == 0:
			mark = "outcome right, other vetoes"
		}
		fmt.Fprintf(w, "%-44s %3d/%-3d members  %s\n", d.Name, s.MembersRight, s.Members, mark)
		for _, m := range s.Misses {
			_, m, _ = strings.Cut(m, ": ")
			fmt.Fprintf(w, "    %s\n", m)
		}
	}
	writeCheckTotals(w, council, assembly)
	return nil
}

// writeCheckTotals prints what --check found over all the cases: member
// votes and outcomes right, by body when there are both, next to everyone
// voting yes, and the kinds of member votes the model got wrong. A score
// has an outcome per case, so its outcomes count its cases.
func writeCheckTotals(w io.Writer, council, assembly data.Score) {
	s := council.Add(assembly)
	nCouncil, nAssembly := council.Outcomes, assembly.Outcomes
	row := func(label string, right, n, naive int) {
		pc := func(x int) float64 { return 100 * float64(x) / float64(max(n, 1)) }
		yes := ""
		if naive >= 0 {
			yes = fmt.Sprintf("%5.1f%%", pc(naive))
		}
		line := fmt.Sprintf("%-22s %5.1f%%  %5d of %-5d  %s", label, pc(right), right, n, yes)
		fmt.Fprintln(w, strings.TrimRight(line, " "))
	}
	switch {
	case nAssembly == 0:
		fmt.Fprintf(w, "\n%d Council cases\n", nCouncil)
	case nCouncil == 0:
		fmt.Fprintf(w, "\n%d Assembly cases\n", nAssembly)
	default:
		fmt.Fprintf(w, "\n%d cases: %d Council, %d Assembly\n", nCouncil+nAssembly, nCouncil, nAssembly)
	}
	fmt.Fprintf(w, "%-22s %6s  %14s  %s\n", "", "right", "", "everyone votes yes")
	row("member votes", s.MembersRight, s.Members, s.NaiveMembers)
	if nCouncil > 0 && nAssembly > 0 {
		row("  in the Council", council.MembersRight, council.Members, council.NaiveMembers)
		row("  in the Assembly", assembly.MembersRight, assembly.Members, assembly.NaiveMembers)
	}
	row("outcomes", s.AdoptedRight, s.Outcomes, s.NaiveOutcome)
	row("  with the same vetoes", s.OutcomesRight, s.Outcomes, -1)
	if len(s.Parted) == 0 {
		return
	}
	fmt.Fprintln(w, "member votes wrong, by kind:")
	kinds := slices.Collect(maps.Keys(s.Parted))
	slices.SortFunc(kinds, func(a, b [2]game.Ballot) int {
		return cmp.Or(s.Parted[b]-s.Parted[a], cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1]))
	})
	for _, k := range kinds {
		fmt.Fprintf(w, "  %5d  predicted %s, recorded %s\n", s.Parted[k], k[0].Word(), k[1].Word())
	}
}
