package tui

import (
	"github.com/charmbracelet/bubbles/key"

	"github.com/gyda/gyda/meeting"
)

// KeyMap is every single key the main screen answers. Help (the help line
// and the full help on ?) is generated from these bindings, and a binding
// is enabled only when the actor's role may do what it does, so the help
// stays true as roles change hands.
type KeyMap struct {
	Command     key.Binding // : open the command line
	Help        key.Binding // ? full help
	Speak       key.Binding // give the floor to the next in the queue
	Done        key.Binding // the speaker has finished
	Hand        key.Binding // add to the queue (a member: raise or lower own hand)
	Arrive      key.Binding // record an arrival
	Break       key.Binding // start a break (a member: ask for one)
	Resume      key.Binding // end a break or a red-card pause
	NextItem    key.Binding // close this item (offering a go-round) and move on
	Decide      key.Binding
	Action      key.Binding
	Note        key.Binding
	OffRecord   key.Binding
	Card        key.Binding
	VoteFor     key.Binding // an open vote: a member's own vote; the chair or minute-taker types who voted
	VoteAgainst key.Binding
	VoteAbstain key.Binding
	Ballot      key.Binding // 1-9: a secret ballot by the candidate's number (a member joining remotely)
	Undo        key.Binding // take back the last thing recorded (asks first)
	Fix         key.Binding // pick an entry of the record to correct or strike
	Visitor     key.Binding // someone not in the roster is here
	Messages    key.Binding // every message the status line has shown
	End         key.Binding // reflection, end, minutes
	Begin       key.Binding // start screen: go to the meeting
	People      key.Binding // start screen, before anything is recorded: change the group's people
	Agenda      key.Binding // start screen, before anything is recorded: change today's agenda
	Quit        key.Binding // ctrl+c: asks first while the meeting runs
	Leave       key.Binding // after the meeting has ended: leave the screen
	Dismiss     key.Binding // esc: close what is open
	ScrollUp    key.Binding // the record of the item
	ScrollDown  key.Binding
	Theme       key.Binding // remote: colours for a light or a dark background

	// leave is what the help shows for leaving: "ctrl+c leave" on the
	// chair's laptop while the meeting runs, "q leave" once it has ended
	// and on a remote screen (where q leaves too, asking first).
	leave key.Binding
	role  meeting.Role
}

// DefaultKeyMap is the chair's keys, all enabled. SetRole narrows them.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Command:     key.NewBinding(key.WithKeys(":"), key.WithHelp(":", "command")),
		Help:        key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Speak:       key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "next speaker")),
		Done:        key.NewBinding(key.WithKeys("f"), key.WithHelp("f", "speaker finished")),
		Hand:        key.NewBinding(key.WithKeys("h"), key.WithHelp("h", "add to queue")),
		Arrive:      key.NewBinding(key.WithKeys("i"), key.WithHelp("i", "someone arrived")),
		Break:       key.NewBinding(key.WithKeys("b"), key.WithHelp("b", "break")),
		Resume:      key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "resume")),
		NextItem:    key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "next item")),
		Decide:      key.NewBinding(key.WithKeys("d"), key.WithHelp("d", "decision")),
		Action:      key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "action")),
		Note:        key.NewBinding(key.WithKeys("t"), key.WithHelp("t", "note")),
		OffRecord:   key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "off-record note")),
		Card:        key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "card")),
		VoteFor:     key.NewBinding(key.WithKeys("+"), key.WithHelp("+", "record votes for")),
		VoteAgainst: key.NewBinding(key.WithKeys("-"), key.WithHelp("-", "record votes against")),
		VoteAbstain: key.NewBinding(key.WithKeys("0"), key.WithHelp("0", "record abstentions")),
		Ballot:      key.NewBinding(key.WithKeys(ballotKeys(maxBallotKeys)...), key.WithHelp("1-9", "vote for a candidate (secret)")),
		Undo:        key.NewBinding(key.WithKeys("u"), key.WithHelp("u", "undo the last thing recorded")),
		Fix:         key.NewBinding(key.WithKeys("x"), key.WithHelp("x", "correct or strike an entry")),
		Visitor:     key.NewBinding(key.WithKeys("v"), key.WithHelp("v", "a visitor (not in the roster)")),
		Messages:    key.NewBinding(key.WithKeys("m"), key.WithHelp("m", "all messages")),
		End:         key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "end meeting")),
		Begin:       key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "to the meeting")),
		People:      key.NewBinding(key.WithKeys("P"), key.WithHelp("P", "people")),
		Agenda:      key.NewBinding(key.WithKeys("A"), key.WithHelp("A", "agenda")),
		Quit:        key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "leave")),
		Leave:       key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "leave"), key.WithDisabled()),
		Dismiss:     key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "close")),
		ScrollUp:    key.NewBinding(key.WithKeys("pgup", "["), key.WithHelp("[", "scroll the record up")),
		ScrollDown:  key.NewBinding(key.WithKeys("pgdown", "]"), key.WithHelp("]", "scroll the record down")),
		Theme:       key.NewBinding(key.WithKeys("T"), key.WithHelp("T", "light/dark")),
		leave:       key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "leave")),
		role:        meeting.RoleChair,
	}
}

