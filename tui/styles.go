package tui

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// The themes. "auto" is dark unless the environment says the background is
// light (ResolveTheme); it never asks the terminal.
const (
	ThemeAuto         = "auto"
	ThemeDark         = "dark"
	ThemeLight        = "light"
	ThemeHighContrast = "high-contrast"
)

// Themes lists the themes, as --theme and group.toml accept them.
func Themes() []string { return []string{ThemeAuto, ThemeDark, ThemeLight, ThemeHighContrast} }

// ValidTheme reports whether t is a theme ("" counts as auto).
func ValidTheme(t string) bool {
	if t == "" {
		return true
	}
	for _, x := range Themes() {
		if t == x {
			return true
		}
	}
	return false
}

// ResolveTheme turns "auto" (or "") into dark or light without querying
// the terminal: it reads colorfgbg, the COLORFGBG variable some terminals
// set ("15;0" is light text on a dark background), and falls back to dark.
// Other themes are returned as they are.
func ResolveTheme(theme, colorfgbg string) string {
	if theme != "" && theme != ThemeAuto {
		return theme
	}
	parts := strings.Split(colorfgbg, ";")
	if bg, err := strconv.Atoi(parts[len(parts)-1]); err == nil && colorfgbg != "" {
		if bg == 7 || bg == 15 {
			return ThemeLight
		}
	}
	return ThemeDark
}

// Styles are every style the screen uses, built for one renderer (one
// terminal: the chair's, or one remote session's). Nothing here is shared
// between sessions.
type Styles struct {
	// Plain is true when the terminal shows no colour or attributes at all
	// (NO_COLOR, or not a terminal): words and markers carry everything.
	Plain bool
	Theme string

	Title     lipgloss.Style // group and meeting name
	Clock     lipgloss.Style
	ItemTitle lipgloss.Style
	Dim       lipgloss.Style
	Bold      lipgloss.Style
	Text      lipgloss.Style

	Good lipgloss.Style // quorate, balanced
	Bad  lipgloss.Style // NOT quorate, errors
	Warn lipgloss.Style // overrun, break due, provisional

	Section lipgloss.Style // a pane's title rule
	Name    lipgloss.Style
	Marker  lipgloss.Style // [remote], [chair], access needs
	Next    lipgloss.Style // ▶ next
	Speaker lipgloss.Style

	Decision    lipgloss.Style
	Provisional lipgloss.Style
	Action      lipgloss.Style
	Note        lipgloss.Style
	OffRecord   lipgloss.Style

	Status    lipgloss.Style
	StatusErr lipgloss.Style
	Prompt    lipgloss.Style
	Input     lipgloss.Style
	Cursor    lipgloss.Style
	Hint      lipgloss.Style

	HelpKey  lipgloss.Style
	HelpDesc lipgloss.Style
	HelpSep  lipgloss.Style

	AlertRed    lipgloss.Style // a red card: boxed, impossible to miss
	AlertBreak  lipgloss.Style // a break asked for or due
	AlertYellow lipgloss.Style
	AlertInfo   lipgloss.Style

	BarDone lipgloss.Style
	BarLeft lipgloss.Style
	BarOver lipgloss.Style

	Big    lipgloss.Style // the break countdown
	Dialog lipgloss.Style // a box around forms and questions
	Field  lipgloss.Style // a form field's label
	Focus  lipgloss.Style // the focused field's label
}

type palette struct {
	fg, dim, accent, good, bad, warn, info  lipgloss.Color
	alertFg, alertBg, breakFg, breakBg      lipgloss.Color
	barDone, barLeft, inputFg, keyFg, title lipgloss.Color
}

var (
	darkPalette = palette{
		fg: "#E4E4E4", dim: "#9E9E9E", accent: "#87AFFF", good: "#5FD787", bad: "#FF6B6B", warn: "#FFD75F", info: "#87D7FF",
		alertFg: "#FFFFFF", alertBg: "#B00020", breakFg: "#000000", breakBg: "#FFD75F",
		barDone: "#5F87D7", barLeft: "#4E4E4E", inputFg: "#FFFFFF", keyFg: "#87AFFF", title: "#FFFFFF",
	}
	lightPalette = palette{
		fg: "#1C1C1C", dim: "#5F5F5F", accent: "#1F4E99", good: "#1B6E34", bad: "#B3141D", warn: "#7A5200", info: "#005F87",
		alertFg: "#FFFFFF", alertBg: "#B00020", breakFg: "#000000", breakBg: "#FFD75F",
		barDone: "#1F4E99", barLeft: "#BCBCBC", inputFg: "#000000", keyFg: "#1F4E99", title: "#000000",
	}
	contrastPalette = palette{
		fg: "#FFFFFF", dim: "#FFFFFF", accent: "#FFFF00", good: "#00FF00", bad: "#FF5555", warn: "#FFFF00", info: "#00FFFF",
		alertFg: "#FFFFFF", alertBg: "#C00000", breakFg: "#000000", breakBg: "#FFFF00",
		barDone: "#FFFFFF", barLeft: "#808080", inputFg: "#FFFFFF", keyFg: "#FFFF00", title: "#FFFFFF",
	}
)

