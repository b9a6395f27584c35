package tui

import (
	"io"
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

	Title     Style // group and meeting name
	Clock     Style
	ItemTitle Style
	Dim       Style
	Bold      Style
	Text      Style

	Good Style // quorate, balanced
	Bad  Style // NOT quorate, errors
	Warn Style // overrun, break due, provisional

	Section Style // a pane's title rule
	Name    Style
	Marker  Style // [remote], [chair], access needs
	Next    Style // ▶ next
	Speaker Style

	Decision    Style
	Provisional Style
	Action      Style
	Note        Style
	OffRecord   Style

	Status    Style
	StatusErr Style
	Prompt    Style
	Input     Style
	Cursor    Style
	Hint      Style

	HelpKey  Style
	HelpDesc Style
	HelpSep  Style

	AlertRed    Style // a red card: boxed, impossible to miss
	AlertBreak  Style // a break asked for or due
	AlertYellow Style
	AlertInfo   Style

	BarDone Style
	BarLeft Style
	BarOver Style

	Big    Style          // the break countdown
	Dialog lipgloss.Style // a box around forms and questions (drawn by lipgloss)
	Field  Style          // a form field's label
	Focus  Style          // the focused field's label

	help helpView // the help line and the full help, in these styles
}

type palette struct {
	fg, dim, accent, good, bad, warn, info  lipgloss.Color
	alertFg, alertBg, breakFg, breakBg      lipgloss.Color
	barDone, barLeft, inputFg, keyFg, title lipgloss.Color
}

// The palettes are functions, not variables: nothing in this package is
// shared, mutable, between sessions.
func darkPalette() palette {
	return palette{
		fg: "#E4E4E4", dim: "#9E9E9E", accent: "#87AFFF", good: "#5FD787", bad: "#FF6B6B", warn: "#FFD75F", info: "#87D7FF",
		alertFg: "#FFFFFF", alertBg: "#B00020", breakFg: "#000000", breakBg: "#FFD75F",
		barDone: "#5F87D7", barLeft: "#4E4E4E", inputFg: "#FFFFFF", keyFg: "#87AFFF", title: "#FFFFFF",
	}
}

func lightPalette() palette {
	return palette{
		fg: "#1C1C1C", dim: "#5F5F5F", accent: "#1F4E99", good: "#1B6E34", bad: "#B3141D", warn: "#7A5200", info: "#005F87",
		alertFg: "#FFFFFF", alertBg: "#B00020", breakFg: "#000000", breakBg: "#FFD75F",
		barDone: "#1F4E99", barLeft: "#BCBCBC", inputFg: "#000000", keyFg: "#1F4E99", title: "#000000",
	}
}

func contrastPalette() palette {
	return palette{
		fg: "#FFFFFF", dim: "#FFFFFF", accent: "#FFFF00", good: "#00FF00", bad: "#FF5555", warn: "#FFFF00", info: "#00FFFF",
		alertFg: "#FFFFFF", alertBg: "#C00000", breakFg: "#000000", breakBg: "#FFFF00",
		barDone: "#FFFFFF", barLeft: "#808080", inputFg: "#FFFFFF", keyFg: "#FFFF00", title: "#FFFFFF",
	}
}

