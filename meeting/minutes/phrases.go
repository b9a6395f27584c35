package minutes

import (
	"fmt"
	"math"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/gyda/gyda/meeting"
	"github.com/gyda/gyda/roster"
)

// phrasebook holds the minutes' fixed words in one language: headings,
// labels and the sentences around what people said. What people typed
// (titles, notes, decisions, actions) is never translated.
//
// There is one type per language, english and welsh; each is stateless
// (no maps, nothing package-level to change). Bilingual minutes use both,
// Welsh first (see languages).
type phrasebook interface {
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

	minutesWord() string // "minutes", after the meeting's title
	when(m *Model) string
	place(place string, online bool) string
	alsoOnline() string // "and online", after a place
	nextPlace(m *Model) string
	demo() string

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

	quorumAndBalance() string
	quorumRule(q QuorumRecord) string
	fullest(st meeting.Status) string
	neverQuorate() string
	quorate(q QuorumRecord) string
	unbalanced(q QuorumRecord) string
	decisionCount(q QuorumRecord) string

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

	actions() string
	noActions() string
	actionColumns() []string

	reflection() string
	noReflection() string

	howItWent() string
	noBreaks() string
	breakSpan(s Span) string
	interruption(s Span) string
	speaking(sh meeting.SpeakingShare) string

	nextMeeting() string
	nextMeetingAt(t time.Time, dateOnly bool) string

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

	actionSummary(a Action, text string) string
	actionDescription(m *Model, a Action) string
	nextSummary(meetingTitle string) string

	otherVersion(large bool) string // a link to the other print size
	footer() string

	csvAttendance() []string
	csvActions() []string
	csvCredits() []string
	actionOpen() string

	votePhrases
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

// english is the English phrasebook.
type english struct{}

func (english) code() string { return "en" }
func (english) tag() string  { return "en-GB" }

func (english) longDate(t time.Time) string  { return t.Format("Monday 2 January 2006") }
func (english) shortDate(t time.Time) string { return t.Format("2 January 2006") }

func (english) duration(d time.Duration) string {
	if d < time.Minute {
		return "under a minute"
	}
	return plural(int(math.Round(d.Minutes())), "minute", "minutes")
}

// talkTime says a share of speaking time: in seconds under a minute, in
// minutes and seconds under ten minutes, and in minutes (or hours and
// minutes) after that, so a short time never reads as "0 minutes".
func (english) talkTime(d time.Duration) string {
	h, m, sec := clockParts(d)
	switch {
	case h > 0 && m > 0:
		return plural(h, "hour", "hours") + " " + plural(m, "minute", "minutes")
	case h > 0:
		return plural(h, "hour", "hours")
	case m >= 10 || (m > 0 && sec == 0):
		return plural(m, "minute", "minutes")
	case m > 0:
		return plural(m, "minute", "minutes") + " " + plural(sec, "second", "seconds")
	}
	return plural(sec, "second", "seconds")
}

func (english) spans(ss []Span) string {
	parts := make([]string, len(ss))
	for i, s := range ss {
		switch {
		case s.To.IsZero():
			parts[i] = "from " + clock(s.From) + " to the end"
		case s.To.Sub(s.From) < time.Minute:
			parts[i] = "briefly at " + clock(s.From)
		default:
			parts[i] = "from " + clock(s.From) + " to " + clock(s.To)
		}
	}
	return roster.AndList(parts)
}

func (english) kind(k roster.Kind) string { return k.Label() }

func (english) how(a Attendee) string { return a.How() }

func (english) role(r meeting.Role) string { return string(r) }

func (english) ladder(rung string) string { return rung }

func (english) joinAnd(list []string) string { return roster.AndList(list) }

func (english) minutesWord() string { return "minutes" }

func (e english) when(m *Model) string {
	s := e.longDate(m.Date) + ", from " + m.Opened.Format("15:04")
	if m.Ended.IsZero() {
		return s + " (the meeting did not end in gyda)"
	}
	return s + " to " + m.Ended.Format("15:04")
}

func (e english) place(place string, online bool) string {
	switch {
	case place != "" && online:
		return place + ", " + e.alsoOnline()
	case online:
		return "Online"
	}
	return place
}

func (english) alsoOnline() string { return "and online" }

func (e english) nextPlace(m *Model) string {
	return "The place is where the group met on " + e.longDate(m.Date) + "; the agenda will confirm it."
}

func (english) demo() string {
	return "This is a rehearsal with gyda's sample group. The people are made up."
}

func (english) whoWasThere() string             { return "Who was there" }
func (english) chair(names string) string       { return "Chair: " + names + "." }
func (english) minuteTaker(names string) string { return "Minutes taken by: " + names + "." }

func (english) holders(hs []Holder) string {
	if len(hs) == 0 {
		return "not recorded"
	}
	parts := make([]string, len(hs))
	for i, h := range hs {
		var about []string
		if i > 0 {
			about = append(about, fmt.Sprintf("from %s, item %d", clock(h.From), h.Item))
		}
		if !h.Left.IsZero() {
			about = append(about, "left at "+clock(h.Left))
		}
		parts[i] = h.Name
		if len(about) > 0 {
			parts[i] += " (" + strings.Join(about, "; ") + ")"
		}
	}
	return strings.Join(parts, ", then ")
}

func (english) present() string { return "Present" }
func (english) attendanceColumns() []string {
	return []string{"Name", "Taking part as", "How", "Arrived", "Left"}
}
func (english) atTheEnd() string      { return "at the end" }
func (english) nobodyPresent() string { return "Nobody was recorded as present." }
func (english) inAttendance() string  { return "In attendance" }

func (e english) attendedAs(a Attendee) string {
	to := "the end"
	if !a.Left.IsZero() {
		to = clock(a.Left)
	}
	return fmt.Sprintf("%s, %s, from %s to %s", e.kind(a.Kind), a.How(), clock(a.Arrived), to)
}

func (english) apologies() string   { return "Apologies" }
func (english) noApologies() string { return "None were given." }

func (english) quorumAndBalance() string { return "Quorum and balance" }

func (english) quorumRule(q QuorumRecord) string {
	s := fmt.Sprintf("The group is quorate with %d members present, at least %d of them people who use services or carers.", q.NeedPresent, q.NeedLived)
	if !q.RemoteCounts {
		s += " People joining remotely do not count towards the quorum."
	}
	return s + " It is balanced when people with lived experience are at least as many as paid staff."
}

func (e english) fullest(st meeting.Status) string { return "At its fullest, " + e.standing(st) }

// standing says who was present and how the meeting stood, in short
// sentences: "6 present: 4 lived experience, 2 staff (1 remote); 1 guest
// not counted. Balanced and quorate (needs 6, and 2 lived experience)."
func (english) standing(st meeting.Status) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d present: %d lived experience, %d staff", st.Present, st.Lived, st.Staff)
	if st.Remote > 0 {
		fmt.Fprintf(&b, " (%d remote)", st.Remote)
	}
	if others := st.NotCounted(); others != "" {
		fmt.Fprintf(&b, "; %s not counted", others)
	}
	need := fmt.Sprintf("needs %d, and %d lived experience", st.NeedPresent, st.NeedLived)
	if st.Counted != st.Present {
		need += fmt.Sprintf("; %d count, as remote attendees do not", st.Counted)
	}
	unbalanced := fmt.Sprintf("not balanced (%d staff to %d lived experience)", st.Staff, st.Lived)
	switch {
	case st.Balanced && st.Quorate:
		fmt.Fprintf(&b, ". Balanced and quorate (%s).", need)
	case st.Balanced:
		fmt.Fprintf(&b, ". Balanced, but not quorate (%s).", need)
	case st.Quorate:
		fmt.Fprintf(&b, ". Quorate (%s), but %s.", need, unbalanced)
	default:
		fmt.Fprintf(&b, ". Not quorate (%s), and %s.", need, unbalanced)
	}
	return b.String()
}
func (english) neverQuorate() string {
	return "The meeting was never quorate, so any decisions are provisional and go to the next meeting to be ratified."
}

