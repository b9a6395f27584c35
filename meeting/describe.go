package meeting

import (
	"fmt"
	"strings"
	"time"

	"github.com/gyda/gyda/internal/prose"
)

// Describe says in plain words what an event did, for the plain line-by-line
// mode, the status line and screen readers. It reads the state after the
// event was applied. It may return more than one line (an arrival is
// followed by the quorum and balance line, for example).
func (s *State) Describe(e Event) []string {
	name := func(id string) string { return s.Name(id) }
	switch e.Type {
	case EvOpened:
		out := append([]string{fmt.Sprintf("Meeting opened at %s: %s.", s.LocalTime(e.At), s.Setup.Agenda.Title)}, s.describeItem(s.Item)...)
		return append(out, s.arisingSummary()...)
	case EvResumed:
		if !e.At.After(e.Since) {
			return append([]string{fmt.Sprintf("Meeting resumed at %s, where it stopped. Everything recorded before is kept.", s.LocalTime(e.At))},
				s.lostBallotLines(e.At)...)
		}
		return append([]string{fmt.Sprintf("Meeting resumed at %s after an interruption: nothing was recorded from %s. Everything recorded before that is kept.",
			s.LocalTime(e.At), s.LocalTime(e.Since))}, s.lostBallotLines(e.At)...)
	case EvArrived:
		p := s.Person(e.Person)
		how := []string{p.Kind.Label(), "in the room"} // the kind is "" where it is not shown
		if e.Remote {
			how[1] = "remote"
		}
		return []string{fmt.Sprintf("%s arrived (%s).", p.Name, joinSome(how)), s.quorumLine()}
	case EvLeft:
		return []string{fmt.Sprintf("%s left.", name(e.Person)), s.quorumLine()}
	case EvApologies:
		return []string{fmt.Sprintf("Apologies from %s.", name(e.Person))}
	case EvRole:
		return []string{fmt.Sprintf("%s is now the %s.", name(e.Person), e.Role)}
	case EvItem:
		var out []string
		if len(e.People) > 0 {
			out = append(out, fmt.Sprintf("Not heard on the last item: %s.", s.names(e.People)))
		}
		if len(e.Hands) > 0 {
			out = append(out, fmt.Sprintf("Hands still up were lowered for the new item: %s; raise them again if still needed.", s.names(e.Hands)))
		}
		return append(out, s.describeItem(e.Item)...)
	case EvBreakStarted:
		return []string{fmt.Sprintf("Break started at %s for %s: back at %s.", s.LocalTime(e.At),
			Span(time.Duration(e.Seconds)*time.Second), s.LocalTime(e.At.Add(time.Duration(e.Seconds)*time.Second)))}
	case EvBreakRequested:
		return []string{fmt.Sprintf("BREAK REQUESTED: %s asks for a break. The chair can start one with: break", name(e.Person))}
	case EvResumedAfter:
		return []string{fmt.Sprintf("Resumed at %s.", s.LocalTime(e.At))}
	case EvHand:
		return []string{fmt.Sprintf("%s has a hand up.", name(e.Person)), s.queueLine(e.At)}
	case EvGoRound:
		return []string{fmt.Sprintf("Go-round: %s not heard on this item yet, so in the queue now.", s.names(e.People)), s.queueLine(e.At)}
	case EvLowered:
		return []string{fmt.Sprintf("%s lowered their hand.", name(e.Person)), s.queueLine(e.At)}
	case EvSpeaking:
		line := fmt.Sprintf("%s is speaking.", name(e.Person))
		if ended := s.turnEndedBy(e); ended != "" {
			line = ended + " " + line
		}
		return []string{line, s.queueLine(e.At)}
	case EvTurnEnded:
		var d time.Duration
		if n := len(s.Turns); n > 0 {
			d = s.Turns[n-1].To.Sub(s.Turns[n-1].From)
		}
		return []string{fmt.Sprintf("%s finished (%s).", name(e.Person), Span(d))}
	case EvCard:
		line := fmt.Sprintf("%s CARD from %s: %s.", strings.ToUpper(string(e.Card)), name(e.Person), e.Card.Meaning())
		if e.Card == CardRed {
			if ended := s.turnEndedBy(e); ended != "" {
				line += " " + ended
			}
			line += PausedResume
		}
		return []string{line}
	case EvNote:
		return []string{fmt.Sprintf("Note %d added to item %d.", s.noteNumber(e), s.Item)}
	case EvOffRecord:
		return []string{fmt.Sprintf("Off-the-record note %d kept: it will not appear in any minutes.", s.noteNumber(e))}
	case EvUndone:
		return s.describeUndo(e)
	case EvCorrected:
		return []string{fmt.Sprintf("%s %d now reads: %s", capital(string(e.Entry)), e.Number, e.Text),
			"The minutes will show this wording; the journal keeps the earlier one."}
	case EvStruck:
		return []string{fmt.Sprintf("%s %d is struck out of the minutes (%s). The journal keeps it; undo brings it back.", capital(string(e.Entry)), e.Number, e.Text)}
	case EvVisitor:
		who := e.Name
		if e.Organisation != "" {
			who += " (" + e.Organisation + ")"
		}
		where := "in the room"
		if e.Remote {
			where = "remote"
		}
		return []string{fmt.Sprintf("Visitor %s arrived (%s): not counted for quorum or balance. They leave with: leave %s", who, where, e.Person), s.quorumLine()}
	case EvDecided:
		if e.Tally != nil || e.Ballot != nil {
			return s.describeResult(e)
		}
		return s.describeDecision(e)
	case EvDeclared:
		return []string{fmt.Sprintf("Declaration of interest from %s: %s", name(e.Person), e.Text)}
	case EvAction:
		return []string{fmt.Sprintf("Action %d: %s, by %s: %s", e.Number, name(e.Person), longDue(e.Due), e.Text)}
	case EvReflected:
		if e.Score > 0 {
			return []string{fmt.Sprintf("Reflection noted (%d out of 5).", e.Score)}
		}
		return []string{"Reflection noted."}
	case EvExpense:
		return []string{s.describeExpense(e)}
	case EvReviewed:
		return []string{s.describeReview(e)}
	case EvRatified:
		return s.describeRatification(e)
	case EvVoteOpened, EvVoteCast, EvElectionOpened, EvBallotCast, EvTallied:
		return s.describeVoting(e)
	case EvEnded:
		out := []string{fmt.Sprintf("Meeting ended at %s.", s.LocalTime(e.At))}
		if len(e.People) > 0 {
			out = append(out, fmt.Sprintf("Not heard on the last item: %s.", s.names(e.People)))
		}
		return out
	}
	return []string{string(e.Type)}
}

