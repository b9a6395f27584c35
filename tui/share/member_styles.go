package share

import "github.com/charmbracelet/lipgloss"

// styles are one session's styles, built from its own renderer (never
// package-level: every session has its own terminal). Meaning is always in
// the words too, never in colour alone.
type styles struct {
	title, dim, label, good, bad, warn, alert, you, key, errText, prompt, cursor, rule lipgloss.Style
}

func newStyles(r *lipgloss.Renderer, theme string) styles {
	n := r.NewStyle
	if theme == "high-contrast" {
		return styles{
			title:   n().Bold(true),
			dim:     n(),
			label:   n().Bold(true),
			good:    n().Bold(true),
			bad:     n().Bold(true).Underline(true),
			warn:    n().Bold(true).Reverse(true),
			alert:   n().Bold(true).Reverse(true),
			you:     n().Bold(true).Underline(true),
			key:     n().Bold(true).Reverse(true),
			errText: n().Bold(true).Underline(true),
			prompt:  n().Bold(true),
			cursor:  n().Reverse(true),
			rule:    n(),
		}
	}
	c := func(light, dark string) lipgloss.AdaptiveColor {
		return lipgloss.AdaptiveColor{Light: light, Dark: dark}
	}
	return styles{
		title:   n().Bold(true).Foreground(c("#1D3557", "#A8DADC")),
		dim:     n().Foreground(c("#555555", "#A0A0A0")),
		label:   n().Bold(true),
		good:    n().Foreground(c("#1B5E20", "#81C784")),
		bad:     n().Bold(true).Foreground(c("#B71C1C", "#FF8A80")),
		warn:    n().Bold(true).Foreground(c("#8A4B00", "#FFD54F")),
		alert:   n().Bold(true).Foreground(lipgloss.Color("#FFFFFF")).Background(lipgloss.Color("#B71C1C")),
		you:     n().Bold(true).Foreground(c("#4A148C", "#CE93D8")),
		key:     n().Bold(true).Foreground(c("#0D47A1", "#90CAF9")),
		errText: n().Foreground(c("#B71C1C", "#FF8A80")),
		prompt:  n().Bold(true).Foreground(c("#0D47A1", "#90CAF9")),
		cursor:  n().Reverse(true),
		rule:    n().Foreground(c("#9E9E9E", "#616161")),
	}
}