func (e english) quorate(q QuorumRecord) string {
	if len(q.Inquorate) == 0 {
		return "The meeting was quorate from " + clock(q.QuorateFrom) + " to the end."
	}
	return "The meeting became quorate at " + clock(q.QuorateFrom) + ". It was not quorate " + e.spans(q.Inquorate) + "."
}

func (e english) unbalanced(q QuorumRecord) string {
	return "Staff outnumbered people with lived experience " + e.spans(q.UnbalancedFor) + "."
}

func (english) decisionCount(q QuorumRecord) string {
	n := plural(q.Decisions, "decision", "decisions")
	every := " all"
	switch q.Decisions {
	case 1:
		every = ""
	case 2:
		every = " both"
	}
	switch {
	case q.Provisional == 0:
		return n + "," + every + " taken quorate and balanced."
	case q.QuorateBalanced == 0:
		return n + "," + every + " provisional."
	}
	return fmt.Sprintf("%s: %d taken quorate and balanced, %d provisional.", n, q.QuorateBalanced, q.Provisional)
}

func (english) declarations() string   { return "Declarations of interest" }
func (english) noDeclarations() string { return "None were declared." }
func (english) item(n int) string      { return fmt.Sprintf("item %d", n) }

func (english) lastMinutes() string { return "Minutes of the last meeting" }
func (english) lastMinutesSaid(item int) string {
	return fmt.Sprintf("Recorded at item %d:", item)
}
func (english) lastMinutesSilent(item int) string {
	return fmt.Sprintf("They were item %d. These minutes do not record whether they were agreed.", item)
}
func (english) lastMinutesNotReached(item int) string {
	return fmt.Sprintf("They were item %d, which the meeting did not reach.", item)
}

func (english) mattersArising() string   { return "Matters arising" }
func (english) arisingActions() string   { return "Actions from earlier meetings" }
func (english) arisingDecisions() string { return "Provisional decisions from earlier meetings" }

func (e english) arisingActionFrom(a ArisingAction) string {
	return fmt.Sprintf("Action %d from the meeting on %s, due %s.", a.FromNumber, e.shortDate(a.FromDate), e.shortDate(a.Due))
}

func (e english) arisingActionNow(a ArisingAction) string {
	switch a.Outcome {
	case meeting.OutcomeDone:
		return "Now: done."
	case meeting.OutcomeDropped:
		return "Now: dropped."
	case meeting.OutcomeNewDate:
		return "Now: given a new date, " + e.longDate(a.NewDue) + "."
	}
	return "Now: not reviewed; it goes to the next meeting."
}

func (e english) arisingDecisionFrom(d ArisingDecision) string {
	return fmt.Sprintf("Provisional decision %d from the meeting on %s.", d.FromNumber, e.shortDate(d.FromDate))
}

func (e english) arisingDecisionNow(d ArisingDecision) string {
	switch {
	case !d.Considered:
		return "Now: not considered; it goes to the next meeting."
	case d.Ratified:
		return fmt.Sprintf("Now: ratified at %s. %s", clock(d.At), e.standing(d.Quorum))
	}
	return fmt.Sprintf("Now: not ratified, at %s.", clock(d.At))
}

func (english) outcome(o meeting.Outcome) string {
	switch o {
	case meeting.OutcomeDone:
		return "done"
	case meeting.OutcomeDropped:
		return "dropped"
	case meeting.OutcomeNewDate:
		return "new date"
	}
	return "open"
}

func (english) noteLabel() string  { return "Note" }
func (english) score(n int) string { return fmt.Sprintf("%d out of 5", n) }
func (english) erRatified() string {
	return "We have now agreed this decision from an earlier meeting."
}

func (english) wordsHeading() string { return "Short words used" }
func (english) unexplained() string {
	return "not in the group's glossary yet. It stands for: ________________"
}

