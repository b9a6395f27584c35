package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gyda/gyda/config"
	"github.com/gyda/gyda/internal/prose"
	"github.com/gyda/gyda/meeting"
	"github.com/gyda/gyda/meeting/history"
	"github.com/gyda/gyda/roster"
	"github.com/gyda/gyda/tui"
)

// runRota is "gyda rota [--group DIR]": who held the chair and the
// minutes at each past meeting, how often each person has held them, who
// is suggested next and why, and who has missed meetings without
// apologies.
func runRota(args []string, e env) error {
	fs := newFlagSet("rota", e)
	group := fs.String("group", ".", "the group folder, holding group.toml, roster.toml and meetings/")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("gyda rota takes no arguments (got %q); give the group folder with --group DIR", pos[0])
	}
	folder, err := config.LoadFolder(*group)
	if err != nil {
		return err
	}
	h, err := history.Load(*group)
	if err != nil {
		return err
	}
	fmt.Fprint(e.stdout, rotaReport(h, folder, time.Now()))
	return nil
}

// rotaReport is the rota in plain text at now, with bars of # for how
// often each person held a role, and who was elected to it and until
// when.
func rotaReport(h *history.History, folder config.Folder, now time.Time) string {
	var b strings.Builder
	name := folder.Group.Name
	if name == "" {
		name = "the group"
	}
	fmt.Fprintf(&b, "Rota for %s: who held each role, and who is suggested next.\n", name)
	if len(h.Meetings) == 0 {
		b.WriteString("No meetings have ended yet, so there is no history; the suggestions come from the roster alone.\n")
	}
	people := folder.Roster.People()
	s := h.Suggest(people, folder.Group, nil, now)
	for _, role := range roster.Roles() {
		sg := s.Chair
		if role == roster.RoleMinutes {
			sg = s.Minutes
		}
		heading := prose.UpperFirst(role.Label())
		fmt.Fprintf(&b, "\n%s\n%s\n", heading, strings.Repeat("-", len(heading)))
		counts := map[string]int{}
		var order []history.Holder
		for _, m := range h.Meetings {
			holders := m.RoleHolders(role)
			var names []string
			for _, hd := range holders {
				names = append(names, hd.Name+" ("+hd.Kind.Label()+")")
				if counts[hd.ID] == 0 {
					order = append(order, hd)
				}
				counts[hd.ID]++
			}
			who := "not recorded"
			if len(names) > 0 {
				who = strings.Join(names, ", then ")
			}
			fmt.Fprintf(&b, "  %-17s %s\n", roster.LongDate(m.Opened()), who)
		}
		if len(order) > 0 {
			verb := "Times chaired"
			if role == roster.RoleMinutes {
				verb = "Times taking the minutes"
			}
			b.WriteString(verb + ":\n")
			var labels, texts []string
			var values []float64
			top := 0.0
			for _, hd := range order {
				labels = append(labels, "  "+hd.Name)
				values = append(values, float64(counts[hd.ID]))
				texts = append(texts, fmt.Sprint(counts[hd.ID]))
				top = max(top, float64(counts[hd.ID]))
			}
			b.WriteString(history.TextBars(labels, values, top, texts))
		}
		if sg.Term != nil {
			b.WriteString("Elected: " + sg.Term.Line(now) + "\n")
		} else if line := roster.NoElectionLine(role, int(folder.Group.Rotation.Term)); line != "" && role == roster.RoleChair {
			b.WriteString("Elected: " + line + "\n")
		}
		b.WriteString("Suggested next: " + suggestionText(sg) + "\n")
		if len(sg.Ranked) > 1 {
			var then []string
			for _, c := range sg.Ranked[1:min(len(sg.Ranked), 4)] {
				then = append(then, c.Person.Name+" ("+c.Why+")")
			}
			b.WriteString("Then: " + strings.Join(then, "; ") + ".\n")
		}
		if len(sg.LeftOut) > 0 {
			// One clause a reason: "Aled Price and Tom Hughes (staff: ...)".
			var whys []string
			names := map[string][]string{}
			for _, c := range sg.LeftOut {
				if names[c.Why] == nil {
					whys = append(whys, c.Why)
				}
				names[c.Why] = append(names[c.Why], c.Person.Name)
			}
			var out []string
			for _, why := range whys {
				out = append(out, prose.AndList(names[why])+" ("+why+")")
			}
			b.WriteString("Not suggested: " + strings.Join(out, "; ") + ".\n")
		}
	}
	b.WriteString("\nAttendance\n----------\n")
	absences := h.Absences(people, folder.Group)
	switch n := folder.Group.Attendance.FlagAfter; {
	case n < 1:
		b.WriteString("Missed meetings are not flagged ([attendance] flag_after is 0).\n")
	case len(absences) == 0:
		fmt.Fprintf(&b, "Nobody has missed %d meetings running without sending apologies.\n", n)
	}
	for _, a := range absences {
		b.WriteString(a.Line() + "\n")
	}
	if notes := h.Notes(); len(notes) > 0 {
		b.WriteString("\n")
		for _, n := range notes {
			b.WriteString("Note: " + n + "\n")
		}
	}
	return b.String()
}

