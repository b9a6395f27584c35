package tui

import (
	"net"
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

// prioritised is a key map whose help line, when it is too narrow for
// every key, keeps the most needed (KeyMap: the chair's :, ? and e always).
type prioritised interface {
	Priority() []key.Binding
}

// line is the one-line help for a key map.
func (h helpView) line(k help.KeyMap, w int) string {
	h.model.Width = w
	keys := k.ShortHelp()
	if p, ok := k.(prioritised); ok {
		keys = fitKeys(keys, p.Priority(), w, width(h.model.ShortSeparator))
	}
	return trunc(h.model.ShortHelpView(keys), w)
}

// fitKeys keeps, of the enabled keys shown, those that fit in w columns,
// taken in priority order (a key that does not fit makes room for a
// shorter one after it); they are shown in their own order.
func fitKeys(shown, prio []key.Binding, w, sep int) []key.Binding {
	kept := make([]bool, len(shown))
	used := 0
	for _, p := range prio {
		for i, b := range shown {
			if kept[i] || !b.Enabled() || b.Help().Key != p.Help().Key {
				continue
			}
			bw := width(b.Help().Key) + 1 + width(b.Help().Desc)
			if used > 0 {
				bw += sep
			}
			if used+bw <= w {
				kept[i] = true
				used += bw
			}
		}
	}
	out := make([]key.Binding, 0, len(shown))
	for i, b := range shown {
		if kept[i] {
			out = append(out, b)
		}
	}
	return out
}

// full is the whole help: every key the actor may press now, in columns,
// then the commands they may type.
func (h helpView) full(f frame, k help.KeyMap, w, ht int) []string {
	s := f.s
	h.model.Width = w
	out := []string{rule("Help: keys and commands (esc or ? to close)", w, s)}
	// Only columns with a key in them, so nothing shows as a gap; side by
	// side when they fit, else two by two.
	var groups [][]key.Binding
	for _, g := range k.FullHelp() {
		var on []key.Binding
		for _, b := range g {
			if b.Enabled() {
				on = append(on, b)
			}
		}
		if len(on) > 0 {
			groups = append(groups, on)
		}
	}
	sets := [][][]key.Binding{groups}
	if len(groups) > 2 && width(h.model.FullHelpView(groups)) > w-1 {
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
	if sh := f.share; sh != nil {
		out = append(out, "", s.Bold.Render(" Sharing this meeting over SSH"))
		join := "   To join: ssh"
		if _, port, err := net.SplitHostPort(sh.Address); err == nil && port != "22" {
			join += " -p " + port
		}
		join += " HOST, where HOST is this laptop's address (gyda listens on " + sh.Address + "). Guests give the passcode " + sh.Passcode + " and watch."
		out = append(out, wrapIndent(join, w, 3)...)
		if sh.Fingerprint != "" {
			out = append(out, wrapIndent("   Host key: "+sh.Fingerprint+" (check it when ssh asks)", w, 3)...)
		}
	}
	if f.hostKey != "" {
		out = append(out, "")
		out = append(out, wrapIndent(" The laptop running the meeting has the host key "+f.hostKey+": ssh showed it when you first joined.", w, 1)...)
	}
	out = append(out, "")
	heading := " Commands: press : and type one (tab completes verbs and names; names match ignoring accents)"
	if width(heading) > w {
		heading = " Commands: press : and type one (tab completes verbs and names)"
	}
	out = append(out, trunc(s.Bold.Render(heading), w))
	verbs := offeredVerbs(f.st, f.role, f.commands)
	// Each command with what it does when there is room; else just how
	// to type them, wrapped.
	const uw = 34
	var lines []string
	for _, v := range verbs {
		if width(v.Usage) > uw {
			lines = append(lines, trunc("  "+v.Usage, w))
			lines = append(lines, hang(pad("", uw+3), v.Summary, w)...)
			continue
		}
		lines = append(lines, hang("  "+pad(v.Usage, uw)+" ", v.Summary, w)...)
	}
	if ht-len(out) >= len(lines) {
		return append(out, lines...)
	}
	usages := make([]string, len(verbs))
	for i, v := range verbs {
		usages[i] = v.Usage
	}
	list := listWrap("  ", usages, w)
	if room := ht - len(out); len(list) > room && room > 0 {
		list = append(list[:room-1], s.Dim.Render("  … and more (a taller window shows them all; :help VERB explains one)"))
	}
	return append(out, list...)
}

// offeredVerbs are the commands the role may type now: wait only on the
// rehearsal clock (--clock sim), where it means something; the host's own
// commands (Config.Commands) to whoever holds the chair.
func offeredVerbs(st *meeting.State, role meeting.Role, host []meeting.VerbInfo) []meeting.VerbInfo {
	var out []meeting.VerbInfo
	for _, v := range meeting.Verbs() {
		if offers(st, role, v.Verb) {
			out = append(out, v)
		}
	}
	if role == meeting.RoleChair {
		out = append(out, host...)
	}
	return out
}

// offers reports whether the screen offers a verb to a role (in help and
// completion).
func offers(st *meeting.State, role meeting.Role, v meeting.Verb) bool {
	return meeting.Allowed(role, v) && (v != meeting.VerbWait || st.Setup.Clock == "sim")
}