func (e english) itemFacts(it Item) string {
	var facts []string
	if it.Lead != "" {
		facts = append(facts, "Led by "+it.Lead)
	}
	switch {
	case it.IsBreak && len(it.Breaks) > 0:
		var spans []string
		for _, b := range it.Breaks {
			spans = append(spans, fmt.Sprintf("from %s to %s", clock(b.From), clock(b.To)))
		}
		facts = append(facts, fmt.Sprintf("%s planned; the break was %s", e.duration(it.Planned), roster.AndList(spans)))
	case it.Visited:
		facts = append(facts, fmt.Sprintf("%s planned, took %s", e.duration(it.Planned), e.duration(it.Took)))
	default:
		facts = append(facts, fmt.Sprintf("%s planned; not reached", e.duration(it.Planned)))
	}
	if it.Ladder != "" {
		facts = append(facts, "Co-production: "+it.Ladder)
	}
	return strings.Join(facts, ". ") + "."
}

func (english) confidential() string {
	return "This item was confidential. The discussion is not minuted; decisions and actions are."
}

func (e english) handover(h RoleChange) string {
	return fmt.Sprintf("%s took over as %s at %s.", h.Name, e.role(h.Role), clock(h.At))
}

func (e english) departure(d Departure) string {
	roles := make([]string, len(d.Roles))
	for i, r := range d.Roles {
		roles[i] = e.role(r)
	}
	s := fmt.Sprintf("%s, the %s, left at %s without handing over", d.Name, roster.AndList(roles), clock(d.At))
	if !d.Back.IsZero() {
		s += ", and came back at " + clock(d.Back)
	}
	return s + "."
}

func (english) redCard(c RedCard) string {
	s := fmt.Sprintf("%s showed a red card at %s", c.Name, clock(c.At))
	switch {
	case !c.Paused:
	case c.Until.IsZero():
		s += ", and the meeting paused"
	case c.Until.Sub(c.At) < time.Minute:
		s += ", and the meeting paused for under a minute"
	default:
		s += ", and the meeting paused until " + clock(c.Until)
	}
	return s + "."
}

func (english) decision(n int, provisional bool) string {
	if provisional {
		return fmt.Sprintf("Decision %d (provisional)", n)
	}
	return fmt.Sprintf("Decision %d", n)
}

// provisionalBecause says why a decision is provisional, from how the
// meeting stood when it was taken (the reason the meeting recorded is
// only for journals that lack that).
func (english) provisionalBecause(d Decision) string {
	const after = " It goes to the next meeting to be ratified."
	q := d.Quorum
	var was []string
	if q != (meeting.Status{}) {
		if !q.Quorate {
			var need []string
			if more := q.NeedPresent - q.Counted; more > 0 {
				need = append(need, plural(more, "more person", "more people"))
			}
			if more := q.NeedLived - q.CountedLived; more > 0 {
				need = append(need, plural(more, "more person with lived experience", "more people with lived experience"))
			}
			w := "not quorate"
			if len(need) > 0 {
				w += " (it needed " + roster.AndList(need) + ")"
			}
			was = append(was, w)
		}
		if !q.Balanced {
			was = append(was, fmt.Sprintf("not balanced (%s to %s with lived experience)",
				plural(q.Staff, "member of staff", "staff"), plural(q.Lived, "person", "people")))
		}
	}
	switch {
	case len(was) > 0:
		// One reason a sentence, so that none runs long.
		out := "Provisional: when it was taken, the meeting was " + was[0] + "."
		for _, w := range was[1:] {
			out += " It was also " + w + "."
		}
		return out + after
	case d.Reason != "":
		return "Provisional (" + d.Reason + ")." + after
	}
	return "Provisional." + after
}

func (e english) takenAt(d Decision) string {
	return fmt.Sprintf("Taken at %s. %s", clock(d.At), e.standing(d.Quorum))
}

func (e english) notTaking(names []string) string {
	return "Not taking part, having declared an interest: " + e.joinAnd(names) + "."
}

func (english) noAuthority() string {
	return "Note: " + noAuthorityWarning + ": check that the partners can act on this."
}

func (english) note(w string) string { return "Note: " + w + "." }
func (english) action(n int) string  { return fmt.Sprintf("Action %d", n) }

func (e english) actionSentence(owner string, due time.Time) (string, string) {
	return owner + " will ", ", by " + e.longDate(due) + "."
}

func (e english) byDate(due time.Time) string { return "By " + e.longDate(due) + "." }

func (e english) notHeard(names []string) string {
	return "Not heard on this item: " + e.joinAnd(names) + "."
}

func (english) actions() string   { return "Actions" }
func (english) noActions() string { return "No actions were agreed." }
func (english) actionColumns() []string {
	return []string{"Number", "Who", "What", "By when", "From item"}
}

func (english) reflection() string   { return "Reflection" }
func (english) noReflection() string { return "No reflection was recorded." }

func (english) howItWent() string { return "How the meeting went" }
func (english) noBreaks() string  { return "No breaks were taken." }
func (english) breakSpan(s Span) string {
	if s.To.Sub(s.From) < time.Minute {
		return "A break of under a minute at " + clock(s.From) + "."
	}
	return fmt.Sprintf("Break from %s to %s.", clock(s.From), clock(s.To))
}
func (english) interruption(s Span) string {
	if !s.To.After(s.From) {
		return fmt.Sprintf("The meeting was interrupted at %s (gyda stopped) and carried on where it stopped; nothing recorded was lost.", clock(s.From))
	}
	return fmt.Sprintf("The meeting was interrupted: gyda recorded nothing from %s to %s, then resumed.", s.From.Format("15:04:05"), s.To.Format("15:04:05"))
}

func (e english) speaking(sh meeting.SpeakingShare) string {
	total := sh.Lived + sh.Staff + sh.Guests
	s := fmt.Sprintf("Speaking time: people with lived experience %s (%d%%), staff %s (%d%%)",
		e.talkTime(sh.Lived), percent(sh.Lived, total), e.talkTime(sh.Staff), percent(sh.Staff, total))
	if sh.Guests > 0 {
		s += fmt.Sprintf(", guests %s (%d%%)", e.talkTime(sh.Guests), percent(sh.Guests, total))
	}
	return s + "."
}