// keyContext is what decides which keys make sense now.
type keyContext struct {
	role    meeting.Role
	self    bool // the actor is a person (a remote session), not the console
	open    bool // the meeting is open
	ended   bool
	paused  bool
	onBreak bool
	speaker bool // someone has the floor
	ownTurn bool // the actor has the floor
	queue   bool // someone is waiting
	inQueue bool // the actor is waiting
	start   bool // the start screen is showing
	setup   bool // the people and agenda may still be changed (nothing recorded yet)
	scroll  bool // the record has more than fits
	remote  bool // a session over SSH: q leaves (asking first); T switches light and dark
	entries bool // the record has notes, decisions or actions to correct
	vote    bool // a vote is open
	ballots int  // candidates the actor may give their own secret ballot for on this screen
	// messages is true once the status line has said anything: m shows
	// every message so far.
	messages bool
}

// SetRole enables the bindings the role may use now, and says in their
// help what they will do for this actor (a member's break key asks for a
// break; a member's hand key raises or lowers their own hand).
func (k *KeyMap) SetRole(c keyContext) {
	can := func(v meeting.Verb) bool { return meeting.Allowed(c.role, v) }
	live := c.open && !c.ended
	k.Command.SetEnabled(true)
	k.Help.SetEnabled(true)
	k.Speak.SetEnabled(live && can(meeting.VerbSpeak) && c.queue && !c.paused)
	k.Done.SetEnabled(live && can(meeting.VerbDone) && c.speaker && (c.role == meeting.RoleChair || c.ownTurn))
	k.Arrive.SetEnabled(live && can(meeting.VerbArrive))
	k.Hand.SetEnabled(live && can(meeting.VerbHand))
	switch {
	case c.self && c.inQueue:
		k.Hand.SetHelp("h", "lower my hand")
	case c.self:
		k.Hand.SetHelp("h", "raise my hand")
	default:
		k.Hand.SetHelp("h", "add to queue")
	}
	k.Break.SetEnabled(live && can(meeting.VerbBreak) && !c.onBreak)
	if c.role == meeting.RoleChair {
		k.Break.SetHelp("b", "break")
	} else {
		k.Break.SetHelp("b", "ask for a break")
	}
	k.Resume.SetEnabled(live && can(meeting.VerbResume) && c.paused)
	k.NextItem.SetEnabled(live && can(meeting.VerbNext) && !c.paused)
	k.Decide.SetEnabled(live && can(meeting.VerbDecide))
	k.Action.SetEnabled(live && can(meeting.VerbAction))
	k.Note.SetEnabled(live && can(meeting.VerbNote))
	k.OffRecord.SetEnabled(live && can(meeting.VerbOffRecord))
	k.Card.SetEnabled(live && can(meeting.VerbCard) && (c.self || c.role == meeting.RoleChair))
	k.setVoting(c, live)
	k.Undo.SetEnabled(live && can(meeting.VerbUndo))
	k.Fix.SetEnabled(live && can(meeting.VerbCorrect) && c.entries)
	k.Visitor.SetEnabled(live && can(meeting.VerbVisitor))
	k.Messages.SetEnabled(c.messages)
	k.End.SetEnabled(live && can(meeting.VerbEnd))
	k.Begin.SetEnabled(c.start)
	k.People.SetEnabled(c.start && c.setup)
	k.Agenda.SetEnabled(c.start && c.setup)
	k.Quit.SetEnabled(true)
	k.Leave.SetEnabled(c.ended || c.remote)
	if k.Leave.Enabled() {
		k.leave = key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "leave"))
	} else {
		k.leave = key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "leave"))
	}
	k.ScrollUp.SetEnabled(c.scroll)
	k.ScrollDown.SetEnabled(c.scroll)
	k.Theme.SetEnabled(c.remote) // the laptop has --theme
	k.role = c.role
}

