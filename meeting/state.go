package meeting

import (
	"fmt"
	"github.com/gyda/gyda/config/text"
	"time"

	"github.com/gyda/gyda/roster"
)

// State is the meeting as it stands, built only by applying events in
// order. A State handed out in a Snapshot is never changed again; Live works
// on its own copy.
type State struct {
	Setup  *Setup
	Roster *roster.Roster
	loc    *time.Location

	// sight and status are set only in a view made by SeenBy: what its
	// viewer may see, and the status of the meeting it was made from.
	sight  *Sight
	status *Status

	Opened time.Time // when the meeting opened
	Ended  time.Time // zero until it ends
	Last   time.Time // time of the last event applied
	Events int       // how many events have been applied

	Item  int // current agenda item, 1-based
	Items []ItemClock

	Attendance []Stint        // every arrival, in order; To is zero while present
	present    map[string]int // person -> index in Attendance of their open stint
	Apologies  []string
	Chair      string
	Minutes    string // the minute-taker
	Handovers  []Handover

	Pause         *Pause // nil while the meeting is running
	Breaks        []Break
	BreakRequests []Request // asked for since the last break

	Queue   []Request // hands up on this item, in the order raised
	Speaker *Turn     // who has the floor, if anyone
	Turns   []Turn    // finished turns

	Cards         []CardShown
	Notes         []Note
	Decisions     []Decision
	Actions       []Action
	Declarations  []Declaration
	Reflections   []Reflection
	Interruptions []Interruption
	Votes         []Vote     // every vote, in order; the last may be open
	Elections     []Election // every election, in order; the last may be open
	Struck        []Struck   // entries struck out of the minutes

	// Across meetings: matters arising settled here, and expenses.
	Reviews       []ActionReview // carried actions reviewed, in order; the latest for each counts
	Ratifications []Ratification // carried decisions considered, in order; the latest for each counts
	Expenses      []Expense

	// Visitors are the people not in the roster who came (visitor NAME);
	// Roster holds them too, so they are matched and named like anyone.
	Visitors []roster.Person

	// log is every event applied, in order (undone ones too), and undone
	// the places in it (from 1) of the events taken back: an undo builds
	// the state again from log without them. log is shared with clones,
	// which see only its first Events entries; it is only ever appended to.
	// In a view (SeenBy) log holds only the viewer's own events, and
	// logAt their places (see State.logged).
	log    []Event
	logAt  []int
	undone map[int]bool
	// mine is, for each person, the events they recorded (By) and their
	// places in log, so that a view can keep its viewer's own without
	// going through or copying the whole log. Shared with clones and only
	// ever appended to, like log.
	mine map[string]ownEvents
	// endedTurn is the turn (in Turns) the event last applied ended, or
	// -1, for Describe.
	endedTurn int
}

// ItemClock is one agenda item's clock: it runs only while the item is
// current and the meeting is not paused.
type ItemClock struct {
	Elapsed      time.Duration // time counted before RunningSince
	RunningSince time.Time     // zero while stopped
	Visited      bool
	ClosedAt     time.Time
	NotSpoken    []string // who had not spoken when the item was left
}

// Stint is one person's time in the meeting, from arrival to leaving.
type Stint struct {
	Person string
	Remote bool
	From   time.Time
	To     time.Time // zero while present
}

// Handover records a role changing hands.
type Handover struct {
	Role   Role
	Person string
	At     time.Time
	Item   int
}

// Pause is why the meeting is paused: a break or a red card.
type Pause struct {
	Kind   PauseKind
	Since  time.Time
	Length time.Duration // planned length of a break
	Person string        // who showed the red card
}

// PauseKind says what paused the meeting.
type PauseKind string

// The kinds of pause.
const (
	PauseBreak   PauseKind = "break"
	PauseRedCard PauseKind = "red card"
)

// BackAt is when a break is planned to end.
func (p *Pause) BackAt() time.Time { return p.Since.Add(p.Length) }

// Break is a break taken.
type Break struct {
	From, To time.Time // To is zero while on the break
	Planned  time.Duration
	Item     int // the item it was taken in
}

// Request is someone asking: a hand up, or a break.
type Request struct {
	Person string
	At     time.Time
}

// Turn is someone speaking, tagged with their kind at the time.
type Turn struct {
	Person string
	Kind   roster.Kind
	Item   int
	From   time.Time
	To     time.Time // zero while speaking
}

