package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/help"

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
		Ellipsis:       s.HelpSep,
		ShortKey:       s.HelpKey,
		ShortDesc:      s.HelpDesc,
		ShortSeparator: s.HelpSep,
		FullKey:        s.HelpKey,
		FullDesc:       s.HelpDesc,
		FullSeparator:  s.HelpSep,
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
	for _, l := range strings.Split(h.model.FullHelpView(k.FullHelp()), "\n") {
		out = append(out, " "+trunc(l, w-1))
	}
	out = append(out, "")
	out = append(out, s.Bold.Render(" Commands: press : and type one (tab completes names and verbs; names match ignoring accents)"))
	lines := meeting.HelpLines(f.role, "")
	if len(lines) > 0 {
		lines = lines[1:]
	}
	// Two columns of commands when there is room.
	colW := 0
	for _, l := range lines {
		colW = max(colW, width(strings.TrimSpace(l)))
	}
	if w >= 2*min(colW, 70)+4 && ht-len(out) < len(lines) {
		half := (len(lines) + 1) / 2
		cw := (w - 2) / 2
		for i := 0; i < half; i++ {
			l := pad(" "+strings.TrimSpace(lines[i]), cw)
			if i+half < len(lines) {
				l += " " + trunc(strings.TrimSpace(lines[i+half]), cw)
			}
			out = append(out, trunc(l, w))
		}
	} else {
		for _, l := range lines {
			out = append(out, trunc(l, w))
		}
	}
	return out
}
