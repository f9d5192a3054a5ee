package ui

import (
	"image/color"

	"charm.land/lipgloss/v2"
)

// styles is the one style sheet. It is built from the terminal's background
// (light or dark) and uses only the 16 ANSI colours, so it reads the same in
// a 16-colour terminal; with NoColor every style keeps only bold, faint and
// reverse, which carry the meaning without colour.
type styles struct {
	noColor bool
	dark    bool

	Title, Header, Tab, TabActive, Status, Hint, Error, OK  lipgloss.Style
	Heading, Faint, Bold, Selected, Box                     lipgloss.Style
	Yes, No, Abstain, Absent, Veto, Aggressor, Victim, Coal lipgloss.Style
	Good, Bad, Warn                                         lipgloss.Style
}

func newStyles(dark, noColor bool) styles {
	ld := lipgloss.LightDark(dark)
	c := func(light, darkc string) color.Color {
		return ld(lipgloss.Color(light), lipgloss.Color(darkc))
	}
	s := styles{noColor: noColor, dark: dark}
	base := lipgloss.NewStyle()
	s.Bold = base.Bold(true)
	s.Faint = base.Faint(true)
	s.Selected = base.Reverse(true)
	s.TabActive = base.Reverse(true).Bold(true)
	s.Tab = base
	s.Heading = base.Bold(true).Underline(true)
	s.Title = base.Bold(true)
	s.Header = base.Bold(true)
	s.Status = base
	s.Hint = base.Faint(true)
	s.Error = base.Bold(true)
	s.OK = base
	s.Box = base
	s.Yes, s.No, s.Abstain, s.Absent = base.Bold(true), base.Bold(true).Underline(true), base, base.Faint(true)
	s.Veto = base.Bold(true).Reverse(true)
	s.Aggressor, s.Victim, s.Coal = base.Bold(true), base, base
	s.Good, s.Bad, s.Warn = base, base.Bold(true), base.Bold(true)
	if noColor {
		return s
	}
	green, red, yellow, blue, magenta, cyan := c("2", "10"), c("1", "9"), c("3", "11"), c("4", "12"), c("5", "13"), c("6", "14")
	s.Title = s.Title.Foreground(blue)
	s.Header = s.Header.Foreground(cyan)
	s.TabActive = base.Bold(true).Foreground(c("15", "0")).Background(blue)
	s.Heading = base.Bold(true).Foreground(blue)
	s.Error = s.Error.Foreground(red)
	s.OK = s.OK.Foreground(green)
	s.Yes = s.Yes.Foreground(green)
	s.No = s.No.Foreground(red)
	s.Abstain = s.Abstain.Foreground(yellow)
	s.Veto = base.Bold(true).Foreground(c("15", "0")).Background(red)
	s.Aggressor = s.Aggressor.Foreground(red)
	s.Victim = s.Victim.Foreground(green)
	s.Coal = s.Coal.Foreground(blue)
	s.Good = s.Good.Foreground(green)
	s.Bad = s.Bad.Foreground(red)
	s.Warn = s.Warn.Foreground(magenta)
	s.Box = s.Box.Foreground(c("8", "7"))
	return s
}