func (english) nextMeeting() string { return "Next meeting" }
func (e english) nextMeetingAt(t time.Time, dateOnly bool) string {
	if dateOnly {
		return e.longDate(t) + "."
	}
	return e.longDate(t) + ", " + clock(t) + "."
}

func (english) easyRead() string               { return "Easy read summary" }
func (english) easyReadWord() string           { return "easy read" }
func (english) erTalked() string               { return "What we talked about" }
func (e english) erWeMet(day time.Time) string { return "We met on " + e.longDate(day) + "." }
func (english) erMembers(n int) string {
	if n == 0 {
		return "No members came."
	}
	return plural(n, "member", "members") + " came."
}
func (english) erGuests(n int, members bool) string {
	if members {
		return plural(n, "guest", "guests") + " came too."
	}
	return plural(n, "guest", "guests") + " came."
}
func (english) erTalkedAbout() string { return "We talked about:" }
func (english) erDecided() string     { return "What we decided" }
func (english) erNoDecisions() string { return "We did not decide anything." }
func (english) erProvisional() string { return "We will check this at the next meeting." }
func (english) erWhoWhat() string     { return "Who will do what" }
func (english) erAction(owner string) string {
	return owner + " will do this:"
}
func (e english) erBy(due time.Time) string { return "By " + e.longDate(due) + "." }
func (english) erNoActions() string         { return "Nobody has a job to do from this meeting." }
func (english) erNext() string              { return "When we meet next" }
func (e english) erNextAt(t time.Time, dateOnly bool) string {
	if dateOnly {
		return "We meet next on " + e.longDate(t) + "."
	}
	return "We meet next on " + e.longDate(t) + " at " + clock(t) + "."
}
func (english) erNoNext() string { return "We do not know the date of the next meeting yet." }

func (english) actionSummary(a Action, text string) string {
	return fmt.Sprintf("Action %d: %s: %s", a.Number, a.Owner, text)
}
func (e english) actionDescription(m *Model, a Action) string {
	return fmt.Sprintf("From the minutes of %s on %s, item %d.", m.Title, e.longDate(m.Date), a.Item)
}
func (english) nextSummary(title string) string { return "Next meeting: " + title }

func (english) otherVersion(large bool) string {
	if large {
		return "Standard print version of these minutes"
	}
	return "Large print version of these minutes"
}
func (english) footer() string { return "Written by gyda from the meeting's record." }

func (english) csvAttendance() []string {
	return []string{"Date", "Name", "Kind", "Organisation", "In person or remote", "Arrived", "Left", "Hours"}
}
func (english) csvActions() []string {
	return []string{"Date of meeting", "Number", "Item", "Who", "What", "By when", "Status"}
}
func (english) csvCredits() []string {
	return []string{"Date", "Name", "Kind", "Hours", "Time credits"}
}
func (english) actionOpen() string { return "open" }

// welsh is the Welsh phrasebook. It uses the standard terms of Welsh
// public-body minutes (Cofnodion, Yn bresennol, Ymddiheuriadau, ...) and
// writes numbers as "label: number" where a Welsh noun after a numeral
// would need a mutation that depends on how the number is read aloud.
type welsh struct{}

func (welsh) code() string { return "cy" }
func (welsh) tag() string  { return "cy-GB" }

// welshDays and welshMonths are the Welsh names, built on each call so
// there is no package-level table to change.
func welshDay(d time.Weekday) string {
	return [...]string{"dydd Sul", "dydd Llun", "dydd Mawrth", "dydd Mercher", "dydd Iau", "dydd Gwener", "dydd Sadwrn"}[d]
}

func welshMonth(m time.Month) string {
	return [...]string{"Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf",
		"Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr"}[m-1]
}

func (w welsh) longDate(t time.Time) string { return welshDay(t.Weekday()) + " " + w.shortDate(t) }
func (welsh) shortDate(t time.Time) string {
	return fmt.Sprintf("%d %s %d", t.Day(), welshMonth(t.Month()), t.Year())
}

// duration: a Welsh noun stays singular after a numeral ("25 munud").
func (welsh) duration(d time.Duration) string {
	if d < time.Minute {
		return "llai na munud"
	}
	return fmt.Sprintf("%d munud", int(math.Round(d.Minutes())))
}

// talkTime: as English, with awr, munud and eiliad.
func (welsh) talkTime(d time.Duration) string {
	h, m, sec := clockParts(d)
	switch {
	case h > 0 && m > 0:
		return fmt.Sprintf("%d awr %d munud", h, m)
	case h > 0:
		return fmt.Sprintf("%d awr", h)
	case m >= 10 || (m > 0 && sec == 0):
		return fmt.Sprintf("%d munud", m)
	case m > 0:
		return fmt.Sprintf("%d munud %d eiliad", m, sec)
	}
	return fmt.Sprintf("%d eiliad", sec)
}

func (w welsh) spans(ss []Span) string {
	parts := make([]string, len(ss))
	for i, s := range ss {
		switch {
		case s.To.IsZero():
			parts[i] = "o " + clock(s.From) + " tan y diwedd"
		case s.To.Sub(s.From) < time.Minute:
			parts[i] = "am ennyd am " + clock(s.From)
		default:
			parts[i] = "o " + clock(s.From) + " tan " + clock(s.To)
		}
	}
	return w.joinAnd(parts)
}

func (welsh) kind(k roster.Kind) string {
	switch k {
	case roster.PersonUsingServices:
		return "person sy'n defnyddio gwasanaethau"
	case roster.Carer:
		return "gofalwr"
	case roster.Staff:
		return "staff"
	case roster.Guest:
		return "gwestai"
	case roster.Visitor:
		return "ymwelydd"
	}
	return string(k)
}

func (welsh) how(a Attendee) string {
	switch {
	case a.Remote && a.InPerson:
		return "wyneb yn wyneb ac o bell"
	case a.Remote:
		return "o bell"
	}
	return "wyneb yn wyneb"
}