// NewStyles builds the styles for one renderer and theme. A nil renderer
// gives plain styles with no colour (as for NO_COLOR). The renderer is
// never asked for the terminal's background: the theme decides. Styles
// are never changed once built, so terminals that show colours alike may
// share them (see Config.Styles).
func NewStyles(r *lipgloss.Renderer, theme string) *Styles {
	if r == nil {
		r = PlainRenderer()
	}
	theme = ResolveTheme(theme, "")
	p := darkPalette()
	switch theme {
	case ThemeLight:
		p = lightPalette()
	case ThemeHighContrast:
		p = contrastPalette()
	}
	hc := theme == ThemeHighContrast
	ns := r.NewStyle
	s := &Styles{
		Plain: r.ColorProfile() == termenv.Ascii,
		Theme: theme,
	}
	s.Text = paint(ns())
	s.Title = paint(ns().Bold(true).Foreground(p.title))
	s.Clock = paint(ns().Bold(true).Foreground(p.accent))
	s.ItemTitle = paint(ns().Bold(true).Foreground(p.fg))
	s.Dim = paint(ns().Foreground(p.dim))
	s.Bold = paint(ns().Bold(true))
	s.Good = paint(ns().Bold(true).Foreground(p.good))
	s.Bad = paint(ns().Bold(true).Foreground(p.bad))
	s.Warn = paint(ns().Bold(true).Foreground(p.warn))
	s.Section = paint(ns().Bold(true).Foreground(p.accent))
	s.Name = paint(ns().Foreground(p.fg))
	s.Marker = paint(ns().Foreground(p.info))
	s.Next = paint(ns().Bold(true).Foreground(p.good))
	s.Speaker = paint(ns().Bold(true).Foreground(p.title))
	s.Decision = paint(ns().Bold(true).Foreground(p.good))
	s.Provisional = paint(ns().Bold(true).Foreground(p.warn))
	s.Action = paint(ns().Bold(true).Foreground(p.info))
	s.Note = paint(ns().Foreground(p.fg))
	s.OffRecord = paint(ns().Italic(true).Foreground(p.dim))
	s.Status = paint(ns().Foreground(p.fg))
	s.StatusErr = paint(ns().Bold(true).Foreground(p.bad))
	s.Prompt = paint(ns().Bold(true).Foreground(p.accent))
	s.Input = paint(ns().Foreground(p.inputFg))
	s.Cursor = paint(ns().Reverse(true))
	s.Hint = paint(ns().Foreground(p.dim))
	s.HelpKey = paint(ns().Bold(true).Foreground(p.keyFg))
	s.HelpDesc = paint(ns().Foreground(p.dim))
	s.HelpSep = paint(ns().Foreground(p.dim))
	s.AlertRed = paint(ns().Bold(true).Foreground(p.alertFg).Background(p.alertBg))
	s.AlertBreak = paint(ns().Bold(true).Foreground(p.breakFg).Background(p.breakBg))
	s.AlertYellow = paint(ns().Bold(true).Foreground(p.warn))
	s.AlertInfo = paint(ns().Foreground(p.info))
	s.BarDone = paint(ns().Foreground(p.barDone))
	s.BarLeft = paint(ns().Foreground(p.barLeft))
	s.BarOver = paint(ns().Foreground(p.bad))
	s.Big = paint(ns().Bold(true).Foreground(p.accent))
	s.Dialog = ns().Border(lipgloss.RoundedBorder()).BorderForeground(p.accent).Padding(0, 1)
	s.Field = paint(ns().Foreground(p.dim))
	s.Focus = paint(ns().Bold(true).Foreground(p.accent))
	if hc {
		// High contrast: no dim text, and everything that matters is bold
		// and underlined as well as coloured.
		s.Dim = paint(ns().Foreground(p.fg))
		s.Hint = paint(ns().Foreground(p.fg))
		s.HelpDesc = paint(ns().Foreground(p.fg))
		s.Field = paint(ns().Foreground(p.fg))
		s.OffRecord = paint(ns().Italic(true).Foreground(p.fg))
		s.Bad = paint(s.Bad.Style.Underline(true))
		s.Warn = paint(s.Warn.Style.Underline(true))
		s.Next = paint(s.Next.Style.Underline(true))
		s.Dialog = s.Dialog.Border(lipgloss.ThickBorder())
	}
	s.help = newHelpView(s)
	return s
}

// PlainRenderer is a renderer with no colour at all, writing nowhere: for
// tests and for output that is not a terminal.
func PlainRenderer() *lipgloss.Renderer {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.Ascii)
	r.SetHasDarkBackground(true)
	return r
}

// Style is a lipgloss style with its escape codes worked out once, so that
// drawing a frame does not build them again for every piece of text (the
// frame is drawn on every change and every tick, for every session). It
// is for text on one line; boxes use lipgloss directly.
type Style struct {
	lipgloss.Style
	pre, post string
}

// Paint is ls with its escape codes worked out once (see Style), for
// screens that build their own styles.
func Paint(ls lipgloss.Style) Style { return paint(ls) }

func paint(ls lipgloss.Style) Style {
	out := ls.Render("X")
	i := strings.Index(out, "X")
	if i < 0 {
		return Style{Style: ls}
	}
	return Style{Style: ls, pre: out[:i], post: out[i+1:]}
}

// Render styles text on one line (several strings are joined by spaces, as
// lipgloss does).
func (s Style) Render(strs ...string) string {
	text := strings.Join(strs, " ")
	if s.pre == "" && s.post == "" {
		return text
	}
	return s.pre + text + s.post
}
