package history

import (
	"slices"
	"time"

	"github.com/gyda/gyda/config"
	"github.com/gyda/gyda/meeting"
	"github.com/gyda/gyda/roster"
)

// Past is the meetings as rotation and attendance see them, oldest first.
func (h *History) Past() []roster.PastMeeting {
	out := make([]roster.PastMeeting, 0, len(h.Meetings))
	for _, m := range h.Meetings {
		out = append(out, m.Past())
	}
	return out
}

// Past is the meeting as rotation and attendance see it: who could have
// come, who came, who sent apologies, and who held each role (everyone
// who held it, hand-overs included).
func (m *Meeting) Past() roster.PastMeeting {
	st := m.State
	p := roster.PastMeeting{Date: m.Opened(), Kinds: map[string]roster.Kind{}}
	for _, person := range m.Setup.People {
		p.Kinds[person.ID] = person.Kind
		if !person.Retired && person.Kind.Counted() {
			p.Members = append(p.Members, person.ID)
		}
	}
	for _, a := range st.Attendance {
		if !slices.Contains(p.Attended, a.Person) {
			p.Attended = append(p.Attended, a.Person)
		}
		if _, ok := p.Kinds[a.Person]; !ok {
			p.Kinds[a.Person] = st.Person(a.Person).Kind
		}
	}
	for _, id := range st.Apologies {
		if !slices.Contains(p.Attended, id) {
			p.Apologies = append(p.Apologies, id)
		}
	}
	for _, d := range st.Decisions {
		if b := d.Election; b != nil && b.Elected != "" {
			role := roster.RoleChair
			if b.Role == meeting.RoleMinuteTaker {
				role = roster.RoleMinutes
			}
			p.Elections = append(p.Elections, roster.Election{Role: role, Person: b.Elected, Votes: b.Score(), Provisional: d.Provisional})
		}
	}
	for _, h := range st.Handovers {
		switch h.Role {
		case meeting.RoleChair:
			if !slices.Contains(p.Chairs, h.Person) {
				p.Chairs = append(p.Chairs, h.Person)
			}
		case meeting.RoleMinuteTaker:
			if !slices.Contains(p.MinuteTakers, h.Person) {
				p.MinuteTakers = append(p.MinuteTakers, h.Person)
			}
		}
	}
	return p
}

// Rules turns the group's [rotation] settings into rotation rules.
func Rules(r config.Rotation) roster.Rules {
	return roster.Rules{
		TrainedFirst:                r.TrainedFirst,
		ChairMustBeLivedExperience:  r.ChairMustBeLivedExperience,
		NoChairAtFirstMeeting:       r.NoChairAtFirstMeeting,
		MinutesNotStaffTwiceRunning: r.MinutesNotStaffTwiceRunning,
	}
}

// Suggest suggests the chair and minute-taker for a meeting at now from
// the group's roster and rules: someone elected whose term runs, or
// whoever rotation suggests. present, when not nil, limits it to who is
// here.
func (h *History) Suggest(people []roster.Person, g config.Group, present []string, now time.Time) roster.Suggestions {
	return roster.Suggest(roster.Request{People: people, Past: h.Past(), Rules: Rules(g.Rotation), Present: present,
		TermMonths: int(g.Rotation.Term), Now: now})
}

// Absences lists members who missed the group's last meetings without
// apologies, by the group's [attendance] flag_after.
func (h *History) Absences(people []roster.Person, g config.Group) []roster.Absence {
	return roster.Absences(people, h.Past(), g.Attendance.FlagAfter)
}

// Holder is someone who held a role at a meeting.
type Holder struct {
	ID   string
	Name string
	Kind roster.Kind // at the time
}

// RoleHolders lists who held role r at the meeting, in order.
func (m *Meeting) RoleHolders(r roster.Role) []Holder {
	p := m.Past()
	var out []Holder
	for _, id := range p.Holders(r) {
		out = append(out, Holder{ID: id, Name: m.State.Name(id), Kind: p.Kinds[id]})
	}
	return out
}