func (welsh) role(r meeting.Role) string {
	switch r {
	case meeting.RoleChair:
		return "cadeirydd"
	case meeting.RoleMinuteTaker:
		return "cofnodwr"
	case meeting.RoleMember:
		return "aelod"
	case meeting.RoleObserver:
		return "sylwedydd"
	}
	return string(r)
}

func (welsh) ladder(rung string) string {
	switch rung {
	case "doing to":
		return "gwneud i"
	case "doing for":
		return "gwneud ar gyfer"
	case "doing with":
		return "gwneud gyda"
	}
	return rung
}

// joinAnd joins with "a", or "ac" before a vowel ("Siân ac Aled").
func (welsh) joinAnd(list []string) string {
	if len(list) < 2 {
		return joinWith(list, " a ")
	}
	if startsWithVowel(list[len(list)-1]) {
		return joinWith(list, " ac ")
	}
	return joinWith(list, " a ")
}

func (welsh) minutesWord() string { return "cofnodion" }

func (w welsh) when(m *Model) string {
	s := upperFirst(w.longDate(m.Date)) + ", o " + clock(m.Opened)
	if m.Ended.IsZero() {
		return s + " (ni chofnodwyd diwedd y cyfarfod)"
	}
	return s + " tan " + clock(m.Ended)
}

func (w welsh) place(place string, online bool) string {
	switch {
	case place != "" && online:
		return place + ", " + w.alsoOnline()
	case online:
		return "Ar-lein"
	}
	return place
}

func (welsh) alsoOnline() string { return "ac ar-lein" }

func (w welsh) nextPlace(m *Model) string {
	return "Dyma lle cyfarfu'r grŵp " + adverbial(w.longDate(m.Date)) + "; bydd yr agenda yn cadarnhau hyn."
}

func (welsh) demo() string {
	return "Ymarfer gyda grŵp enghreifftiol yw hwn. Nid yw'r bobl yn bobl go iawn."
}

func (welsh) whoWasThere() string             { return "Pwy oedd yno" }
func (welsh) chair(names string) string       { return "Cadeirydd: " + names + "." }
func (welsh) minuteTaker(names string) string { return "Cofnodwyd gan: " + names + "." }

func (welsh) holders(hs []Holder) string {
	if len(hs) == 0 {
		return "heb ei gofnodi"
	}
	parts := make([]string, len(hs))
	for i, h := range hs {
		var about []string
		if i > 0 {
			about = append(about, fmt.Sprintf("o %s, eitem %d", clock(h.From), h.Item))
		}
		if !h.Left.IsZero() {
			about = append(about, "gadawodd am "+clock(h.Left))
		}
		parts[i] = h.Name
		if len(about) > 0 {
			parts[i] += " (" + strings.Join(about, "; ") + ")"
		}
	}
	return strings.Join(parts, ", yna ")
}

func (welsh) present() string { return "Yn bresennol" }
func (welsh) attendanceColumns() []string {
	return []string{"Enw", "Yn cymryd rhan fel", "Sut", "Cyrraedd", "Gadael"}
}
func (welsh) atTheEnd() string      { return "ar y diwedd" }
func (welsh) nobodyPresent() string { return "Ni chofnodwyd bod neb yn bresennol." }
func (welsh) inAttendance() string  { return "Yn mynychu" }

func (w welsh) attendedAs(a Attendee) string {
	to := "y diwedd"
	if !a.Left.IsZero() {
		to = clock(a.Left)
	}
	return fmt.Sprintf("%s, %s, o %s tan %s", w.kind(a.Kind), w.how(a), clock(a.Arrived), to)
}

func (welsh) apologies() string   { return "Ymddiheuriadau" }
func (welsh) noApologies() string { return "Ni chafwyd ymddiheuriadau." }

func (welsh) quorumAndBalance() string { return "Cworwm a chydbwysedd" }

func (welsh) quorumRule(q QuorumRecord) string {
	s := fmt.Sprintf("Mae cworwm pan fo o leiaf %d aelod yn bresennol, gydag o leiaf %d ohonynt yn bobl sy'n defnyddio gwasanaethau neu'n ofalwyr.", q.NeedPresent, q.NeedLived)
	if !q.RemoteCounts {
		s += " Nid yw pobl sy'n ymuno o bell yn cyfrif tuag at y cworwm."
	}
	return s + " Mae'r cyfarfod yn gytbwys pan fo nifer y bobl â phrofiad bywyd o leiaf cymaint â nifer y staff cyflogedig."
}

// status says who was present in Welsh, in words and numbers:
// "7 yn bresennol (profiad bywyd: 4, staff: 3, o bell: 1); cytbwys; cworwm
// (angen 6, gan gynnwys 2 â phrofiad bywyd)".
func (welsh) status(st meeting.Status) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d yn bresennol (profiad bywyd: %d, staff: %d", st.Present, st.Lived, st.Staff)
	if st.Remote > 0 {
		fmt.Fprintf(&b, ", o bell: %d", st.Remote)
	}
	if st.Guests > 0 {
		fmt.Fprintf(&b, "; gwesteion, heb eu cyfrif: %d", st.Guests)
	}
	if st.Visitors > 0 {
		fmt.Fprintf(&b, "; ymwelwyr, heb eu cyfrif: %d", st.Visitors)
	}
	b.WriteString(")")
	if st.Balanced {
		b.WriteString("; cytbwys")
	} else {
		fmt.Fprintf(&b, "; anghytbwys (staff: %d, profiad bywyd: %d)", st.Staff, st.Lived)
	}
	need := fmt.Sprintf("angen %d, gan gynnwys %d â phrofiad bywyd", st.NeedPresent, st.NeedLived)
	if st.Counted != st.Present {
		need += fmt.Sprintf("; yn cyfrif: %d, gan nad yw pobl o bell yn cyfrif", st.Counted)
	}
	if st.Quorate {
		fmt.Fprintf(&b, "; cworwm (%s)", need)
	} else {
		fmt.Fprintf(&b, "; dim cworwm (%s)", need)
	}
	return b.String()
}

