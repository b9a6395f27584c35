// Package meeting is the live meeting: commands with an actor go in, events
// come out, and the state is built only by applying events. Quorum, balance,
// the speaking queue, item timeboxes and breaks are all derived from that
// state and an injected clock; nothing here starts a timer or a goroutine.
//
// The flow is: Parse turns a typed line into a Command; Decide checks the
// actor's role and the command against the State and returns Events or an
// error (and changes nothing); Apply folds an Event into the State. Live
// wraps the three with a lock, a durable journal and latest-only mailboxes
// for whoever watches the meeting. Replaying a journal uses the same Apply.
//
// Who sees what is decided here, once (view.go), never by a screen. Every
// mailbox and every Snapshot is for a viewer: Live.Subscribe and
// Live.Snapshot take the actor who will look, and hand over the state as
// State.SeenBy makes it for them, with what they may not see taken out
// (not hidden by a flag a screen must remember to check). The sight
// follows the role, so a role handed away stops showing private content on
// the next snapshot.
//
//	content                                   chair  minute-taker  member    guest
//	agenda, quorum numbers, decisions,        yes    yes           yes       yes
//	  actions, ordinary notes, declarations,
//	  names of those present
//	each person's kind (organisation,         yes    yes           yes       no
//	  decision authority, kind of a turn)
//	off-the-record notes, the notes of a      yes    yes           no        no
//	  confidential item
//	a person's access needs and language      yes    yes           own only  no
//	expenses                                  yes    own only      own only  no
//	how people voted, and the running counts  yes    yes           own only  no
//	  of an open vote or paper ballots
//	how anyone voted on screen in a secret    no     no            no        no
//	  ballot (until it closes: see vote.go)
//
// A guest is an observer: a passcode guest, or a roster person of kind
// guest. A guest the chair admits as a roster person sees what that
// person's role sees. Guests get the counts by kind (the quorum line), not
// each person's kind. The laptop (the host console) sees everything.
//
// The package is pure domain code: it imports no UI package.
package meeting