// noteNumber is a note's number: the event's, or (from a journal before
// notes were numbered) the one it was given.
func (s *State) noteNumber(e Event) int {
	if e.Number > 0 {
		return e.Number
	}
	return s.NextNumber(EntryNote) - 1
}

// PausedResume ends Describe's line for a red card that paused the
// meeting; a screen may say it in its own words.
const PausedResume = " The meeting is paused; type resume to go on."

// turnEndedBy says whose turn the event just applied (a red card, a new
// speaker) ended, and after how long, or "".
func (s *State) turnEndedBy(e Event) string {
	if s.endedTurn < 0 || s.endedTurn >= len(s.Turns) {
		return ""
	}
	t := s.Turns[s.endedTurn]
	if e.Type == EvSpeaking && t.Person == e.Person {
		return ""
	}
	return fmt.Sprintf("%s's turn has ended (%s).", s.Name(t.Person), Span(t.To.Sub(t.From)))
}

func (s *State) describeItem(n int) []string {
	it := s.Setup.Agenda.Items[n-1]
	var extra []string
	if it.Lead != "" {
		extra = append(extra, "led by "+s.Name(it.Lead))
	}
	extra = append(extra, fmt.Sprintf("%d minutes", it.Minutes))
	if it.Ladder != "" {
		extra = append(extra, string(it.Ladder))
	}
	if it.Confidential {
		extra = append(extra, "confidential")
	}
	return []string{fmt.Sprintf("Item %d of %d: %s (%s).", n, len(s.Items), it.Title, strings.Join(extra, ", "))}
}