func (w welsh) fullest(st meeting.Status) string { return "Ar ei lawnaf: " + w.status(st) + "." }
func (welsh) neverQuorate() string {
	return "Nid oedd cworwm ar unrhyw adeg, felly mae unrhyw benderfyniadau dros dro, a byddant yn mynd i'r cyfarfod nesaf i'w cadarnhau."
}

func (w welsh) quorate(q QuorumRecord) string {
	if len(q.Inquorate) == 0 {
		return "Roedd cworwm o " + clock(q.QuorateFrom) + " tan y diwedd."
	}
	return "Roedd cworwm o " + clock(q.QuorateFrom) + ". Nid oedd cworwm " + w.spans(q.Inquorate) + "."
}

func (w welsh) unbalanced(q QuorumRecord) string {
	return "Roedd mwy o staff nag o bobl â phrofiad bywyd " + w.spans(q.UnbalancedFor) + "."
}

func (welsh) decisionCount(q QuorumRecord) string {
	return fmt.Sprintf("Penderfyniadau: %d (gyda chworwm a chydbwysedd: %d; dros dro: %d).", q.Decisions, q.QuorateBalanced, q.Provisional)
}

func (welsh) declarations() string   { return "Datganiadau o fuddiant" }
func (welsh) noDeclarations() string { return "Ni ddatganwyd unrhyw fuddiant." }
func (welsh) item(n int) string      { return fmt.Sprintf("eitem %d", n) }

func (welsh) lastMinutes() string { return "Cofnodion y cyfarfod diwethaf" }
func (welsh) lastMinutesSaid(item int) string {
	return fmt.Sprintf("Cofnodwyd yn eitem %d:", item)
}
func (welsh) lastMinutesSilent(item int) string {
	return fmt.Sprintf("Roedden nhw'n eitem %d. Nid yw'r cofnodion hyn yn dweud a gawson nhw eu cymeradwyo.", item)
}
func (welsh) lastMinutesNotReached(item int) string {
	return fmt.Sprintf("Roedden nhw'n eitem %d, ond ni chyrhaeddodd y cyfarfod yr eitem honno.", item)
}

func (welsh) mattersArising() string   { return "Materion yn codi" }
func (welsh) arisingActions() string   { return "Camau gweithredu o gyfarfodydd blaenorol" }
func (welsh) arisingDecisions() string { return "Penderfyniadau dros dro o gyfarfodydd blaenorol" }

func (w welsh) arisingActionFrom(a ArisingAction) string {
	return fmt.Sprintf("Cam gweithredu %d o gyfarfod %s; erbyn %s.", a.FromNumber, w.shortDate(a.FromDate), w.shortDate(a.Due))
}

func (w welsh) arisingActionNow(a ArisingAction) string {
	switch a.Outcome {
	case meeting.OutcomeDone:
		return "Nawr: wedi'i wneud."
	case meeting.OutcomeDropped:
		return "Nawr: wedi'i ollwng."
	case meeting.OutcomeNewDate:
		return "Nawr: dyddiad newydd, " + w.longDate(a.NewDue) + "."
	}
	return "Nawr: heb ei adolygu; bydd yn mynd i'r cyfarfod nesaf."
}

func (w welsh) arisingDecisionFrom(d ArisingDecision) string {
	return fmt.Sprintf("Penderfyniad dros dro %d o gyfarfod %s.", d.FromNumber, w.shortDate(d.FromDate))
}

func (w welsh) arisingDecisionNow(d ArisingDecision) string {
	switch {
	case !d.Considered:
		return "Nawr: heb ei ystyried; bydd yn mynd i'r cyfarfod nesaf."
	case d.Ratified:
		return fmt.Sprintf("Nawr: fe'i cadarnhawyd am %s, gyda %s.", clock(d.At), w.status(d.Quorum))
	}
	return fmt.Sprintf("Nawr: ni chafodd ei gadarnhau, am %s.", clock(d.At))
}

func (welsh) outcome(o meeting.Outcome) string {
	switch o {
	case meeting.OutcomeDone:
		return "wedi'i wneud"
	case meeting.OutcomeDropped:
		return "wedi'i ollwng"
	case meeting.OutcomeNewDate:
		return "dyddiad newydd"
	}
	return "agored"
}

func (welsh) noteLabel() string  { return "Nodyn" }
func (welsh) score(n int) string { return fmt.Sprintf("%d allan o 5", n) }
func (welsh) erRatified() string {
	return "Rydyn ni nawr wedi cytuno i'r penderfyniad hwn o gyfarfod cynharach."
}

func (welsh) wordsHeading() string { return "Byrfoddau a ddefnyddiwyd" }
func (welsh) unexplained() string {
	return "nid yw yng ngeirfa'r grŵp eto. Ei ystyr: ________________"
}

func (w welsh) itemFacts(it Item) string {
	var facts []string
	if it.Lead != "" {
		facts = append(facts, "Yn arwain: "+it.Lead)
	}
	switch {
	case it.IsBreak && len(it.Breaks) > 0:
		var spans []string
		for _, b := range it.Breaks {
			spans = append(spans, fmt.Sprintf("o %s tan %s", clock(b.From), clock(b.To)))
		}
		facts = append(facts, fmt.Sprintf("Amser a gynlluniwyd: %s; yr egwyl: %s", w.duration(it.Planned), w.joinAnd(spans)))
	case it.Visited:
		facts = append(facts, fmt.Sprintf("Amser a gynlluniwyd: %s; amser a gymerwyd: %s", w.duration(it.Planned), w.duration(it.Took)))
	default:
		facts = append(facts, fmt.Sprintf("Amser a gynlluniwyd: %s; ni chyrhaeddwyd yr eitem", w.duration(it.Planned)))
	}
	if it.Ladder != "" {
		facts = append(facts, "Cydgynhyrchu: "+w.ladder(it.Ladder))
	}
	return strings.Join(facts, ". ") + "."
}

