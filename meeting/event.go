package meeting

import "time"

// EventType names what happened. Event types are stored in journals, so a
// name never changes meaning once released.
type EventType string

// The events of a meeting.
const (
	EvOpened         EventType = "opened"
	EvResumed        EventType = "resumed"
	EvArrived        EventType = "arrived"
	EvLeft           EventType = "left"
	EvApologies      EventType = "apologies"
	EvRole           EventType = "role"
	EvItem           EventType = "item"
	EvBreakStarted   EventType = "break-started"
	EvBreakRequested EventType = "break-requested"
	EvResumedAfter   EventType = "pause-ended"
	EvHand           EventType = "hand"
	EvLowered        EventType = "lowered"
	EvGoRound        EventType = "go-round"
	EvSpeaking       EventType = "speaking"
	EvTurnEnded      EventType = "turn-ended"
	EvCard           EventType = "card"
	EvNote           EventType = "note"
	EvOffRecord      EventType = "offrecord"
	EvDecided        EventType = "decided"
	EvDeclared       EventType = "declared"
	EvAction         EventType = "action"
	EvReflected      EventType = "reflected"
	EvEnded          EventType = "ended"
	// Across meetings: a volunteer's expense, a carried action reviewed,
	// a carried provisional decision ratified or not.
	EvExpense  EventType = "expense"
	EvReviewed EventType = "action-reviewed"
	EvRatified EventType = "decision-ratified"
	// Putting the record right: an earlier event taken back (Undoes),
	// a note, decision or action reworded or struck out of the minutes;
	// and a visitor, someone not in the roster, arriving.
	EvUndone    EventType = "undone"
	EvCorrected EventType = "corrected"
	EvStruck    EventType = "struck"
	EvVisitor   EventType = "visitor"
)

// Event is one thing that happened in the meeting. It is a flat record so
// that journals stay readable; which fields are set depends on Type.
type Event struct {
	Type EventType `json:"type"`
	At   time.Time `json:"at"`
	// By is the person who gave the command; empty for the chair's own
	// laptop (the host console).
	By     string `json:"by,omitempty"`
	Person string `json:"person,omitempty"`
	Remote bool   `json:"remote,omitempty"`
	Role   Role   `json:"role,omitempty"`
	Item   int    `json:"item,omitempty"` // 1-based agenda item
	Card   Card   `json:"card,omitempty"`
	Text   string `json:"text,omitempty"`
	Due    string `json:"due,omitempty"` // YYYY-MM-DD
	// Seconds is a length in whole seconds: a break's planned length.
	Seconds int `json:"seconds,omitempty"`
	// Since is when a gap in the record began (resumed).
	Since time.Time `json:"since,omitzero"`
	// Number is a note's, a decision's or an action's number in the
	// meeting.
	Number int `json:"n,omitempty"`
	// Quorum is who was present when a decision was taken.
	Quorum *Status `json:"quorum,omitempty"`
	// Provisional marks a decision taken while not quorate or not balanced;
	// Reason says why.
	Provisional bool     `json:"provisional,omitempty"`
	Reason      string   `json:"reason,omitempty"`
	Warnings    []string `json:"warnings,omitempty"`
	// People lists others the event concerns: those who had not spoken when
	// an item closed, those not taking part in a decision.
	People []string `json:"people,omitempty"`
	// Hands lists who still had a hand up when the item changed (the queue
	// starts empty on every item).
	Hands []string `json:"hands,omitempty"`
	// Outcome is what became of a carried action or decision (matters
	// arising).
	Outcome Outcome `json:"outcome,omitempty"`
	// Pence is an expense's amount; Miles and Rate (pence a mile) are set
	// for mileage.
	Pence int     `json:"pence,omitempty"`
	Miles float64 `json:"miles,omitempty"`
	Rate  int     `json:"rate,omitempty"`
	// Score is a reflection's score out of 5 ("reflect 4/5 ..."), or 0.
	Score int `json:"score,omitempty"`
	// Choice is how someone voted (vote-cast).
	Choice Choice `json:"choice,omitempty"`
	// Tally is a vote's result, and Ballot an election's, on the decision
	// that records it.
	Tally  *Tally  `json:"tally,omitempty"`
	Ballot *Ballot `json:"ballot,omitempty"`
	// Undoes is the event an undo takes back: its place in the meeting's
	// events, counting from 1 (the opening).
	Undoes int `json:"undoes,omitempty"`
	// Entry is what a correction or a strike changes (note, decision or
	// action), with Number; Text is the new wording or the reason.
	Entry Entry `json:"entry,omitempty"`
	// Name and Organisation are a visitor's, as typed.
	Name         string `json:"name,omitempty"`
	Organisation string `json:"org,omitempty"`
}
