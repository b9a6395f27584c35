package meeting

import (
	"slices"
	"time"
)

// Verb names what a command does. The verbs are the command language of
// DESIGN.md (a contract); each has a help line in Verbs.
type Verb string

// The verbs of the command language.
const (
	VerbArrive    Verb = "arrive"
	VerbLeave     Verb = "leave"
	VerbApologies Verb = "apologies"
	VerbQuorum    Verb = "quorum"
	VerbChair     Verb = "chair"
	VerbMinutes   Verb = "minutes"
	VerbNext      Verb = "next"
	VerbItem      Verb = "item"
	VerbBreak     Verb = "break"
	VerbResume    Verb = "resume"
	VerbHand      Verb = "hand"
	VerbGoRound   Verb = "goround"
	VerbLower     Verb = "lower"
	VerbSpeak     Verb = "speak"
	VerbDone      Verb = "done"
	VerbCard      Verb = "card"
	VerbNote      Verb = "note"
	VerbOffRecord Verb = "offrecord"
	VerbDecide    Verb = "decide"
	VerbDeclare   Verb = "declare"
	VerbAction    Verb = "action"
	VerbReflect   Verb = "reflect"
	VerbWait      Verb = "wait"
	VerbEnd       Verb = "end"
	VerbHelp      Verb = "help"
	// Putting the record right, and people not in the roster.
	VerbUndo    Verb = "undo"
	VerbCorrect Verb = "correct"
	VerbStrike  Verb = "strike"
	VerbVisitor Verb = "visitor"
	// Across meetings.
	VerbArising Verb = "arising"
	VerbReview  Verb = "review"
	VerbRatify  Verb = "ratify"
	VerbExpense Verb = "expense"
)

// VerbInfo is one verb's usage and what it does, for help screens and
// completion.
type VerbInfo struct {
	Verb    Verb
	Usage   string
	Summary string
	Aliases []string
}

// Verbs lists every verb with its usage, in the order help shows them.
func Verbs() []VerbInfo {
	return slices.Concat([]VerbInfo{
		{VerbArrive, "arrive NAME [remote]", "record someone arriving, in the room or remote (several: arrive NAME, NAME and NAME)", []string{"here"}},
		{VerbVisitor, "visitor NAME[, ORGANISATION]", "someone not in the roster is here (never counted for quorum or balance)", []string{"guest"}},
		{VerbLeave, "leave NAME", "record someone leaving (several: leave NAME, NAME)", []string{"left"}},
		{VerbApologies, "apologies NAME", "record apologies from someone who cannot come (several: apologies NAME, NAME)", []string{"apology"}},
		{VerbQuorum, "quorum", "say who is here and whether the meeting is quorate and balanced", []string{"who"}},
		{VerbChair, "chair NAME", "hand the chair to someone", nil},
		{VerbMinutes, "minutes NAME", "hand minute-taking to someone", []string{"minute-taker"}},
		{VerbNext, "next", "move to the next agenda item", nil},
		{VerbItem, "item N", "go to agenda item N", nil},
		{VerbBreak, "break [DURATION]", "start a break (others: ask for one)", nil},
		{VerbResume, "resume", "end a break or a red-card pause", []string{"back"}},
		{VerbHand, "hand [NAME]", "put someone in the speaking queue", []string{"raise"}},
		{VerbGoRound, "goround", "offer everyone here not yet heard on this item a turn: they join the queue", []string{"go-round", "round"}},
		{VerbLower, "lower [NAME]", "take someone out of the speaking queue", []string{"unhand"}},
		{VerbSpeak, "speak [NAME]", "give the floor to the next in the queue, or to NAME", nil},
		{VerbDone, "done", "the speaker has finished", nil},
		{VerbCard, "card [NAME] red|yellow|green", "show a card: red stop, yellow slow down, green agree", nil},
		{VerbNote, "note TEXT", "add a note to the minutes of this item", nil},
		{VerbOffRecord, "offrecord TEXT", "a note kept out of every published minutes file", []string{"private"}},
		{VerbDecide, "decide TEXT", "record a decision, with who was there", []string{"decision"}},
		{VerbDeclare, "declare NAME item N: TEXT", "record a declaration of interest in item N: they take no part in its decisions", nil},
		{VerbAction, "action NAME by DATE: TEXT", "record an action with its owner and due date (31/01/2027, 31 Jan 2027, next meeting)", nil},
		{VerbUndo, "undo", "take back the last thing you recorded; again to go further back", []string{"oops"}},
		{VerbCorrect, "correct note|decision|action N: TEXT", "change what entry N says; the minutes show the final wording", []string{"fix"}},
		{VerbStrike, "strike note|decision|action N: REASON", "take entry N out of the minutes (the journal keeps it)", nil},
	}, voteVerbs(), []VerbInfo{
		{VerbArising, "arising", "list the matters arising: actions and provisional decisions from earlier meetings", []string{"matters"}},
		{VerbReview, "review N done|dropped|by DATE [: NOTE]", "mark an earlier meeting's action done, dropped, or give it a new date", nil},
		{VerbRatify, "ratify N [no] [: NOTE]", "ratify an earlier meeting's provisional decision, or not (while quorate and balanced)", nil},
		{VerbExpense, "expense NAME: 12 miles | £4.50 WHAT", "record a volunteer's actual travel or other cost, for the organisers", nil},
		{VerbReflect, "reflect [N/5] TEXT", "add to the closing reflection, with a score out of 5 if you like", nil},
		{VerbWait, "wait DURATION", "move the rehearsal clock on (only with --clock sim)", nil},
		{VerbEnd, "end", "close the meeting and write the minutes", nil},
		{VerbHelp, "help [VERB]", "list the commands, or explain one", []string{"?"}},
	})
}

