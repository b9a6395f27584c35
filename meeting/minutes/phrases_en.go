package minutes

import (
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/gyda/gyda/internal/prose"
	"github.com/gyda/gyda/meeting"
	"github.com/gyda/gyda/roster"
)

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
	return prose.Count(int(math.Round(d.Minutes())), "minute", "minutes")
}

// talkTime says a share of speaking time: in seconds under a minute, in
// minutes and seconds under ten minutes, and in minutes (or hours and
// minutes) after that, so a short time never reads as "0 minutes".
func (english) talkTime(d time.Duration) string {
	h, m, sec := clockParts(d)
	switch {
	case h > 0 && m > 0:
		return prose.Count(h, "hour", "hours") + " " + prose.Count(m, "minute", "minutes")
	case h > 0:
		return prose.Count(h, "hour", "hours")
	case m >= 10 || (m > 0 && sec == 0):
		return prose.Count(m, "minute", "minutes")
	case m > 0:
		return prose.Count(m, "minute", "minutes") + " " + prose.Count(sec, "second", "seconds")
	}
	return prose.Count(sec, "second", "seconds")
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
	return prose.AndList(parts)
}

func (english) kind(k roster.Kind) string { return k.Label() }

func (english) how(a Attendee) string { return a.How() }

func (english) role(r meeting.Role) string { return string(r) }

func (english) ladder(rung string) string { return rung }

func (english) joinAnd(list []string) string { return prose.AndList(list) }

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
		facts = append(facts, fmt.Sprintf("%s planned; the break was %s", e.duration(it.Planned), prose.AndList(spans)))
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
	s := fmt.Sprintf("%s, the %s, left at %s without handing over", d.Name, prose.AndList(roles), clock(d.At))
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
				need = append(need, prose.Count(more, "more person", "more people"))
			}
			if more := q.NeedLived - q.CountedLived; more > 0 {
				need = append(need, prose.Count(more, "more person with lived experience", "more people with lived experience"))
			}
			w := "not quorate"
			if len(need) > 0 {
				w += " (it needed " + prose.AndList(need) + ")"
			}
			was = append(was, w)
		}
		if !q.Balanced {
			was = append(was, fmt.Sprintf("not balanced (%s to %s with lived experience)",
				prose.Count(q.Staff, "member of staff", "staff"), prose.Count(q.Lived, "person", "people")))
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