// NewStyles builds the styles for one renderer and theme. A nil renderer
// gives plain styles with no colour (as for NO_COLOR). The renderer is
// never asked for the terminal's background: the theme decides.
func NewStyles(r *lipgloss.Renderer, theme string) Styles {
	if r == nil {
		r = PlainRenderer()
	}
	theme = ResolveTheme(theme, "")
	p := darkPalette
	switch theme {
	case ThemeLight:
		p = lightPalette
	case ThemeHighContrast:
		p = contrastPalette
	}
	hc := theme == ThemeHighContrast
	ns := r.NewStyle
	s := Styles{
		Plain: r.ColorProfile() == termenv.Ascii,
		Theme: theme,
	}
	s.Text = ns()
	s.Title = ns().Bold(true).Foreground(p.title)
	s.Clock = ns().Bold(true).Foreground(p.accent)
	s.ItemTitle = ns().Bold(true).Foreground(p.fg)
	s.Dim = ns().Foreground(p.dim)
	s.Bold = ns().Bold(true)
	s.Good = ns().Bold(true).Foreground(p.good)
	s.Bad = ns().Bold(true).Foreground(p.bad)
	s.Warn = ns().Bold(true).Foreground(p.warn)
	s.Section = ns().Bold(true).Foreground(p.accent)
	s.Name = ns().Foreground(p.fg)
	s.Marker = ns().Foreground(p.info)
	s.Next = ns().Bold(true).Foreground(p.good)
	s.Speaker = ns().Bold(true).Foreground(p.title)
	s.Decision = ns().Bold(true).Foreground(p.good)
	s.Provisional = ns().Bold(true).Foreground(p.warn)
	s.Action = ns().Bold(true).Foreground(p.info)
	s.Note = ns().Foreground(p.fg)
	s.OffRecord = ns().Italic(true).Foreground(p.dim)
	s.Status = ns().Foreground(p.fg)
	s.StatusErr = ns().Bold(true).Foreground(p.bad)
	s.Prompt = ns().Bold(true).Foreground(p.accent)
	s.Input = ns().Foreground(p.inputFg)
	s.Cursor = ns().Reverse(true)
	s.Hint = ns().Foreground(p.dim)
	s.HelpKey = ns().Bold(true).Foreground(p.keyFg)
	s.HelpDesc = ns().Foreground(p.dim)
	s.HelpSep = ns().Foreground(p.dim)
	s.AlertRed = ns().Bold(true).Foreground(p.alertFg).Background(p.alertBg)
	s.AlertBreak = ns().Bold(true).Foreground(p.breakFg).Background(p.breakBg)
	s.AlertYellow = ns().Bold(true).Foreground(p.warn)
	s.AlertInfo = ns().Foreground(p.info)
	s.BarDone = ns().Foreground(p.barDone)
	s.BarLeft = ns().Foreground(p.barLeft)
	s.BarOver = ns().Foreground(p.bad)
	s.Big = ns().Bold(true).Foreground(p.accent)
	s.Dialog = ns().Border(lipgloss.RoundedBorder()).BorderForeground(p.accent).Padding(0, 1)
	s.Field = ns().Foreground(p.dim)
	s.Focus = ns().Bold(true).Foreground(p.accent)
	if hc {
		// High contrast: no dim text, and everything that matters is bold
		// and underlined as well as coloured.
		s.Dim = ns().Foreground(p.fg)
		s.Hint = ns().Foreground(p.fg)
		s.HelpDesc = ns().Foreground(p.fg)
		s.Field = ns().Foreground(p.fg)
		s.OffRecord = ns().Italic(true).Foreground(p.fg)
		s.Bad = s.Bad.Underline(true)
		s.Warn = s.Warn.Underline(true)
		s.Next = s.Next.Underline(true)
		s.Dialog = s.Dialog.Border(lipgloss.ThickBorder())
	}
	return s
}

// PlainRenderer is a renderer with no colour at all, writing nowhere: for
// tests and for output that is not a terminal.
func PlainRenderer() *lipgloss.Renderer {
	r := lipgloss.NewRenderer(discard{})
	r.SetColorProfile(termenv.Ascii)
	r.SetHasDarkBackground(true)
	return r
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
