package tui

import (
	"strings"

	"github.com/gyda/gyda/meeting"
	"github.com/gyda/gyda/roster"
)

// people is who is here, by kind (lived experience, staff, not counted),
// with markers for roles, remote attendance and access needs; then the
// apologies, who has left (and when), and who has not come yet. Those who
// may not see each person's kind (guests) see one list by name, with the
// counts by kind in the quorum line.
type people struct{}

type personRow struct {
	name    string
	markers []string
}

// personGroup is one group in the pane; title is "" for the one list a
// viewer who may not see kinds gets.
type personGroup struct {
	title string
	rows  []personRow
}

func (people) groups(f frame) []personGroup {
	st := f.st
	kinds := st.Sight().Kinds
	lived := personGroup{title: "Lived experience"}
	staff := personGroup{title: "Staff"}
	guests := personGroup{title: "Not counted"}
	all := personGroup{}
	for _, a := range st.Present() {
		p := st.Person(a.Person)
		r := personRow{name: p.Name}
		switch a.Person {
		case st.Chair:
			r.markers = append(r.markers, "[chair]")
		case st.Minutes:
			r.markers = append(r.markers, "[minutes]")
		}
		if sp := st.Speaker; sp != nil && sp.Person == a.Person {
			r.markers = append(r.markers, "[speaking]")
		}
		if a.Remote {
			r.markers = append(r.markers, "[remote]")
		}
		if f.lost[a.Person] {
			r.markers = append(r.markers, "[connection lost]")
		}
		if needs := needsText(p, a.Remote); needs != "" {
			r.markers = append(r.markers, "["+needs+"]")
		}
		if !kinds {
			all.rows = append(all.rows, r)
			continue
		}
		switch {
		case p.Kind == roster.Carer:
			r.markers = append(r.markers, "carer")
		case p.Kind == roster.PersonUsingServices:
			r.markers = append(r.markers, "uses services")
		case p.Kind.IsStaff() && p.DecisionAuthority:
			r.markers = append(r.markers, "[authority]")
		case !p.Kind.Counted():
			r.markers = append(r.markers, p.Kind.Label())
		}
		switch {
		case p.Kind.LivedExperience():
			lived.rows = append(lived.rows, r)
		case p.Kind.IsStaff():
			staff.rows = append(staff.rows, r)
		default:
			guests.rows = append(guests.rows, r)
		}
	}
	if !kinds {
		return []personGroup{all}
	}
	return []personGroup{lived, staff, guests}
}

// count is how many people the groups hold.
func count(groups []personGroup) int {
	n := 0
	for _, g := range groups {
		n += len(g.rows)
	}
	return n
}

// needsText lists a person's access needs in words: "large print, easy
// read". Remote is left out for someone already marked [remote].
func needsText(p roster.Person, remote bool) string {
	var out []string
	for _, n := range p.Needs {
		if remote && roster.Fold(n) == roster.NeedRemote {
			continue
		}
		out = append(out, strings.ReplaceAll(n, "-", " "))
	}
	return strings.Join(out, ", ")
}

// notHere lists the active members who have not come (they are not here,
// have not been here and left, and have not sent apologies). Who is a
// member is told by their kind, so those who may not see kinds (guests)
// are not shown the list.
func notHere(f frame) []string {
	if !f.st.Sight().Kinds {
		return nil
	}
	var out []string
	for _, p := range f.st.Roster.Active() {
		if !p.Kind.Counted() || f.st.HasApologies(p.ID) || attended(f.st.Attendance, p.ID) {
			continue
		}
		out = append(out, p.Name)
	}
	return out
}

// attended reports whether someone has arrived at any time.
func attended(stints []meeting.Stint, id string) bool {
	for _, a := range stints {
		if a.Person == id {
			return true
		}
	}
	return false
}

// left lists who came and has gone, in the order they left, with the time:
// "Tom Hughes (16:08)". Someone who left and came back is here, not gone.
func left(f frame) []string {
	st := f.st
	var out []string
	for i, a := range st.Attendance {
		if a.To.IsZero() || st.IsPresent(a.Person) || attended(st.Attendance[i+1:], a.Person) {
			continue
		}
		out = append(out, f.name(a.Person)+" ("+st.LocalTime(a.To)+")")
	}
	return out
}

// nobodyHere is what the pane says while nobody is here, with how to
// record an arrival only for those who may.
func nobodyHere(f frame) string {
	text := " Nobody has arrived yet."
	if len(f.st.Attendance) > 0 {
		text = " Nobody is here now."
	}
	if f.st.IsOpen() && meeting.Allowed(f.role, meeting.VerbArrive) {
		text += " Press i or type :arrive NAME to record who is here."
	}
	return text
}