func (welsh) confidential() string {
	return "Roedd yr eitem hon yn gyfrinachol. Ni chofnodir y drafodaeth; cofnodir y penderfyniadau a'r camau gweithredu."
}

func (w welsh) handover(h RoleChange) string {
	return fmt.Sprintf("Cymerodd %s yr awenau fel %s am %s.", h.Name, w.role(h.Role), clock(h.At))
}

// departure: "y cadeirydd a'r cofnodwr"; "heb" softens "trosglwyddo".
func (w welsh) departure(d Departure) string {
	roles := make([]string, len(d.Roles))
	for i, r := range d.Roles {
		roles[i] = w.role(r)
	}
	s := fmt.Sprintf("Gadawodd %s, y %s, am %s heb drosglwyddo'r awenau", d.Name, strings.Join(roles, " a'r "), clock(d.At))
	if !d.Back.IsZero() {
		s += ", a daeth yn ôl am " + clock(d.Back)
	}
	return s + "."
}

func (welsh) redCard(c RedCard) string {
	s := fmt.Sprintf("Dangosodd %s gerdyn coch am %s", c.Name, clock(c.At))
	switch {
	case !c.Paused:
	case c.Until.IsZero():
		s += ", ac oedodd y cyfarfod"
	case c.Until.Sub(c.At) < time.Minute:
		s += ", ac oedodd y cyfarfod am lai na munud"
	default:
		s += ", ac oedodd y cyfarfod tan " + clock(c.Until)
	}
	return s + "."
}

func (welsh) decision(n int, provisional bool) string {
	if provisional {
		return fmt.Sprintf("Penderfyniad %d (dros dro)", n)
	}
	return fmt.Sprintf("Penderfyniad %d", n)
}

// provisionalBecause: as English, "when the decision was taken, there was
// no quorum (N more needed) and the meeting was not balanced".
func (welsh) provisionalBecause(d Decision) string {
	const after = " Bydd yn mynd i'r cyfarfod nesaf i'w gadarnhau."
	q := d.Quorum
	if q == (meeting.Status{}) || (q.Quorate && q.Balanced) {
		return "Dros dro." + after
	}
	var was []string
	if !q.Quorate {
		var need []string
		if more := q.NeedPresent - q.Counted; more > 0 {
			need = append(need, fmt.Sprintf("angen %d yn rhagor", more))
		}
		if more := q.NeedLived - q.CountedLived; more > 0 {
			need = append(need, fmt.Sprintf("angen %d yn rhagor â phrofiad bywyd", more))
		}
		w := "nid oedd cworwm"
		if len(need) > 0 {
			w += " (" + strings.Join(need, "; ") + ")"
		}
		was = append(was, w)
	}
	if !q.Balanced {
		was = append(was, fmt.Sprintf("nid oedd y cyfarfod yn gytbwys (staff: %d, profiad bywyd: %d)", q.Staff, q.Lived))
	}
	return "Dros dro: pan wnaed y penderfyniad, " + strings.Join(was, " ac ") + "." + after
}

func (w welsh) takenAt(d Decision) string {
	return fmt.Sprintf("Penderfynwyd am %s, gyda %s.", clock(d.At), w.status(d.Quorum))
}

func (w welsh) notTaking(names []string) string {
	return "Heb gymryd rhan, ar ôl datgan buddiant: " + w.joinAnd(names) + "."
}

func (welsh) noAuthority() string {
	return "Nodyn: nid oedd aelod o staff ag awdurdod i wneud penderfyniadau yn bresennol: gwiriwch y gall y partneriaid weithredu ar hyn."
}

func (welsh) note(w string) string { return "Nodyn: " + w + "." }
func (welsh) action(n int) string  { return fmt.Sprintf("Cam gweithredu %d", n) }

func (w welsh) actionSentence(owner string, due time.Time) (string, string) {
	return owner + ": ", ". Erbyn " + w.longDate(due) + "."
}

func (w welsh) byDate(due time.Time) string { return "Erbyn " + w.longDate(due) + "." }

func (w welsh) notHeard(names []string) string {
	return "Ni chlywyd gan y canlynol ar yr eitem hon: " + w.joinAnd(names) + "."
}

func (welsh) actions() string   { return "Camau gweithredu" }
func (welsh) noActions() string { return "Ni chytunwyd ar unrhyw gamau gweithredu." }
func (welsh) actionColumns() []string {
	return []string{"Rhif", "Pwy", "Beth", "Erbyn pryd", "O eitem"}
}

func (welsh) reflection() string   { return "Myfyrio" }
func (welsh) noReflection() string { return "Ni chofnodwyd unrhyw fyfyrio." }

func (welsh) howItWent() string { return "Sut aeth y cyfarfod" }
func (welsh) noBreaks() string  { return "Ni chafwyd egwyl." }
func (welsh) breakSpan(s Span) string {
	if s.To.Sub(s.From) < time.Minute {
		return "Egwyl o lai na munud am " + clock(s.From) + "."
	}
	return fmt.Sprintf("Egwyl o %s tan %s.", clock(s.From), clock(s.To))
}
func (welsh) interruption(s Span) string {
	if !s.To.After(s.From) {
		return fmt.Sprintf("Torrwyd ar draws y cyfarfod am %s (stopiodd gyda), ac aeth ymlaen o'r un man; ni chollwyd dim a gofnodwyd.", clock(s.From))
	}
	return fmt.Sprintf("Torrwyd ar draws y cyfarfod: ni chofnodwyd dim o %s tan %s, ac yna ailddechreuodd.", s.From.Format("15:04:05"), s.To.Format("15:04:05"))
}