// Command is one parsed command. Which fields are set depends on the verb;
// names are as typed and are matched to people by Decide.
type Command struct {
	Verb Verb
	// Line is the line as typed (cleaned), when the command was typed: a
	// refusal that offers what was most likely meant rewrites it.
	Line     string
	Name     string        // a person as typed
	Remote   bool          // arrive ... remote
	Item     int           // item N (1-based)
	Duration time.Duration // break, wait
	Card     Card          // card
	Due      time.Time     // action ... by DATE (a date at midnight UTC)
	// DueText is the due date as typed; DueNext is "by next meeting":
	// Decide takes the agenda's next meeting.
	DueText string
	DueNext bool
	// Entry is what correct and strike change: note, decision or action;
	// Number says which.
	Entry        Entry
	Organisation string   // visitor NAME, ORGANISATION
	Text         string   // note, offrecord, decide, declare, action, reflect, help, review, ratify, expense, correct, strike
	Number       int      // review N, ratify N, tally NAME N, correct and strike
	Outcome      Outcome  // review, ratify
	Pence        int      // expense £4.50 ...
	Miles        float64  // expense 12 miles
	Names        []string // for, against, abstain, elect: people as typed
	Role         Role     // elect chair|minutes
}

// Entry names a kind of numbered entry in the record, for correct and
// strike.
type Entry string

// The entries that can be corrected or struck.
const (
	EntryNote     Entry = "note"
	EntryDecision Entry = "decision"
	EntryAction   Entry = "action"
)

// Card is the colour of a card shown in the meeting.
type Card string

// The cards: red "stop, I have a question or I am not OK", yellow "slow
// down / explain that word", green "agree".
const (
	CardRed    Card = "red"
	CardYellow Card = "yellow"
	CardGreen  Card = "green"
)

// Meaning is what the card says, in words.
func (c Card) Meaning() string {
	switch c {
	case CardRed:
		return "stop: a question, or not OK"
	case CardYellow:
		return "slow down, or explain that"
	case CardGreen:
		return "agree"
	}
	return string(c)
}