func (s *State) describeDecision(e Event) []string {
	line := fmt.Sprintf("Decision %d recorded: %s", e.Number, e.Text)
	if e.Provisional {
		line = fmt.Sprintf("Decision %d recorded as PROVISIONAL (%s): %s", e.Number, e.Reason, e.Text)
	}
	out := []string{line}
	if e.Quorum != nil {
		out = append(out, "At the decision: "+e.Quorum.String()+".")
	}
	if len(e.People) > 0 {
		out = append(out, fmt.Sprintf("Not taking part (declared an interest): %s.", s.names(e.People)))
	}
	for _, w := range e.Warnings {
		out = append(out, "warning: "+w)
	}
	return out
}

// LeftUndone says what ending the meeting now would leave as it is: the
// items not reached, who has the floor, the hands still up. Both screens
// say it before asking whether to end; it is empty when nothing is left.
func (s *State) LeftUndone(now time.Time) []string {
	var out []string
	var left []string
	for i, it := range s.Setup.Agenda.Items {
		if !s.Items[i].Visited {
			left = append(left, fmt.Sprintf("%d. %s", i+1, it.Title))
		}
	}
	if len(left) > 0 {
		out = append(out, prose.Stop(fmt.Sprintf("Items not reached (%d of %d): %s", len(left), len(s.Items), strings.Join(left, ", "))))
	}
	if sp := s.Speaker; sp != nil {
		out = append(out, s.Name(sp.Person)+" has the floor.")
	}
	if q := s.QueueOrder(now); len(q) > 0 {
		ids := make([]string, len(q))
		for i, r := range q {
			ids[i] = r.Person
		}
		out = append(out, fmt.Sprintf("Hands still up (%d): %s.", len(q), s.names(ids)))
	}
	return out
}

// quorumLine is the live quorum and balance line.
func (s *State) quorumLine() string { return "Quorum: " + s.Status().String() + "." }

// queueLine says who is waiting to speak and why they are where they are.
func (s *State) queueLine(now time.Time) string {
	q := s.QueueOrder(now)
	if len(q) == 0 {
		return "Queue: nobody waiting."
	}
	parts := make([]string, len(q))
	for i, w := range q {
		parts[i] = fmt.Sprintf("%d. %s (%s)", i+1, s.Name(w.Person), w.Reason)
	}
	return "Queue: " + strings.Join(parts, "; ") + "."
}

func (s *State) names(ids []string) string {
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = s.Name(id)
	}
	return prose.AndList(names)
}

// Summary is the state of the meeting in a few lines: where we are, the
// time, quorum and balance, the queue and the break. The quorum command and
// the plain mode's start show it.
func (s *State) Summary(now time.Time) []string {
	n, title := s.CurrentItem()
	out := []string{fmt.Sprintf("Now %s. Item %d of %d: %s; %s.", s.LocalTime(now), n, len(s.Items), title, s.ItemTimeText(now))}
	out = append(out, s.quorumLine())
	var here []string
	for _, a := range s.Present() {
		p := s.Person(a.Person)
		how := []string{p.Kind.Label()}
		if a.Remote {
			how = append(how, "remote")
		}
		label := p.Name
		if h := joinSome(how); h != "" {
			label += " (" + h + ")"
		}
		here = append(here, label)
	}
	if len(here) > 0 {
		out = append(out, "Here: "+strings.Join(here, ", ")+".")
	}
	roles := "Chair: " + orNobody(s.Name, s.Chair) + ". Minutes: " + orNobody(s.Name, s.Minutes) + "."
	out = append(out, roles)
	if sp := s.Speaker; sp != nil {
		out = append(out, fmt.Sprintf("Speaking: %s (%s).", s.Name(sp.Person), Span(now.Sub(sp.From))))
	}
	out = append(out, s.queueLine(now))
	if b := s.BreakText(now); b != "" {
		out = append(out, strings.ToUpper(b[:1])+b[1:]+".")
	}
	return append(out, s.VotingLines()...)
}

func orNobody(name func(string) string, id string) string {
	if id == "" {
		return "nobody yet"
	}
	return name(id)
}

// joinSome joins the parts that are not empty with commas.
func joinSome(parts []string) string {
	var some []string
	for _, p := range parts {
		if p != "" {
			some = append(some, p)
		}
	}
	return strings.Join(some, ", ")
}