func (w welsh) speaking(sh meeting.SpeakingShare) string {
	total := sh.Lived + sh.Staff + sh.Guests
	s := fmt.Sprintf("Amser siarad: pobl â phrofiad bywyd %s (%d%%), staff %s (%d%%)",
		w.talkTime(sh.Lived), percent(sh.Lived, total), w.talkTime(sh.Staff), percent(sh.Staff, total))
	if sh.Guests > 0 {
		s += fmt.Sprintf(", gwesteion %s (%d%%)", w.talkTime(sh.Guests), percent(sh.Guests, total))
	}
	return s + "."
}

func (welsh) nextMeeting() string { return "Dyddiad y cyfarfod nesaf" }
func (w welsh) nextMeetingAt(t time.Time, dateOnly bool) string {
	if dateOnly {
		return upperFirst(w.longDate(t)) + "."
	}
	return upperFirst(w.longDate(t)) + ", " + clock(t) + "."
}

func (welsh) easyRead() string     { return "Crynodeb hawdd ei ddeall" }
func (welsh) easyReadWord() string { return "hawdd ei ddeall" }
func (welsh) erTalked() string     { return "Am beth wnaethon ni siarad" }

// erWeMet: a day used as an adverb takes a soft mutation ("ddydd Iau").
func (w welsh) erWeMet(day time.Time) string {
	return "Fe wnaethon ni gwrdd " + adverbial(w.longDate(day)) + "."
}

// erMembers and erGuests: "aelod" starts with a vowel, so no numeral
// mutates it; plural guests take "o" ("2 o westeion").
func (welsh) erMembers(n int) string {
	if n == 0 {
		return "Ni ddaeth unrhyw aelod."
	}
	return fmt.Sprintf("Daeth %d aelod.", n)
}
func (welsh) erGuests(n int, members bool) string {
	s := "Daeth 1 gwestai"
	if n != 1 {
		s = fmt.Sprintf("Daeth %d o westeion", n)
	}
	if members {
		return s + " hefyd."
	}
	return s + "."
}
func (welsh) erTalkedAbout() string { return "Fe wnaethon ni siarad am:" }
func (welsh) erDecided() string     { return "Beth wnaethon ni ei benderfynu" }
func (welsh) erNoDecisions() string { return "Ni wnaethon ni unrhyw benderfyniad." }
func (welsh) erProvisional() string { return "Byddwn ni'n gwirio hyn yn y cyfarfod nesaf." }
func (welsh) erWhoWhat() string     { return "Pwy fydd yn gwneud beth" }
func (welsh) erAction(owner string) string {
	return "Bydd " + owner + " yn gwneud hyn:"
}
func (w welsh) erBy(due time.Time) string { return "Erbyn " + w.longDate(due) + "." }
func (welsh) erNoActions() string {
	return "Nid oes gan neb dasg i'w gwneud ar ôl y cyfarfod hwn."
}
func (welsh) erNext() string { return "Pryd byddwn ni'n cwrdd nesaf" }
func (w welsh) erNextAt(t time.Time, dateOnly bool) string {
	if dateOnly {
		return "Byddwn ni'n cwrdd nesaf " + adverbial(w.longDate(t)) + "."
	}
	return "Byddwn ni'n cwrdd nesaf " + adverbial(w.longDate(t)) + " am " + clock(t) + "."
}
func (welsh) erNoNext() string { return "Dydyn ni ddim yn gwybod dyddiad y cyfarfod nesaf eto." }

func (welsh) actionSummary(a Action, text string) string {
	return fmt.Sprintf("Cam gweithredu %d: %s: %s", a.Number, a.Owner, text)
}
func (w welsh) actionDescription(m *Model, a Action) string {
	return fmt.Sprintf("O gofnodion %s, %s, eitem %d.", m.Title, w.longDate(m.Date), a.Item)
}
func (welsh) nextSummary(title string) string { return "Cyfarfod nesaf: " + title }

func (welsh) otherVersion(large bool) string {
	if large {
		return "Fersiwn print safonol o'r cofnodion hyn"
	}
	return "Fersiwn print bras o'r cofnodion hyn"
}
func (welsh) footer() string { return "Ysgrifennwyd gan yr ap gyda o gofnod y cyfarfod." }

func (welsh) csvAttendance() []string {
	return []string{"Dyddiad", "Enw", "Math", "Sefydliad", "Wyneb yn wyneb neu o bell", "Cyrraedd", "Gadael", "Oriau"}
}
func (welsh) csvActions() []string {
	return []string{"Dyddiad y cyfarfod", "Rhif", "Eitem", "Pwy", "Beth", "Erbyn pryd", "Statws"}
}
func (welsh) csvCredits() []string {
	return []string{"Dyddiad", "Enw", "Math", "Oriau", "Credydau amser"}
}
func (welsh) actionOpen() string { return "agored" }

// adverbial mutates a Welsh date used as an adverb: "dydd Iau" becomes
// "ddydd Iau" (soft mutation).
func adverbial(date string) string {
	if rest, ok := strings.CutPrefix(date, "dydd "); ok {
		return "ddydd " + rest
	}
	return date
}

// clockParts splits a length of time, to the nearest second, into hours,
// minutes and seconds.
func clockParts(d time.Duration) (h, m, s int) {
	d = d.Round(time.Second)
	return int(d.Hours()), int(d.Minutes()) % 60, int(d.Seconds()) % 60
}

// clock is a time of day, the same in both languages: "10:05".
func clock(t time.Time) string { return t.Format("15:04") }

// joinWith joins a list as roster.AndList does, with another word for
// "and" (Welsh "a" or "ac").
func joinWith(list []string, and string) string {
	switch len(list) {
	case 0:
		return ""
	case 1:
		return list[0]
	}
	return strings.Join(list[:len(list)-1], ", ") + and + list[len(list)-1]
}

// startsWithVowel reports whether s starts with a vowel letter, accents
// ignored, for the Welsh "ac" before a vowel.
func startsWithVowel(s string) bool {
	r, _ := utf8.DecodeRuneInString(roster.Fold(s))
	return strings.ContainsRune("aeiou", unicode.ToLower(r))
}

// upperFirst capitalises the first letter: a Welsh date starting a
// sentence ("Dydd Iau").
func upperFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}