// setVoting enables the keys of an open vote for whoever may vote or
// record votes (a member's own vote; the chair's and the minute-taker's
// for the room), and the number keys of a secret ballot for whoever may
// give one on this screen now.
func (k *KeyMap) setVoting(c keyContext, live bool) {
	on := live && c.vote && meeting.Allowed(c.role, meeting.VerbFor)
	k.VoteFor.SetEnabled(on)
	k.VoteAgainst.SetEnabled(on)
	k.VoteAbstain.SetEnabled(on)
	if c.role == meeting.RoleMember {
		k.VoteFor.SetHelp("+", "vote for")
		k.VoteAgainst.SetHelp("-", "vote against")
		k.VoteAbstain.SetHelp("0", "abstain")
	} else {
		k.VoteFor.SetHelp("+", "record votes for")
		k.VoteAgainst.SetHelp("-", "record votes against")
		k.VoteAbstain.SetHelp("0", "record abstentions")
	}
	k.Ballot.SetEnabled(live && c.ballots > 0 && meeting.Allowed(c.role, meeting.VerbBallot))
	if c.ballots > 0 {
		keys := ballotKeys(c.ballots)
		k.Ballot.SetKeys(keys...)
		help := "1"
		if len(keys) > 1 {
			help += "-" + keys[len(keys)-1]
		}
		k.Ballot.SetHelp(help, "vote for a candidate (secret)")
	}
}

// ShortHelp is the help line's keys in the order they are shown; the help
// line keeps those that fit, most needed first (Priority), with shorter
// words than the full help.
func (k KeyMap) ShortHelp() []key.Binding {
	out := []key.Binding{k.Begin, k.People, k.Agenda, k.Help, k.Command, k.Ballot, k.VoteFor, k.VoteAgainst, k.VoteAbstain, k.Speak, k.Done, k.Resume, k.Hand, k.Break, k.NextItem,
		k.Decide, k.Action, k.Note, k.Card, k.Arrive, k.OffRecord, k.Undo, k.Fix, k.Visitor, k.Messages, k.End, k.leave, k.Theme}
	short := map[string]string{"f": "finished", "p": "off record", "d": "decide", "e": "end", "h": "hand", "s": "next speaker",
		"u": "undo", "x": "fix", "v": "visitor", "m": "messages", ":": "command", "+": "for", "-": "against", "0": "abstain"}
	for i, b := range out {
		h := b.Help()
		if h.Key == "h" && h.Desc != "add to queue" {
			continue // a member's own hand says what it will do
		}
		if d, ok := short[h.Key]; ok {
			out[i].SetHelp(h.Key, d)
		}
	}
	return out
}

// Priority is the help line's keys, most needed first: when the line is
// too narrow for them all, the last are left out. At 80 columns the chair
// sees help, end, a hand, a note, a decision, an action and a break; anyone
// else sees first what they can do for themselves.
func (k KeyMap) Priority() []key.Binding {
	if k.Begin.Enabled() {
		// The start screen: who is here, then on to the meeting.
		return []key.Binding{k.Begin, k.Command, k.Help, k.Arrive, k.People, k.Agenda, k.End}
	}
	if k.role == meeting.RoleChair {
		return []key.Binding{k.Help, k.End, k.Command, k.Ballot, k.VoteFor, k.VoteAgainst, k.VoteAbstain, k.Hand, k.Note, k.Decide, k.Action, k.Break, k.Resume, k.Speak, k.Done,
			k.NextItem, k.Undo, k.Card, k.Arrive, k.Messages, k.Fix, k.Visitor, k.OffRecord, k.leave, k.Theme}
	}
	return []key.Binding{k.Ballot, k.VoteFor, k.VoteAgainst, k.VoteAbstain, k.Help, k.Command, k.leave, k.Hand, k.Done, k.Note, k.Decide, k.Action, k.Card,
		k.Break, k.Undo, k.Messages, k.OffRecord, k.Arrive, k.NextItem, k.Speak, k.Resume, k.Fix, k.Visitor, k.End, k.Theme}
}

