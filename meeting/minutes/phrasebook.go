package minutes

import (
	"fmt"
	"strings"
	"time"

	"github.com/gyda/gyda/meeting"
	"github.com/gyda/gyda/roster"
)

// phrasebook holds the minutes' fixed words in one language: headings,
// labels and the sentences around what people said. What people typed
// (titles, notes, decisions, actions) is never translated.
//
// There is one type per language, english (phrases_en*.go) and welsh
// (phrases_cy*.go); each is stateless (no maps, nothing package-level to
// change). The quorum sentences of both languages sit side by side in
// phrases_quorum.go. Bilingual minutes use both, Welsh first (see
// languages).
//
// The interface is made of one smaller interface per section of the
// minutes, in the order the minutes read.
type phrasebook interface {
	wordPhrases
	titlePhrases
	attendancePhrases
	quorumPhrases
	openingPhrases
	itemPhrases
	actionLogPhrases
	closingPhrases
	easyReadPhrases
	calendarPhrases
	documentPhrases
	csvPhrases
	votePhrases
}

// wordPhrases are the words every section uses: the language, dates,
// lengths of time, kinds of member, roles and lists.
type wordPhrases interface {
	code() string // "en" or "cy"
	tag() string  // the BCP 47 tag for HTML and Word: "en-GB" or "cy-GB"

	longDate(t time.Time) string     // "Thursday 3 December 2026"
	shortDate(t time.Time) string    // "3 December 2026"
	duration(d time.Duration) string // an item's time, in minutes
	talkTime(d time.Duration) string // speaking time, to the second when short
	spans(ss []Span) string          // "from 11:41 to 11:50 and from 12:00 to the end"
	kind(k roster.Kind) string
	how(a Attendee) string
	role(r meeting.Role) string
	ladder(rung string) string
	joinAnd(list []string) string
}

// titlePhrases are the minutes' title, date and place.
type titlePhrases interface {
	minutesWord() string // "minutes", after the meeting's title
	when(m *Model) string
	place(place string, online bool) string
	alsoOnline() string // "and online", after a place
	nextPlace(m *Model) string
	demo() string
}

// attendancePhrases are the words of "Who was there": chair and
// minute-taker, present, in attendance, apologies.
type attendancePhrases interface {
	whoWasThere() string
	chair(names string) string
	minuteTaker(names string) string
	holders(hs []Holder) string
	present() string
	attendanceColumns() []string
	atTheEnd() string
	nobodyPresent() string
	inAttendance() string
	attendedAs(a Attendee) string
	apologies() string
	noApologies() string
}

// quorumPhrases are the words of "Quorum and balance", and the sentence
// that says how the meeting stood when a decision was taken.
type quorumPhrases interface {
	quorumAndBalance() string
	quorumRule(q QuorumRecord) string
	fullest(st meeting.Status) string
	neverQuorate() string
	quorate(q QuorumRecord) string
	unbalanced(q QuorumRecord) string
	decisionCount(q QuorumRecord) string
}

// openingPhrases are the sections before the agenda's items:
// declarations of interest, the minutes of the last meeting and matters
// arising.
type openingPhrases interface {
	declarations() string
	noDeclarations() string
	item(n int) string // "item 2"

	lastMinutes() string
	lastMinutesSaid(item int) string
	lastMinutesSilent(item int) string
	lastMinutesNotReached(item int) string

	mattersArising() string
	arisingActions() string
	arisingDecisions() string
	arisingActionFrom(a ArisingAction) string
	arisingActionNow(a ArisingAction) string
	arisingDecisionFrom(d ArisingDecision) string
	arisingDecisionNow(d ArisingDecision) string
	outcome(o meeting.Outcome) string // for the action log: "done"
	noteLabel() string
	score(n int) string // "4 out of 5"
	erRatified() string
}

// itemPhrases are the words of one agenda item's section: its facts,
// handovers, departures, cards, decisions, notes and actions.
type itemPhrases interface {
	itemFacts(it Item) string
	wordsHeading() string // the section of short words used
	unexplained() string  // after an acronym not in the glossary
	confidential() string
	handover(h RoleChange) string
	departure(d Departure) string
	redCard(c RedCard) string
	decision(n int, provisional bool) string
	provisionalBecause(d Decision) string
	takenAt(d Decision) string
	notTaking(names []string) string
	noAuthority() string
	note(warning string) string
	action(n int) string
	actionSentence(owner string, due time.Time) (before, after string)
	byDate(due time.Time) string
	notHeard(names []string) string
}