// CardShown is a card someone showed.
type CardShown struct {
	Person string
	Card   Card
	At     time.Time
	Item   int
}

// Note is a note for the minutes of an item; OffRecord notes never appear
// in any published minutes.
type Note struct {
	// Number is in the meeting, from 1; off-the-record notes are numbered
	// too, so in a view without Sight.Private it is 0 (see State.SeenBy).
	Number    int
	Item      int
	Text      string
	OffRecord bool
	At        time.Time
	By        string
	Corrected int // how many times it was reworded (Text is the final wording)
}

// Struck is a note, decision or action struck out of the minutes: it is
// taken out of Notes, Decisions or Actions (so nothing that reads those
// can publish it) and kept here, with the reason, for the chair's screen
// and for undo. The journal keeps every version.
type Struck struct {
	Entry     Entry
	Number    int // a note's is 0 in a view without Sight.Private, as in Note
	Item      int
	Text      string // only in the meeting's own state: no view has it
	OffRecord bool   // a note that was off the record
	Reason    string
	At        time.Time // when it was struck
	By        string
}

// Decision is a decision with who was there when it was taken.
type Decision struct {
	Number      int
	Item        int
	Text        string
	At          time.Time
	By          string
	Quorum      Status
	Provisional bool
	Reason      string
	Warnings    []string
	NotTaking   []string // people with a declared interest in the item
	// Vote is the result of the vote this decision records, Election the
	// result of the election; nil for a decision recorded as text.
	Vote      *Tally
	Election  *Ballot
	Corrected int // how many times it was reworded
}

// Action is something someone will do by a date.
type Action struct {
	Number    int
	Item      int
	Owner     string
	Due       string // YYYY-MM-DD
	Text      string
	At        time.Time
	By        string
	Corrected int // how many times it was reworded
}

// Declaration is a declaration of interest.
type Declaration struct {
	Person string
	Item   int
	Text   string
	At     time.Time
}

// Reflection is part of the closing reflection.
type Reflection struct {
	Text string
	By   string
	At   time.Time
	// Score is a score out of 5 given with it ("reflect 4/5 ..."), or 0.
	Score int
}

// Interruption is a gap in the record: the meeting stopped (the laptop died,
// the terminal closed) and was resumed.
type Interruption struct {
	From, To time.Time
}

// NewState returns the state of a meeting that has not opened yet.
//
// The setup's text (names, titles, places, the glossary) is cleaned in
// place first (text.CleanAll): a setup read from a journal that an older
// gyda wrote, or someone edited, cannot carry an escape sequence to any
// screen or minutes file.
func NewState(setup *Setup) (*State, error) {
	text.CleanAll(setup)
	r, err := roster.New(setup.People)
	if err != nil {
		return nil, fmt.Errorf("meeting roster: %w", err)
	}
	if len(setup.Agenda.Items) == 0 {
		return nil, fmt.Errorf("the agenda %q has no items", setup.Agenda.Title)
	}
	return &State{Setup: setup, Roster: r, loc: setup.Group.Location(),
		Items: make([]ItemClock, len(setup.Agenda.Items)), present: map[string]int{}, undone: map[int]bool{}}, nil
}

// Replay builds the state of a meeting from its events.
//
// Like the setup, the events' text is cleaned in place first, so what a
// journal holds reaches screens and minutes only as text.
func Replay(setup *Setup, events []Event) (*State, error) {
	s, err := NewState(setup)
	if err != nil {
		return nil, err
	}
	for i := range events {
		text.CleanAll(&events[i])
	}
	for i, e := range events {
		if err := s.Apply(e); err != nil {
			return nil, &ReplayError{Event: i + 1, Type: e.Type, Err: err}
		}
	}
	return s, nil
}

// ReplayError says which event of a record could not be replayed, and
// why. Event counts from 1 (a journal keeps it on line Event+1).
type ReplayError struct {
	Event int
	Type  EventType
	Err   error
}

func (e *ReplayError) Error() string {
	return fmt.Sprintf("replay event %d (%s): %v", e.Event, e.Type, e.Err)
}

func (e *ReplayError) Unwrap() error { return e.Err }

// IsOpen reports whether the meeting has opened and not yet ended.
func (s *State) IsOpen() bool { return !s.Opened.IsZero() && s.Ended.IsZero() }

