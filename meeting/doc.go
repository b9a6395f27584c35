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
// The package is pure domain code: it imports no UI package.
package meeting
