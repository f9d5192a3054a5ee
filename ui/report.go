package ui

import (
	"fmt"
	"path/filepath"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/chapter-vii/chapter7/game"
)

func (m *Model) reportKey(k tea.KeyPressMsg) tea.Cmd {
	if key.Matches(k, m.keys.Export) {
		dir := m.opt.ExportDir
		if dir == "" {
			dir = m.opt.SaveDir
		}
		if dir == "" {
			m.setErr("nowhere to export: start chapter7 from a folder you can write to")
			return nil
		}
		w := m.g.w
		name := fmt.Sprintf("chapter7-%s-seed%d-turn%d.md", w.Scenario.ID, w.Seed, w.Turn)
		return exportCmd(filepath.Join(dir, name), m.g.Report().Markdown())
	}
	m.reportOff = scroll(m.reportOff, k, m.keys, m.bodyHeight())
	return nil
}

// reportLines renders the after-action report for a width.
func reportLines(st *styles, r *game.Report, v *game.World, w int) []string {
	var l []string
	state := "in progress"
	if v.Over {
		state = "final"
	}
	l = append(l, st.Heading.Render("After-action report ("+state+"): "+r.Title)+st.Faint.Render(fmt.Sprintf(" · seed %d · %s to %s", r.Seed, r.Start.Long(), r.End.Long())))
	l = append(l, "Outcome: "+st.Bold.Render(r.Outcome))
	if r.LeftHistory != "" {
		l = append(l, wrap("Left history at "+r.LeftHistory, w-2)...)
	} else {
		l = append(l, "The game's votes followed the historical record so far.")
	}
	l = append(l, "", st.Heading.Render("The four conditions of collective security"))
	for _, c := range r.Conditions {
		mark := st.Bad.Render("✗ failed")
		if c.Held {
			mark = st.Good.Render("✓ held  ")
		}
		ws := wrap(c.Why, w-40)
		l = append(l, fmt.Sprintf("%s %-28s %s", mark, c.Name, ws[0]))
		for _, x := range ws[1:] {
			l = append(l, strings.Repeat(" ", 38)+x)
		}
	}
	l = append(l, "", st.Heading.Render("Votes, beside history (the autopilot's record of the historical track)"))
	compact := w < 120
	if compact {
		l = append(l, st.Faint.Render("date       text · this game · history · votes that differ"))
	} else {
		l = append(l, st.Faint.Render(fmt.Sprintf("%-10s %-34s %-22s %-22s %s", "date", "text", "this game", "history", "votes that differ")))
	}
	for _, x := range r.Votes {
		game := strings.TrimSpace(x.Verdict + " " + x.Tally)
		hist := x.History
		if hist == "" {
			hist = "—"
		}
		diff := strings.Join(x.Changed, ", ")
		same := hist == "—" || strings.HasPrefix(hist, strings.SplitN(x.Verdict, " ", 2)[0])
		gs := game
		if !same {
			gs = st.Warn.Render(game)
		}
		if compact {
			l = append(l, fmt.Sprintf("%-10s %s", x.Date, x.Name))
			l = append(l, fmt.Sprintf("%10s game %s · history %s %s", "", gs, hist, st.Warn.Render(diff)))
			continue
		}
		l = append(l, fmt.Sprintf("%-10s %-34s %s %-22s %s", x.Date, trunc(x.Name, 34), padRight(gs, 22), trunc(hist, 22), st.Warn.Render(diff)))
	}
	if len(r.Votes) == 0 {
		l = append(l, st.Faint.Render("No votes yet."))
	}
	l = append(l, "", st.Heading.Render("Indicators over time"))
	if n := len(r.Indicators); n > 0 {
		l = append(l, st.Faint.Render(fmt.Sprintf("%-16s %s to %s, one mark a turn", "", shortDate(r.Indicators[0].Date), shortDate(r.Indicators[n-1].Date))))
		series := func(name string, f func(p game.Point) float64, lo, hi float64, unit string) string {
			vals := make([]float64, n)
			for i, p := range r.Indicators {
				vals[i] = f(p)
				hi = max(hi, vals[i])
			}
			sw := max(10, w-40)
			if len(vals) > sw {
				vals = vals[len(vals)-sw:]
			}
			return fmt.Sprintf("%-16s %s %6.0f%s", name, spark(vals, lo, hi), f(r.Indicators[n-1]), unit)
		}
		l = append(l, series("UN authority", func(p game.Point) float64 { return p.Authority }, 0, 100, ""))
		l = append(l, series("Escalation", func(p game.Point) float64 { return p.Tension }, 0, 100, ""))
		l = append(l, series("Territory held", func(p game.Point) float64 { return p.Control }, 0, 100, "%"))
		l = append(l, series("Leakage", func(p game.Point) float64 { return p.Leakage * 100 }, 0, 1, "%"))
		l = append(l, series("Coalition", func(p game.Point) float64 { return p.Coalition }, 0, 1, "k"))
	} else {
		l = append(l, st.Faint.Render("No turn has ended yet."))
	}
	l = append(l, "", st.Heading.Render("Turning points"))
	for _, t := range r.Turning {
		l = append(l, wrap(t, w-2)...)
	}
	if len(r.Turning) == 0 {
		l = append(l, st.Faint.Render("None yet."))
	}
	l = append(l, "", st.Heading.Render("Timeline, beside history"))
	for _, t := range r.Timeline {
		g, h := t.Game, t.History
		if g == "" {
			g = "—"
		}
		if h == "" {
			h = "—"
		}
		if g == h {
			l = append(l, fmt.Sprintf("%s  %s", t.Date, g))
			continue
		}
		l = append(l, fmt.Sprintf("%s  game: %s", t.Date, g))
		l = append(l, fmt.Sprintf("%s  %s", strings.Repeat(" ", 10), st.Faint.Render("history: "+h)))
	}
	l = append(l, "", st.Heading.Render("For discussion"))
	for _, p := range r.Prompts {
		l = append(l, wrap("• "+p, w-2)...)
	}
	l = append(l, "", st.Faint.Render("x exports this report as Markdown."))
	return l
}