func suggestionText(s roster.Suggestion) string {
	if !s.OK {
		return "nobody (" + s.Reason + ")."
	}
	return s.Person.Name + " (" + s.Reason + ")."
}

// prepareMeeting readies a new meeting from the group's history: what
// earlier meetings left open goes into the setup for matters arising, and
// the lines returned suggest today's chair and minute-taker and flag,
// kindly, anyone who has missed meetings. A history that cannot be read
// at all is an error; journals that cannot be read are named in a line
// and left out.
func prepareMeeting(groupDir string, folder config.Folder, setup *meeting.Setup) ([]string, error) {
	h, err := history.Load(groupDir)
	if err != nil {
		return nil, err
	}
	setup.Carried = h.Carried()
	day := meetingDay(setup)
	s := h.Suggest(folder.Roster.People(), folder.Group, nil, day)
	lines := []string{"Suggested for today, by the group's rotation: " + s.Chair.Line() + " " + s.Minutes.Line() +
		" Hand the roles over with: chair NAME, minutes NAME."}
	for _, sg := range []roster.Suggestion{s.Chair, s.Minutes} {
		// An election falling due is said at the start of the meeting.
		switch t := sg.Term; {
		case t != nil && !t.Runs(day):
			lines = append(lines, "Election due: "+t.Line(day)+" Hold one with: elect "+electWord(sg.Role)+": NAME, NAME")
		case t == nil && sg.Role == roster.RoleChair && folder.Group.Rotation.Term > 0:
			lines = append(lines, "Election due: "+roster.NoElectionLine(sg.Role, int(folder.Group.Rotation.Term))+" Hold one with: elect chair: NAME, NAME")
		}
	}
	for _, a := range h.Absences(folder.Roster.People(), folder.Group) {
		lines = append(lines, "Attendance: "+a.Line())
	}
	for _, err := range h.Problems {
		lines = append(lines, "warning: a past meeting could not be read, so it is left out of what is carried: "+err.Error())
	}
	return lines, nil
}

// rotationSuggestions suggests today's roles on the chair's start screen
// from the group's history, among the people here once anyone has
// arrived. It returns nil (the screen's own suggestion) when the history
// cannot be read.
func rotationSuggestions(groupDir string) tui.SuggestFunc {
	h, err := history.Load(groupDir)
	if err != nil {
		return nil
	}
	past := h.Past() // worked out once: the screen asks on every frame
	return func(st *meeting.State) []tui.Suggestion {
		var present []string
		for _, a := range st.Present() {
			present = append(present, a.Person)
		}
		s := roster.Suggest(roster.Request{People: st.Roster.People(), Past: past,
			Rules: history.Rules(st.Setup.Group.Rotation), Present: present,
			TermMonths: int(st.Setup.Group.Rotation.Term), Now: meetingDay(st.Setup)})
		var out []tui.Suggestion
		for _, sg := range []roster.Suggestion{s.Chair, s.Minutes} {
			var ids []string
			for _, c := range sg.Ranked[:min(len(sg.Ranked), 3)] {
				ids = append(ids, c.Person.ID)
			}
			out = append(out, tui.Suggestion{Role: sg.Role, People: ids, Why: sg.Reason})
		}
		return out
	}
}

// meetingDay is when a meeting is held, for the elected chair's term: its
// agenda's start, or now when the agenda gives none.
func meetingDay(setup *meeting.Setup) time.Time {
	if setup.Agenda.Start.IsZero() {
		return time.Now()
	}
	return setup.Agenda.Start
}

// electWord is the role as the elect command names it.
func electWord(r roster.Role) string {
	if r == roster.RoleMinutes {
		return "minutes"
	}
	return "chair"
}