func apologies(f frame) []string {
	out := make([]string, len(f.st.Apologies))
	for i, id := range f.st.Apologies {
		out[i] = f.name(id)
	}
	return out
}

// top is the pane's title, with the number here, and while nobody is,
// what to do about it.
func (people) top(f frame, n, w int) []string {
	s := f.s
	lines := []string{rule("People here: "+itoa(n), w, s)}
	if n == 0 {
		for _, l := range wrapIndent(nobodyHere(f), w, 1) {
			lines = append(lines, s.Dim.Render(l))
		}
	}
	return lines
}

// block is the pane in a column of w: one person a line.
func (pp people) block(f frame, w int) block {
	s := f.s
	groups := pp.groups(f)
	lines := pp.top(f, count(groups), w)
	nameW := 0
	for _, g := range groups {
		for _, r := range g.rows {
			nameW = max(nameW, width(r.name))
		}
	}
	nameW = min(nameW, max(w/2, 12))
	for _, g := range groups {
		if len(g.rows) == 0 {
			continue
		}
		if g.title != "" {
			lines = append(lines, s.Bold.Render(" "+g.title+": "+itoa(len(g.rows))))
		}
		for _, r := range g.rows {
			l := "  " + s.Name.Render(pad(r.name, nameW))
			if len(r.markers) == 0 {
				lines = append(lines, trunc(l, w))
				continue
			}
			// Markers that do not fit go on the next lines, under the
			// first: access needs are never cut off.
			mw := w - nameW - 3
			if mw < 12 {
				lines = append(lines, trunc(l+" "+s.Marker.Render(strings.Join(r.markers, " ")), w))
				continue
			}
			for i, ml := range wrap(strings.Join(r.markers, " "), mw) {
				if i == 0 {
					lines = append(lines, l+" "+s.Marker.Render(ml))
				} else {
					lines = append(lines, pad("", nameW+3)+s.Marker.Render(ml))
				}
			}
		}
	}
	lines = append(lines, notHereLines(f, w)...)
	return block{lines: lines, min: min(len(lines), 4)}
}

// names is the pane at its shortest: who is here, by name only (the
// quorum line has the numbers), for a narrow screen with no room for the
// markers.
func (pp people) names(f frame, w int) block {
	present := f.st.Present()
	lines := pp.top(f, len(present), w)
	if len(present) > 0 {
		names := make([]string, len(present))
		for i, a := range present {
			names[i] = f.name(a.Person) + remoteMark(f, a.Person)
			if f.lost[a.Person] {
				names[i] += " [connection lost]"
			}
		}
		lines = append(lines, listWrap(" Here: ", names, w)...)
	}
	lines = append(lines, notHereLines(f, w)...)
	return block{lines: lines, min: min(len(lines), 3)}
}

// compact is the pane for a narrow screen: each kind on wrapped lines
// (everyone on the same lines, for those who may not see kinds).
func (pp people) compact(f frame, w int) block {
	s := f.s
	groups := pp.groups(f)
	lines := pp.top(f, count(groups), w)
	for _, g := range groups {
		if len(g.rows) == 0 {
			continue
		}
		items := make([]string, len(g.rows))
		for i, r := range g.rows {
			items[i] = r.name
			if len(r.markers) > 0 {
				items[i] += " " + s.Marker.Render(strings.Join(r.markers, " "))
			}
		}
		label := " Here: "
		switch {
		case g.title == "Not counted":
			label = " Not counted: "
		case g.title != "":
			label = " " + g.title + " " + itoa(len(g.rows)) + ": "
		}
		lines = append(lines, listWrap(s.Bold.Render(label), items, w)...)
	}
	lines = append(lines, notHereLines(f, w)...)
	return block{lines: lines, min: min(len(lines), 3)}
}

// notHereLines are the pane's last lines, the same in every layout: who
// sent apologies, who has left, and who has not come yet.
func notHereLines(f frame, w int) []string {
	s := f.s
	var lines []string
	if ap := apologies(f); len(ap) > 0 {
		lines = append(lines, listWrap(s.Bold.Render(" Apologies: "), ap, w)...)
	}
	if gone := left(f); len(gone) > 0 {
		for _, l := range listWrap(" Left: ", gone, w) {
			lines = append(lines, s.Dim.Render(l))
		}
	}
	if nh := notHere(f); len(nh) > 0 {
		for _, l := range listWrap(" Not here yet: ", nh, w) {
			lines = append(lines, s.Dim.Render(l))
		}
	}
	return lines
}
