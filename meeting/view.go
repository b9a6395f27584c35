package meeting

import (
	"iter"
	"slices"

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

// seenWith is the state as a viewer with sight g sees it, made from a
// copy of s: s may change after.
func (s *State) seenWith(g Sight) *State {
	if g.Full() {
		return s
	}
	return s.view(g, s.Clone())
}

// sharedView is seenWith for a state that nobody changes (a snapshot's):
// the view shares with it what the viewer may see whole, and copies only
// what it takes something out of, so a view costs what it hides, not the
// meeting's length.
func (s *State) sharedView(g Sight) *State {
	if g.Full() {
		return s
	}
	v := *s
	return s.view(g, &v)
}

// view makes v, a copy of s sharing its slices, into the state as a viewer
// with sight g sees it. It never writes into what v shares with s: every
// field it changes is made afresh.
func (s *State) view(g Sight, v *State) *State {
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
		v.Turns = cloneSlice(s.Turns)
		for i := range v.Turns {
			v.Turns[i].Kind = ""
		}
		if s.Speaker != nil {
			t := *s.Speaker
			t.Kind = ""
			v.Speaker = &t
		}
	}
	if !g.Private {
		v.Notes = slices.DeleteFunc(cloneSlice(s.Notes), func(n Note) bool { return n.OffRecord || s.confidential(n.Item) })
		// Notes are numbered across the meeting, the hidden ones too: the
		// numbers left would show where, and how many, were hidden.
		for i := range v.Notes {
			v.Notes[i].Number = 0
		}
	}
	if !g.Counts {
		s.cloneVoting(v)
		v.hideVotes(g.Self)
	}
	v.Visitors = cloneSlice(s.Visitors)
	for i, p := range v.Visitors {
		v.Visitors[i] = g.person(p)
	}
	// What was struck stays out of every view but the full one: that an
	// entry was struck, and why, is enough for a screen.
	v.Struck = slices.DeleteFunc(cloneSlice(s.Struck), func(x Struck) bool {
		return !g.Private && x.Entry == EntryNote && (x.OffRecord || s.confidential(x.Item))
	})
	for i := range v.Struck {
		v.Struck[i].Text = ""
		if !g.Private && v.Struck[i].Entry == EntryNote {
			v.Struck[i].Number = 0
		}
	}
	v.ownLog(s, g.Self)
	if !g.Expenses {
		v.Expenses = slices.DeleteFunc(cloneSlice(s.Expenses), func(e Expense) bool { return e.Person == "" || e.Person != g.Self })
	}
	return v
}

// ownLog keeps of the events only those the viewer recorded (their
// hands, cards, votes...), with their places, so that undo can say what
// it would take back for them; of every other event nothing is kept, so
// nothing else of the journal (an off-the-record note's words, how
// someone voted) reaches a view that may not see it. It costs what the
// viewer recorded, not the meeting's length: the places come from the
// meeting's list of each person's events.
func (v *State) ownLog(s *State, self string) {
	v.log, v.logAt, v.mine = nil, nil, nil // only v.sight marks a view: logAt may be empty
	if self == "" {
		return
	}
	if s.sight != nil { // a view of a view: of what it holds
		v.logAt = []int{}
		for i, e := range s.logged() {
			if e.By == self {
				v.log, v.logAt = append(v.log, e), append(v.logAt, i)
			}
		}
		return
	}
	own := s.mine[self].clone()
	v.log, v.logAt = own.events, own.at
}

// ownEvents is the events one person recorded, and their places in the
// meeting's events (from 1). Its slices are shared between states and
// only ever appended to.
type ownEvents struct {
	events []Event
	at     []int
}

// add is o with one more event, at place i.
func (o ownEvents) add(e Event, i int) ownEvents {
	return ownEvents{events: append(o.events, e), at: append(o.at, i)}
}

// clone is o for another state to hold: appending to it never writes
// where o's holder may append.
func (o ownEvents) clone() ownEvents {
	return ownEvents{events: o.events[:len(o.events):len(o.events)], at: o.at[:len(o.at):len(o.at)]}
}

// logged is the events this state holds, each with its place in the
// meeting's events (from 1), in order: all of them in the meeting's own
// state, only the viewer's own in a view. Whoever walks the log walks
// this, so the two kinds of state need no other difference.
func (s *State) logged() iter.Seq2[int, Event] {
	return func(yield func(int, Event) bool) {
		for k, e := range s.log {
			if !yield(s.place(k), e) {
				return
			}
		}
	}
}

// loggedBackward is logged, the last first.
func (s *State) loggedBackward() iter.Seq2[int, Event] {
	return func(yield func(int, Event) bool) {
		for k := len(s.log) - 1; k >= 0; k-- {
			if !yield(s.place(k), s.log[k]) {
				return
			}
		}
	}
}

// place is the place (from 1) of the k-th event the state holds.
func (s *State) place(k int) int {
	if s.sight != nil {
		return s.logAt[k]
	}
	return k + 1
}

// eventAt is the i-th event of the meeting (from 1), and whether this
// state holds it: a view holds only its viewer's own, and gives no other
// (an empty event, as if it were nothing).
func (s *State) eventAt(i int) (Event, bool) {
	if s.sight == nil {
		if i < 1 || i > len(s.log) {
			return Event{}, false
		}
		return s.log[i-1], true
	}
	if k, ok := slices.BinarySearch(s.logAt, i); ok {
		return s.log[k], true
	}
	return Event{}, false
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