// actionLogPhrases are the words of the action log.
type actionLogPhrases interface {
	actions() string
	noActions() string
	actionColumns() []string
}

// closingPhrases are the sections after the items: reflection, how the
// meeting went, and the next meeting.
type closingPhrases interface {
	reflection() string
	noReflection() string

	howItWent() string
	noBreaks() string
	breakSpan(s Span) string
	interruption(s Span) string
	speaking(sh meeting.SpeakingShare) string

	nextMeeting() string
	nextMeetingAt(t time.Time, dateOnly bool) string
}

// easyReadPhrases are the easy-read summary's words.
type easyReadPhrases interface {
	easyRead() string
	easyReadWord() string // "easy read", after the meeting's title
	erTalked() string
	erWeMet(day time.Time) string
	erMembers(n int) string
	erGuests(n int, members bool) string
	erTalkedAbout() string
	erDecided() string
	erNoDecisions() string
	erProvisional() string
	erWhoWhat() string
	erAction(owner string) string
	erBy(due time.Time) string
	erNoActions() string
	erNext() string
	erNextAt(t time.Time, dateOnly bool) string
	erNoNext() string
}

// calendarPhrases are the calendar's (ics) summaries and descriptions.
type calendarPhrases interface {
	actionSummary(a Action, text string) string
	actionDescription(m *Model, a Action) string
	nextSummary(meetingTitle string) string
}

// documentPhrases are the words around a whole document.
type documentPhrases interface {
	otherVersion(large bool) string // a link to the other print size
	footer() string
}

// csvPhrases are the spreadsheets' column headings and values.
type csvPhrases interface {
	csvAttendance() []string
	csvActions() []string
	csvCredits() []string
	actionOpen() string
}

// votePhrases are the minutes' words for votes and elections, in one
// language.
type votePhrases interface {
	voteDecision(n int, provisional bool) string // "Decision 3, by vote"
	voteResult(t meeting.Tally) string           // "Carried: 5 for, 3 against, 1 abstained."
	voteByKind(t meeting.Tally) string
	notVoted(names []string) string
	voteRule(t meeting.Tally) string
	electionOf(r meeting.Role) string // "election of the chair, by secret ballot"
	electionResult(e *ElectionRecord) string
	ballotsCounted(n int) string
	termUntil(t time.Time) string

	erVotedOn() string
	erVoted(n int, choice meeting.Choice) string // "2 people voted for it."
	erVoteOutcome(carried bool) string
	erElection(e *ElectionRecord) string
	erGotVotes(name string, n int) string // "Siân Davies got 3 votes.")

	csvVotes() []string
	csvElections() []string
	result(carried bool) string
	ruleName(r meeting.Rule) string
	yesNo(yes bool) string
	tied() string

	electionDueSummary(e *ElectionRecord) string
	electionDueDescription(m *Model, e *ElectionRecord) string
}

// languages returns the phrasebooks for a [minutes] language: "en" (the
// default), "cy", or "en+cy" for bilingual minutes. Bilingual minutes put
// the Welsh first, as the Welsh Language Standards ask ("Welsh text
// positioned so that it is likely to be read first"), then the English.
func languages(setting string) []phrasebook {
	switch setting {
	case "cy":
		return []phrasebook{welsh{}}
	case "en+cy", "cy+en":
		return []phrasebook{welsh{}, english{}}
	}
	return []phrasebook{english{}}
}

// clockParts splits a length of time, to the nearest second, into hours,
// minutes and seconds.
func clockParts(d time.Duration) (h, m, s int) {
	d = d.Round(time.Second)
	return int(d.Hours()), int(d.Minutes()) % 60, int(d.Seconds()) % 60
}

// clock is a time of day, the same in both languages: "10:05".
func clock(t time.Time) string { return t.Format("15:04") }

// candidateCounts says each candidate's ballots, elected first, then most
// first: "Siân Davies 3, Dafydd ap Gwilym 2".
func candidateCounts(e *ElectionRecord) string {
	var parts []string
	for _, c := range e.ranked() {
		parts = append(parts, fmt.Sprintf("%s %d", e.Name(c.Person), c.Votes))
	}
	return strings.Join(parts, ", ")
}
