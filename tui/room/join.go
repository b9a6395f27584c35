package room

import (
	"strings"
)

// joinBlock says how to join from one's own device while the meeting is
// shared: the ssh command and the host key's fingerprint to check, and
// the passcode only when group.toml's [room] show_passcode allows it.
func joinBlock(f frame) *block {
	b := &block{}
	j := f.join
	if j == nil || f.st == nil {
		return b
	}
	addrs, port := hosts(j.Address)
	var cmds []string
	for _, a := range addrs {
		c := "ssh " + a
		if port != "" && port != "22" {
			c = "ssh -p " + port + " " + a
		}
		cmds = append(cmds, c)
	}
	label := f.t.say(func(w words) string { return w.join }) + ": "
	key := f.t.say(func(w words) string { return w.key }) + " " + clean(j.Fingerprint)
	first := f.s.Label.Render(label) + f.s.Name.Render(strings.Join(cmds, "  or  "))
	parts := []string{f.s.Base.Render(key)}
	if j.Passcode != "" && f.st.Setup.Group.Room.ShowPasscode {
		parts = append(parts, f.s.Name.Render(f.t.say(func(w words) string { return w.passcode })+" "+clean(j.Passcode)))
	}
	// The fingerprint is never cut: it is there to be checked, whole.
	pad := f.s.Base.Render(strings.Repeat(" ", width(label)))
	lines := []string{cut(first, f.w)}
	switch rest := strings.Join(parts, f.s.Base.Render(" · ")); {
	case width(label)+width(rest) <= f.w:
		lines = append(lines, pad+rest)
	case width(rest) <= f.w:
		lines = append(lines, rest)
	default:
		lines = append(lines, parts...)
	}
	b.add(lvPlain, lines...)
	if one := first + f.s.Base.Render(" · ") + strings.Join(parts, f.s.Base.Render(" · ")); width(one) <= f.w {
		b.add(lvLine, one)
	}
	return b
}
