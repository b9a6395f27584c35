package share

import (
	"strings"

	"github.com/charmbracelet/lipgloss"
)

// ink is a style reduced to the escape codes around a text, worked out
// once per session: lipgloss works out colours for the terminal on every
// Render, which for 300 screens redrawing at once is most of the cost.
type ink struct{ pre, post string }

// Render styles a text that has no line breaks.
func (k ink) Render(s string) string {
	if k.pre == "" || s == "" {
		return s
	}
	return k.pre + s + k.post
}

func inkOf(st lipgloss.Style) ink {
	const mark = "X"
	out := st.Render(mark)
	i := strings.Index(out, mark)
	if i < 0 {
		return ink{}
	}
	return ink{pre: out[:i], post: out[i+len(mark):]}
}

// styles are one session's styles, built from its own renderer (never
// package-level: every session has its own terminal). Meaning is always in
// the words too, never in colour alone.
type styles struct {
	title, dim, label, good, bad, warn, alert, you, key, errText, prompt, cursor, rule ink
}

func newStyles(r *lipgloss.Renderer, theme string) styles {
	n := r.NewStyle
	if theme == "high-contrast" {
		return styles{
			title:   inkOf(n().Bold(true)),
			dim:     ink{},
			label:   inkOf(n().Bold(true)),
			good:    inkOf(n().Bold(true)),
			bad:     inkOf(n().Bold(true).Underline(true)),
			warn:    inkOf(n().Bold(true).Reverse(true)),
			alert:   inkOf(n().Bold(true).Reverse(true)),
			you:     inkOf(n().Bold(true).Underline(true)),
			key:     inkOf(n().Bold(true).Reverse(true)),
			errText: inkOf(n().Bold(true).Underline(true)),
			prompt:  inkOf(n().Bold(true)),
			cursor:  inkOf(n().Reverse(true)),
			rule:    ink{},
		}
	}
	c := func(light, dark string) lipgloss.AdaptiveColor {
		return lipgloss.AdaptiveColor{Light: light, Dark: dark}
	}
	return styles{
		title:   inkOf(n().Bold(true).Foreground(c("#1D3557", "#A8DADC"))),
		dim:     inkOf(n().Foreground(c("#555555", "#A0A0A0"))),
		label:   inkOf(n().Bold(true)),
		good:    inkOf(n().Foreground(c("#1B5E20", "#81C784"))),
		bad:     inkOf(n().Bold(true).Foreground(c("#B71C1C", "#FF8A80"))),
		warn:    inkOf(n().Bold(true).Foreground(c("#8A4B00", "#FFD54F"))),
		alert:   inkOf(n().Bold(true).Foreground(lipgloss.Color("#FFFFFF")).Background(lipgloss.Color("#B71C1C"))),
		you:     inkOf(n().Bold(true).Foreground(c("#4A148C", "#CE93D8"))),
		key:     inkOf(n().Bold(true).Foreground(c("#0D47A1", "#90CAF9"))),
		errText: inkOf(n().Foreground(c("#B71C1C", "#FF8A80"))),
		prompt:  inkOf(n().Bold(true).Foreground(c("#0D47A1", "#90CAF9"))),
		cursor:  inkOf(n().Reverse(true)),
		rule:    inkOf(n().Foreground(c("#9E9E9E", "#616161"))),
	}
}
