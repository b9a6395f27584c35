package meeting

import (
	"github.com/gyda/gyda/roster"
)

// Sight is what one viewer may see of the meeting. It is decided here,
// once, from the viewer's role and who they are (see the table in the
// package doc); every screen draws only the state SeenBy gives it, so no
// drawing code can reach what its viewer may not see.
type Sight struct {
	// Role is the viewer's role when the view was made.
	Role Role
	// Self is the viewer's roster id ("" for a guest or the laptop).
	Self string
	// Kinds: each person's kind (and what follows from it: organisation,
	// decision authority, the kind each turn was spoken with). Without it
	// only the counts by kind are shown.
	Kinds bool
	// Private: off-the-record notes and the notes of confidential items.
	Private bool
	// Needs: everyone's access needs and first language; without it only
	// the viewer's own.
	Needs bool
	// Expenses: everyone's expenses; without it only the viewer's own.
	Expenses bool
	// Counts: how others voted, and the running counts of an open vote
	// or the paper ballots added to an open election; without it only
	// the viewer's own vote and whether they gave a ballot (results,
	// once recorded, are decisions, for everyone). How anyone voted on
	// their screen in a secret ballot is in no state at all.
	Counts bool
}

// Full reports whether the sight hides nothing.
func (g Sight) Full() bool { return g.Kinds && g.Private && g.Needs && g.Expenses && g.Counts }

// SightOf is what the actor may see now. A role handed away takes its
// sight with it: the next view made for the actor follows the new role.
func (s *State) SightOf(a Actor) Sight {
	role := s.RoleOf(a)
	g := Sight{Role: role, Self: a.Person}
	switch role {
	case RoleObserver:
		// A guest sees nothing of their own either, so every guest, in the
		// roster or with the passcode, shares one view.
		g.Self = ""
	case RoleChair:
		g.Kinds, g.Private, g.Needs, g.Expenses, g.Counts = true, true, true, true, true
	case RoleMinuteTaker:
		g.Kinds, g.Private, g.Needs, g.Counts = true, true, true, true
	case RoleMember:
		g.Kinds = true
	}
	return g
}

// Sight is what the viewer of this state may see: everything for the
// meeting's own state, less for a state made by SeenBy.
func (s *State) Sight() Sight {
	if s.sight != nil {
		return *s.sight
	}
	return Sight{Role: RoleChair, Kinds: true, Private: true, Needs: true, Expenses: true, Counts: true}
}

// SeenBy is the meeting as the actor may see it. It is s itself when the
// actor may see everything, or else a copy without what they may not see.
func (s *State) SeenBy(a Actor) *State { return s.seenWith(s.SightOf(a)) }

// seenWith is the state as a viewer with sight g sees it.
func (s *State) seenWith(g Sight) *State {
	if g.Full() {
		return s
	}
	v := s.Clone()
	status := s.Status()
	v.status = &status
	v.sight = &g

	setup := *s.Setup
	setup.People = make([]roster.Person, len(s.Setup.People))
	for i, p := range s.Setup.People {
		setup.People[i] = g.person(p)
	}
	v.Setup = &setup
	v.Roster = s.Roster.Map(g.person)

	if !g.Kinds {
		for i := range v.Turns {
			v.Turns[i].Kind = ""
		}
		if v.Speaker != nil {
			v.Speaker.Kind = ""
		}
	}
	if !g.Private {
		v.Notes = v.Notes[:0]
		for _, n := range s.Notes {
			if !n.OffRecord && !s.confidential(n.Item) {
				v.Notes = append(v.Notes, n)
			}
		}
	}
	if !g.Counts {
		v.hideVotes(g.Self)
	}
	for i, p := range v.Visitors {
		v.Visitors[i] = g.person(p)
	}
	// What was struck stays out of every view but the full one: that an
	// entry was struck, and why, is enough for a screen.
	v.Struck = v.Struck[:0]
	for _, x := range s.Struck {
		if !g.Private && x.Entry == EntryNote && (x.OffRecord || s.confidential(x.Item)) {
			continue
		}
		x.Text = ""
		v.Struck = append(v.Struck, x)
	}
	v.ownLog(s, g.Self)
	if !g.Expenses {
		v.Expenses = v.Expenses[:0]
		for _, e := range s.Expenses {
			if e.Person != "" && e.Person == g.Self {
				v.Expenses = append(v.Expenses, e)
			}
		}
	}
	return v
}

// ownLog keeps of the events only those the viewer recorded (their
// hands, cards, votes...), so that undo can say what it would take back
// for them; every other event keeps its place and its time but nothing of
// what it was, so nothing else of the journal (an off-the-record note's
// words, how someone voted) reaches a view that may not see it.
func (v *State) ownLog(s *State, self string) {
	v.log = make([]Event, len(s.log))
	for i, e := range s.log {
		if self != "" && e.By == self {
			v.log[i] = e
		} else {
			v.log[i] = Event{At: e.At}
		}
	}
	v.undone = make(map[int]bool, len(s.undone))
	for k := range s.undone {
		v.undone[k] = true
	}
}

// person is a roster entry as a viewer with this sight may see it. Public
// keys are for the host that checks them, never for a screen.
func (g Sight) person(p roster.Person) roster.Person {
	if !g.Kinds {
		// Only the name: the kind, and what tells it (an organisation,
		// decision authority), are not shown; the counts by kind are.
		return roster.Person{ID: p.ID, Name: p.Name, Retired: p.Retired}
	}
	p = p.Clone()
	p.SSHKeys = nil
	if !g.Needs && p.ID != g.Self {
		p.Needs, p.Language = nil, ""
	}
	return p
}

// confidential reports whether agenda item n is marked confidential.
func (s *State) confidential(n int) bool {
	items := s.Setup.Agenda.Items
	return n >= 1 && n <= len(items) && items[n-1].Confidential
}
