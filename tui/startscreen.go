package tui

import (
	"sort"
	"strings"

	"github.com/gyda/gyda/internal/prose"
	"github.com/gyda/gyda/meeting"
	"github.com/gyda/gyda/roster"
)

// Suggestion is who is suggested for a role today, best first, and why.
type Suggestion struct {
	Role   roster.Role
	People []string // roster ids
	Why    string   // how they were chosen, in a few words
}

// SuggestFunc suggests today's chair and minute-taker. The rotation
// history (who held each role and when) plugs in here.
type SuggestFunc func(st *meeting.State) []Suggestion

// TrainedSuggestions suggests, for each role, the people trained for it
// who have not opted out, those here now first. It is the suggestion when
// no rotation history is given.
func TrainedSuggestions(st *meeting.State) []Suggestion {
	var out []Suggestion
	for _, role := range roster.Roles() {
		var ids []string
		for _, p := range st.Roster.Active() {
			if p.TrainedFor(role) && !p.OptedOut(role) && p.Kind.Counted() {
				ids = append(ids, p.ID)
			}
		}
		sort.SliceStable(ids, func(i, j int) bool { return st.IsPresent(ids[i]) && !st.IsPresent(ids[j]) })
		out = append(out, Suggestion{Role: role, People: ids})
	}
	return out
}

// startScreen is shown on the chair's laptop when a new meeting opens:
// today's meeting, the roles suggested for today, the standing items to go
// through (who is here, apologies, quorum, declarations) and the agenda.
type startScreen struct {
	suggest SuggestFunc
	// The suggestions for the snapshot last shown: working them out may
	// read the group's history, so it is done once per snapshot, not per
	// frame.
	cached  []Suggestion
	version uint64
	ok      bool
}

// suggestions are today's suggestions for the snapshot shown.
func (ss *startScreen) suggestions(f frame) []Suggestion {
	if ss.ok && ss.version == f.version {
		return ss.cached
	}
	suggest := ss.suggest
	if suggest == nil {
		suggest = TrainedSuggestions
	}
	ss.cached, ss.version, ss.ok = suggest(f.st), f.version, true
	return ss.cached
}

// blocks are the start screen's parts, in the order they are shown: the
// meeting, the roles, the standing items, the agenda.
func (ss *startScreen) blocks(f frame, w int) []block {
	st, s := f.st, f.s
	a := st.Setup.Agenda
	when := openedText(st)
	where := a.Place
	if a.Online {
		if where != "" {
			where += ", and online"
		} else {
			where = "online"
		}
	}
	today := " " + a.Title + " · " + when
	if where != "" {
		today += " · " + where
	}
	intro := []string{rule("Before we start", w, s)}
	intro = append(intro, wrapIndent(today, w, 1)...)

	heading := " Suggested roles for today"
	if ss.suggest == nil {
		heading += s.Dim.Render(" (people trained for the role, those here first)")
	}
	roles := []string{trunc(s.Bold.Render(heading), w)}
	var why []string
	for _, sg := range ss.suggestions(f) {
		label := "   " + pad(prose.UpperFirst(sg.Role.Label())+":", 14)
		holder := st.Chair
		if sg.Role == roster.RoleMinutes {
			holder = st.Minutes
		}
		var names []string
		for _, id := range sg.People {
			n := f.name(id)
			switch {
			case id == holder:
				n += " [has the role]"
			case st.IsPresent(id):
				n += " [here]"
			}
			names = append(names, n)
		}
		if len(names) == 0 {
			names = []string{"nobody trained yet: ask for a volunteer"}
		}
		roles = append(roles, listWrap(label, names, w)...)
		if sg.Why != "" {
			label := "   " + prose.UpperFirst(sg.Role.Label()) + ": "
			why = append(why, styleLines(s.Dim.Render, hang(label, sg.Why, w))...)
		}
	}
	roles = append(roles, s.Dim.Render(trunc("   Hand a role over with :chair NAME and :minutes NAME once they are here.", w)))
	roles = append(roles, why...)

	steps := []string{s.Bold.Render(" Go through these first")}
	for _, step := range [][2]string{
		{"1. Welcome: record who is here", "i, or :arrive NAME [remote]"},
		{"2. Apologies received", ":apologies NAME"},
		{"3. Quorum and balance", "shown live at the top"},
		{"4. Declarations of interest", ":declare NAME item N: TEXT"},
		{"", "(keeps NAME out of item N's decisions)"},
	} {
		steps = append(steps, trunc("   "+pad(step[0], 33)+s.Dim.Render(step[1]), w))
	}

	items := []string{s.Bold.Render(" Agenda")}
	for i, it := range a.Items {
		t := "   " + itoa(i+1) + ". " + it.Title + s.Dim.Render(" · "+itoa(it.Minutes)+"m")
		if it.Lead != "" {
			t += s.Dim.Render(" · " + f.name(it.Lead))
		}
		items = append(items, trunc(t, w))
	}
	return []block{
		{lines: intro, min: len(intro)},
		{lines: roles, min: len(roles) - 1 - len(why), opt: 1 + len(why)},
		{lines: steps, min: len(steps)},
		{lines: items, min: 0},
	}
}

// openedText is when the meeting opened, in the group's time zone, and
// when the agenda planned it if that was another day or time: "Monday 23
// November 2026, opened at 16:15 (planned for Thursday 3 December 2026,
// 10:00)".
func openedText(st *meeting.State) string {
	loc := st.Location()
	planned := st.Setup.Agenda.Start.In(loc)
	if st.Opened.IsZero() {
		return planned.Format("Monday 2 January 2006, 15:04")
	}
	opened := st.Opened.In(loc)
	out := opened.Format("Monday 2 January 2006") + ", opened at " + opened.Format("15:04")
	switch {
	case planned.IsZero():
	case opened.Format("2006-01-02") != planned.Format("2006-01-02"):
		out += " (planned for " + planned.Format("Monday 2 January 2006, 15:04") + ")"
	case opened.Format("15:04") != planned.Format("15:04"):
		out += " (planned for " + planned.Format("15:04") + ")"
	}
	return out
}

// wrapIndent wraps text, indenting the lines after the first.
func wrapIndent(text string, w, indent int) []string {
	lines := wrap(text, w)
	if len(lines) <= 1 || indent >= w {
		return lines
	}
	// The lines after the first are indented: wrapped narrower, so the
	// indent never pushes a word off the screen.
	out := []string{lines[0]}
	for _, l := range wrap(strings.Join(lines[1:], " "), w-indent) {
		out = append(out, pad("", indent)+l)
	}
	return out
}
