package room

import (
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/gyda/gyda/tui"
)

// The room screen's themes. High contrast is the default: the screen is
// read from across a room, often on a washed-out projector.
const (
	ThemeHighContrast = "high-contrast"
	ThemeDark         = "dark"
	ThemeLight        = "light"
)

// Themes lists the themes, as --theme accepts them.
func Themes() []string { return []string{ThemeHighContrast, ThemeDark, ThemeLight} }

// ValidTheme reports whether t is a theme ("" is the default).
func ValidTheme(t string) bool {
	for _, x := range append(Themes(), "") {
		if t == x {
			return true
		}
	}
	return false
}

// Styles are the styles of one room screen, built for its renderer. Each
// theme paints its own background across the whole screen, so that its
// contrast does not depend on the terminal's colours. Without colour
// (NO_COLOR) nothing is styled at all: the words, the markers (✓ ✗) and
// the large type say everything.
//
// Each style's escape codes are worked out once (tui.Style): the screen
// is drawn every second, and lipgloss would work out the colours for the
// terminal again on every piece of text.
type Styles struct {
	Base     tui.Style // the background, and ordinary text
	Title    tui.Style // the group's name
	Label    tui.Style // "Item 4 of 7", "Speaking"
	Dim      tui.Style // less important words
	Big      tui.Style // large type
	Name     tui.Style // the speaker
	Good     tui.Style // quorate, balanced
	Bad      tui.Style // not quorate, not balanced, over time
	Warn     tui.Style // a break due, provisional
	Alert    tui.Style // a red card
	Pause    tui.Style // a break
	Decision tui.Style
}

// palette is a theme's colours.
type palette struct {
	bg, fg, dim, accent, good, bad, warn lipgloss.Color
	alertFg, alertBg, pauseFg, pauseBg   lipgloss.Color
}

func highContrast() palette {
	return palette{bg: "#000000", fg: "#FFFFFF", dim: "#FFFFFF", accent: "#FFFF00", good: "#00FF00", bad: "#FF6060", warn: "#FFFF00",
		alertFg: "#FFFFFF", alertBg: "#C00000", pauseFg: "#000000", pauseBg: "#FFFF00"}
}

func dark() palette {
	return palette{bg: "#121212", fg: "#EEEEEE", dim: "#B2B2B2", accent: "#87D7FF", good: "#87FF87", bad: "#FF8787", warn: "#FFD75F",
		alertFg: "#FFFFFF", alertBg: "#B00020", pauseFg: "#000000", pauseBg: "#FFD75F"}
}

func light() palette {
	return palette{bg: "#FFFFFF", fg: "#000000", dim: "#3A3A3A", accent: "#003F8F", good: "#0B5D1E", bad: "#A00000", warn: "#6B4700",
		alertFg: "#FFFFFF", alertBg: "#A00000", pauseFg: "#000000", pauseBg: "#FFD75F"}
}

// NewStyles builds the styles for a renderer and theme ("" is high
// contrast). It never asks the terminal anything.
func NewStyles(r *lipgloss.Renderer, theme string) Styles {
	p := highContrast()
	switch theme {
	case ThemeDark:
		p = dark()
	case ThemeLight:
		p = light()
	}
	base := r.NewStyle().Background(p.bg).Foreground(p.fg)
	bold := base.Bold(true)
	return Styles{
		Base:     tui.Paint(base),
		Title:    tui.Paint(bold),
		Label:    tui.Paint(bold.Foreground(p.accent)),
		Dim:      tui.Paint(base.Foreground(p.dim)),
		Big:      tui.Paint(bold.Foreground(p.accent)),
		Name:     tui.Paint(bold),
		Good:     tui.Paint(bold.Foreground(p.good)),
		Bad:      tui.Paint(bold.Foreground(p.bad).Underline(true)),
		Warn:     tui.Paint(bold.Foreground(p.warn)),
		Alert:    tui.Paint(bold.Foreground(p.alertFg).Background(p.alertBg)),
		Pause:    tui.Paint(bold.Foreground(p.pauseFg).Background(p.pauseBg)),
		Decision: tui.Paint(bold.Foreground(p.good)),
	}
}

// fill pads each line with the background to the full width, and fills
// the screen to its height, so the theme's background covers it all.
func (s Styles) fill(lines []string, w, h int) string {
	var b strings.Builder
	blank := s.Base.Render(strings.Repeat(" ", w))
	for i := range h {
		if i > 0 {
			b.WriteByte('\n')
		}
		if i >= len(lines) {
			b.WriteString(blank)
			continue
		}
		line := lines[i]
		lw := ansi.StringWidth(line)
		if lw > w {
			line = ansi.Truncate(line, w, "")
			lw = ansi.StringWidth(line)
		}
		b.WriteString(line)
		if lw < w {
			b.WriteString(s.Base.Render(strings.Repeat(" ", w-lw)))
		}
	}
	return b.String()
}