// FullHelp is every key, in columns: the floor, the agenda, the record, and
// the screen.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Speak, k.Done, k.Hand, k.Card, k.Arrive, k.Visitor, k.VoteFor, k.VoteAgainst, k.VoteAbstain, k.Ballot},
		{k.NextItem, k.Break, k.Resume, k.End, k.Begin, k.People, k.Agenda},
		{k.Decide, k.Action, k.Note, k.OffRecord, k.Undo, k.Fix, k.ScrollUp, k.ScrollDown},
		{k.Command, k.Help, k.Messages, k.Dismiss, k.Theme, k.leave},
	}
}

// verbKey is a single key that carries out (or begins) a verb of the
// meeting: the same key on every screen, for everyone whose role may use
// the verb, and hidden from everyone else, never given another meaning.
type verbKey struct {
	key     string // the key; for a numbered verb, the first of its numbers
	verb    meeting.Verb
	binding func(*KeyMap) *key.Binding
}

// numbered reports whether a verb's keys are the numbers 1 to 9, one for
// each choice on the screen (the candidates of a secret ballot).
func (v verbKey) numbered() bool { return v.verb == meeting.VerbBallot }

// verbKeys is the table of the keys for verbs, the chair's screen's keys
// being the reference. A key for a new verb goes in the KeyMap, in
// DefaultKeyMap and here; TestEveryVerbOnTheSameKey holds every screen to
// it.
func verbKeys() []verbKey {
	return []verbKey{
		{"h", meeting.VerbHand, func(k *KeyMap) *key.Binding { return &k.Hand }},
		{"t", meeting.VerbNote, func(k *KeyMap) *key.Binding { return &k.Note }},
		{"d", meeting.VerbDecide, func(k *KeyMap) *key.Binding { return &k.Decide }},
		{"a", meeting.VerbAction, func(k *KeyMap) *key.Binding { return &k.Action }},
		{"c", meeting.VerbCard, func(k *KeyMap) *key.Binding { return &k.Card }},
		{"b", meeting.VerbBreak, func(k *KeyMap) *key.Binding { return &k.Break }},
		{"s", meeting.VerbSpeak, func(k *KeyMap) *key.Binding { return &k.Speak }},
		{"n", meeting.VerbNext, func(k *KeyMap) *key.Binding { return &k.NextItem }},
		{"e", meeting.VerbEnd, func(k *KeyMap) *key.Binding { return &k.End }},
		{"f", meeting.VerbDone, func(k *KeyMap) *key.Binding { return &k.Done }},
		{"i", meeting.VerbArrive, func(k *KeyMap) *key.Binding { return &k.Arrive }},
		{"r", meeting.VerbResume, func(k *KeyMap) *key.Binding { return &k.Resume }},
		{"p", meeting.VerbOffRecord, func(k *KeyMap) *key.Binding { return &k.OffRecord }},
		{"u", meeting.VerbUndo, func(k *KeyMap) *key.Binding { return &k.Undo }},
		{"x", meeting.VerbCorrect, func(k *KeyMap) *key.Binding { return &k.Fix }},
		{"v", meeting.VerbVisitor, func(k *KeyMap) *key.Binding { return &k.Visitor }},
		{"+", meeting.VerbFor, func(k *KeyMap) *key.Binding { return &k.VoteFor }},
		{"-", meeting.VerbAgainst, func(k *KeyMap) *key.Binding { return &k.VoteAgainst }},
		{"0", meeting.VerbAbstain, func(k *KeyMap) *key.Binding { return &k.VoteAbstain }},
		{"1", meeting.VerbBallot, func(k *KeyMap) *key.Binding { return &k.Ballot }},
	}
}
