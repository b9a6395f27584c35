package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"

	"github.com/gyda/gyda/meeting"
)

// helpView is the help line at the bottom and the full help on ?, both
// generated from the key bindings (bubbles/help), so they only ever offer
// what the actor may do now.
type helpView struct {
	model help.Model
}

func newHelpView(s *Styles) helpView {
	h := help.New()
	// Every style comes from this session's renderer (help.New's defaults
	// would ask the terminal for its background).
	h.Styles = help.Styles{
		Ellipsis:       s.HelpSep.Style,
		ShortKey:       s.HelpKey.Style,
		ShortDesc:      s.HelpDesc.Style,
		ShortSeparator: s.HelpSep.Style,
		FullKey:        s.HelpKey.Style,
		FullDesc:       s.HelpDesc.Style,
		FullSeparator:  s.HelpSep.Style,
	}
	h.ShortSeparator = " · "
	return helpView{model: h}
}

// line is the one-line help for a key map.
func (h helpView) line(k help.KeyMap, w int) string {
	h.model.Width = w
	return trunc(h.model.ShortHelpView(k.ShortHelp()), w)
}

// full is the whole help: every key in columns, then the commands the role
// may type.
func (h helpView) full(f frame, k help.KeyMap, w, ht int) []string {
	s := f.s
	h.model.Width = w
	out := []string{rule("Help: keys and commands (esc or ? to close)", w, s)}
	out = append(out, "")
	// The key columns side by side when they fit, else two by two.
	groups := k.FullHelp()
	sets := [][][]key.Binding{groups}
	if width(h.model.FullHelpView(groups)) > w-1 || w < 110 {
		half := (len(groups) + 1) / 2
		sets = [][][]key.Binding{groups[:half], groups[half:]}
	}
	for i, set := range sets {
		if i > 0 {
			out = append(out, "")
		}
		for _, l := range strings.Split(h.model.FullHelpView(set), "\n") {
			out = append(out, " "+trunc(l, w-1))
		}
	}
	out = append(out, "")
	out = append(out, s.Bold.Render(" Commands: press : and type one (tab completes names and verbs; names match ignoring accents)"))
	lines := meeting.HelpLines(f.role, "")
	if len(lines) > 0 {
		lines = lines[1:]
	}
	// Each command with what it does when there is room; else just how
	// to type them, wrapped.
	if ht-len(out) >= len(lines) {
		for _, l := range lines {
			out = append(out, trunc(l, w))
		}
		return out
	}
	var usages []string
	for _, v := range meeting.Verbs() {
		if meeting.Allowed(f.role, v.Verb) {
			usages = append(usages, v.Usage)
		}
	}
	out = append(out, listWrap("  ", usages, w)...)
	return out
}