// Person returns the roster entry for id, or a stand-in naming the id.
func (s *State) Person(id string) roster.Person {
	if p, ok := s.Roster.Get(id); ok {
		return p
	}
	return roster.Person{ID: id, Name: id, Kind: roster.Guest}
}

// Name is the person's name for screens and minutes.
func (s *State) Name(id string) string { return s.Person(id).Name }

// IsPresent reports whether the person is in the meeting now.
func (s *State) IsPresent(id string) bool { return s.stint(id) >= 0 }

// IsRemote reports whether a present person joined remotely.
func (s *State) IsRemote(id string) bool {
	i := s.stint(id)
	return i >= 0 && s.Attendance[i].Remote
}

// Present lists who is in the meeting now, in order of arrival.
func (s *State) Present() []Stint {
	var out []Stint
	for _, a := range s.Attendance {
		if a.To.IsZero() {
			out = append(out, a)
		}
	}
	return out
}

func (s *State) stint(id string) int {
	if i, ok := s.present[id]; ok {
		return i
	}
	return -1
}

// HasApologies reports whether the person sent apologies.
func (s *State) HasApologies(id string) bool {
	for _, a := range s.Apologies {
		if a == id {
			return true
		}
	}
	return false
}

// RoleOf is what the actor may do now: the host console is always the
// chair; a person holds the chair or the minute-taker's role if it was handed
// to them; other roster members are members; guests and unknown people are
// observers.
func (s *State) RoleOf(a Actor) Role {
	switch {
	case a.Console:
		return RoleChair
	case a.Person == "":
		return RoleObserver
	case a.Person == s.Chair:
		return RoleChair
	case a.Person == s.Minutes:
		return RoleMinuteTaker
	}
	p, ok := s.Roster.Get(a.Person)
	if !ok || !p.Kind.Counted() {
		return RoleObserver
	}
	return RoleMember
}

// CurrentItem returns the agenda entry of the current item.
func (s *State) CurrentItem() (n int, title string) {
	if s.Item < 1 || s.Item > len(s.Setup.Agenda.Items) {
		return 0, ""
	}
	return s.Item, s.Setup.Agenda.Items[s.Item-1].Title
}

// Clone returns a deep copy that shares nothing that Apply changes.
func (s *State) Clone() *State {
	c := *s
	c.Items = cloneSlice(s.Items)
	for i := range c.Items {
		c.Items[i].NotSpoken = cloneSlice(s.Items[i].NotSpoken)
	}
	c.Attendance = cloneSlice(s.Attendance)
	c.present = make(map[string]int, len(s.present))
	for k, v := range s.present {
		c.present[k] = v
	}
	c.Apologies = cloneSlice(s.Apologies)
	c.Handovers = cloneSlice(s.Handovers)
	if s.Pause != nil {
		p := *s.Pause
		c.Pause = &p
	}
	c.Breaks = cloneSlice(s.Breaks)
	c.BreakRequests = cloneSlice(s.BreakRequests)
	c.Queue = cloneSlice(s.Queue)
	if s.Speaker != nil {
		t := *s.Speaker
		c.Speaker = &t
	}
	c.Turns = cloneSlice(s.Turns)
	c.Cards = cloneSlice(s.Cards)
	c.Notes = cloneSlice(s.Notes)
	c.Decisions = cloneSlice(s.Decisions)
	c.Actions = cloneSlice(s.Actions)
	c.Declarations = cloneSlice(s.Declarations)
	c.Reflections = cloneSlice(s.Reflections)
	c.Interruptions = cloneSlice(s.Interruptions)
	c.Struck = cloneSlice(s.Struck)
	c.Reviews = cloneSlice(s.Reviews)
	c.Ratifications = cloneSlice(s.Ratifications)
	c.Expenses = cloneSlice(s.Expenses)
	s.cloneVoting(&c)
	c.Visitors = cloneSlice(s.Visitors)
	c.log = s.log[:len(s.log):len(s.log)]
	c.logAt = s.logAt[:len(s.logAt):len(s.logAt)]
	if s.mine != nil {
		c.mine = make(map[string]ownEvents, len(s.mine))
		for k, v := range s.mine {
			c.mine[k] = v.clone()
		}
	}
	c.undone = make(map[int]bool, len(s.undone))
	for k, v := range s.undone {
		c.undone[k] = v
	}
	return &c
}

func cloneSlice[T any](s []T) []T {
	if s == nil {
		return nil
	}
	return append(make([]T, 0, len(s)), s...)
}
