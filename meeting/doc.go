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
// The record is put right with new events, never by changing old ones:
// undo (EvUndone) builds the state again without the event it takes back
// (undo.go), correct and strike reword a numbered entry or move it out of
// the record's lists (correct.go). A name that only starts a surname, or
// a near miss, and a date without a year are refused with a Suggestion
// of what was most likely meant, for a screen to ask about.
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
//	  ballot (until it closes: see below)
//
// A guest is an observer: a passcode guest, or a roster person of kind
// guest. A guest the chair admits as a roster person sees what that
// person's role sees. Guests get the counts by kind (the quorum line), not
// each person's kind. The laptop (the host console) sees everything.
//
// # Votes and secret ballots
//
// Deciding together (vote.go): a vote counted by kind, and a secret
// ballot to elect the chair or the minute-taker.
//
// A vote (vote QUESTION) is open on the current item, one at a time, and
// opened by the chair or the minute-taker. They record how people in the
// room voted (for NAME, NAME...; against ...; abstain ...); a member
// joining remotely gives their own vote on their own screen (for, against
// or abstain with no name), and may change it until the vote closes.
// Each recorded vote is its own event, with who recorded it. Guests never
// vote, and someone who declared an interest in the item is refused with
// the reason. vote close records the result as a decision: carried or
// not, the counts, the counts by kind, who was present and did not vote,
// and which of the group's rules ([votes] in group.toml) decided it. It is
// provisional under the same rules as any decision. A tie is said, and
// never broken.
//
// A secret ballot (elect chair: NAME, NAME...) is between members who are
// here. People in the room vote on paper, and the chair adds the paper
// ballots counted in the room (tally NAME N). Members joining remotely
// vote on their own screen (ballot NAME), once; a ballot cannot be
// changed. What is and is not secret:
//
//   - The journal records THAT a remote member voted (a ballot event with
//     their id, at the time they voted), so nobody can vote twice, even
//     after a crash. It never records WHAT they chose: not in that event,
//     and not in any event written near it in time.
//   - Their choice is kept only in the memory of the running meeting
//     (Live), as a count for each candidate: not even there is a choice
//     linked to its voter. Nobody sees these counts while the ballot is
//     open, not even the chair. When the ballot closes they are written
//     all at once, as one anonymous count for each candidate (no voter,
//     no one who recorded it), just before the result.
//   - So the timing of events says when each remote member voted, and
//     nothing about how. The counts written at the close say how the
//     remote members voted taken together: when only one or two members
//     vote remotely, anyone who also knows the paper count (the chair
//     counted it) can work out how they voted. That is so for any ballot
//     that counts paper and screens apart; to avoid it, have everyone vote
//     the same way.
//   - Paper counts are written as the chair adds them (with who added
//     them, never whose ballots they were). Added one ballot at a time
//     they would show the order the papers were counted in: count them
//     all, then add the totals.
//   - The price of keeping choices out of the journal: if the laptop
//     fails while a ballot is open, the remote ballots given so far are
//     lost. The resumed meeting says so, and those members may vote
//     again. Paper ballots are on paper, and their counts in the journal.
//   - What a remote member types (ballot NAME) reaches nobody else: the
//     chair's laptop hears that they voted, never who for (Heard).
//
// The chair and the minute-taker see the running counts of an open vote
// and who has not voted yet, and of a ballot the paper counts they added
// and who has voted on screen: they run the count. Members see their own
// vote and how to vote, guests only the question (see view.go): seeing
// which way a vote is going could sway those still to vote, and it is
// said in full the moment it closes. Once closed, the result is a
// decision like any other, for everyone; who voted which way is not, in
// any minutes or view but the chair's and the minute-taker's.
//
// The package is pure domain code: it imports no UI package.
package meeting
