package meeting

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gyda/gyda/internal/prose"
	"github.com/gyda/gyda/roster"
)

// CommandError says why a well-formed command cannot be done now. Nothing
// changes when a command is refused.
type CommandError struct {
	Verb Verb
	Msg  string
	// Suggest is what was most likely meant, to be asked about; nil when
	// there is nothing to suggest.
	Suggest *Suggestion
}

func (e *CommandError) Error() string { return withLine(e.Msg, e.Suggest) }

func cannot(verb Verb, format string, args ...any) error {
	return &CommandError{Verb: verb, Msg: fmt.Sprintf(format, args...)}
}

// Decide checks a command from an actor against the state and the rules and
// returns the events it causes, without changing the state. A refused
// command returns an error that says what was wrong, and no events. Some
// verbs (quorum, help, wait) ask rather than change, and return no events.
func (s *State) Decide(actor Actor, c Command, now time.Time) ([]Event, error) {
	role := s.RoleOf(actor)
	if err := Refusal(role, c.Verb); err != nil {
		return nil, err
	}
	perm := permissionFor(role, c.Verb)
	if !s.Ended.IsZero() && c.Verb != VerbQuorum && c.Verb != VerbHelp && c.Verb != VerbArising {
		return nil, cannot(c.Verb, "the meeting has ended; nothing more can be recorded")
	}
	d := decider{s: s, actor: actor, role: role, perm: perm, c: c, now: now}
	if err := d.votingOpen(); err != nil {
		return nil, err
	}
	if d.perm == request && c.Verb == VerbBreak {
		return d.requestBreak()
	}
	return d.run()
}

type decider struct {
	s     *State
	actor Actor
	role  Role
	perm  permission
	c     Command
	now   time.Time
}

func (d *decider) run() ([]Event, error) {
	switch d.c.Verb {
	case VerbArrive:
		return d.each((*decider).arrive)
	case VerbLeave:
		return d.each((*decider).leave)
	case VerbApologies:
		return d.each((*decider).apologies)
	case VerbChair, VerbMinutes:
		return d.handRole()
	case VerbNext:
		return d.next()
	case VerbItem:
		return d.item()
	case VerbBreak:
		return d.startBreak()
	case VerbResume:
		return d.resume()
	case VerbHand:
		return d.hand()
	case VerbLower:
		return d.lower()
	case VerbGoRound:
		return d.goRound()
	case VerbSpeak:
		return d.speak()
	case VerbDone:
		return d.done()
	case VerbCard:
		return d.card()
	case VerbNote, VerbOffRecord:
		return d.note()
	case VerbDecide:
		return d.decide()
	case VerbDeclare:
		return d.declare()
	case VerbAction:
		return d.action()
	case VerbReflect:
		return d.reflect()
	case VerbEnd:
		return d.end()
	case VerbReview:
		return d.review()
	case VerbRatify:
		return d.ratify()
	case VerbExpense:
		return d.expense()
	case VerbVote, VerbFor, VerbAgainst, VerbAbstain, VerbVoteClose, VerbElect, VerbBallot, VerbTally, VerbElectClose:
		return d.voting()
	case VerbUndo:
		return d.undo()
	case VerbCorrect, VerbStrike:
		return d.correct()
	case VerbVisitor:
		return d.visitor()
	}
	return nil, nil // quorum, help, wait and arising ask rather than change
}

func (d *decider) event(t EventType) Event {
	return Event{Type: t, At: d.now, By: d.actor.Person}
}

// person matches the command's name to someone in the roster; an empty
// name means the actor themselves, where that makes sense.
func (d *decider) person() (roster.Person, error) {
	name := d.c.Name
	if name == "" {
		if d.actor.Person == "" {
			return roster.Person{}, cannot(d.c.Verb, "%s needs a name here: %s NAME", d.c.Verb, d.c.Verb)
		}
		return d.s.Person(d.actor.Person), nil
	}
	p, err := d.s.Roster.Find(name)
	if err != nil {
		return roster.Person{}, d.unsureName(err)
	}
	if d.perm == selfOnly && p.ID != d.actor.Person {
		return roster.Person{}, refuse(d.role, d.c.Verb, "as %s you can %s only for yourself, not for %s", prose.Article(string(d.role)), d.c.Verb, p.Name)
	}
	return p, nil
}

func (d *decider) present() (roster.Person, error) {
	p, err := d.person()
	if err != nil {
		return p, err
	}
	if !d.s.IsPresent(p.ID) {
		return p, cannot(d.c.Verb, "%s is not here; record their arrival first with: arrive %s", p.Name, p.ID)
	}
	return p, nil
}

func (d *decider) notPaused() error {
	if p := d.s.Pause; p != nil {
		return cannot(d.c.Verb, "the meeting is paused (%s); type resume first", p.Kind)
	}
	return nil
}

func (d *decider) arrive() ([]Event, error) {
	p, err := d.person()
	if err != nil {
		return nil, err
	}
	if i := d.s.stint(p.ID); i >= 0 {
		return nil, cannot(d.c.Verb, "%s is already here (arrived at %s)", p.Name, d.s.LocalTime(d.s.Attendance[i].From))
	}
	e := d.event(EvArrived)
	e.Person, e.Remote = p.ID, d.c.Remote
	return []Event{e}, nil
}

func (d *decider) leave() ([]Event, error) {
	p, err := d.present()
	if err != nil {
		return nil, err
	}
	e := d.event(EvLeft)
	e.Person = p.ID
	return []Event{e}, nil
}

func (d *decider) apologies() ([]Event, error) {
	p, err := d.person()
	if err != nil {
		return nil, err
	}
	if d.s.IsPresent(p.ID) {
		return nil, cannot(d.c.Verb, "%s is here; apologies are for people who cannot come", p.Name)
	}
	if d.s.HasApologies(p.ID) {
		return nil, cannot(d.c.Verb, "apologies from %s are already recorded", p.Name)
	}
	for _, a := range d.s.Attendance {
		if a.Person == p.ID {
			return nil, cannot(d.c.Verb, "%s was here earlier (arrived at %s); the minutes list them as present, so no apologies are needed", p.Name, d.s.LocalTime(a.From))
		}
	}
	e := d.event(EvApologies)
	e.Person = p.ID
	return []Event{e}, nil
}

func (d *decider) handRole() ([]Event, error) {
	role, other, otherHolder := RoleChair, RoleMinuteTaker, d.s.Minutes
	current := d.s.Chair
	if d.c.Verb == VerbMinutes {
		role, other, otherHolder, current = RoleMinuteTaker, RoleChair, d.s.Chair, d.s.Minutes
	}
	p, err := d.present()
	if err != nil {
		return nil, err
	}
	switch {
	case !p.Kind.Counted():
		return nil, cannot(d.c.Verb, "%s is a guest; the %s should be a member of the group", p.Name, role)
	case p.ID == current:
		return nil, cannot(d.c.Verb, "%s is already the %s", p.Name, role)
	case p.ID == otherHolder:
		return nil, cannot(d.c.Verb, "%s is the %s; hand that role to someone else first", p.Name, other)
	}
	e := d.event(EvRole)
	e.Role, e.Person = role, p.ID
	return []Event{e}, nil
}

func (d *decider) next() ([]Event, error) {
	if d.s.Item >= len(d.s.Items) {
		return nil, cannot(d.c.Verb, "this is the last item; type end to close the meeting")
	}
	d.c.Item = d.s.Item + 1
	return d.item()
}

func (d *decider) item() ([]Event, error) {
	n := d.c.Item
	if err := d.notPaused(); err != nil {
		return nil, err
	}
	if n < 1 || n > len(d.s.Items) {
		return nil, cannot(d.c.Verb, "there is no item %d; the agenda has items 1 to %d", n, len(d.s.Items))
	}
	if n == d.s.Item {
		return nil, cannot(d.c.Verb, "item %d is the current item", n)
	}
	e := d.event(EvItem)
	e.Item, e.People = n, d.s.NotHeard(d.s.Item)
	for _, w := range d.s.QueueOrder(d.now) {
		e.Hands = append(e.Hands, w.Person)
	}
	events := []Event{e}
	if it := d.s.Setup.Agenda.Items[n-1]; it.IsBreak() {
		// An item that is a break starts the break when it is reached.
		b := d.event(EvBreakStarted)
		b.Seconds = it.Minutes * 60
		events = append(events, b)
	}
	return events, nil
}

func (d *decider) startBreak() ([]Event, error) {
	if p := d.s.Pause; p != nil && p.Kind == PauseBreak {
		return nil, cannot(d.c.Verb, "the meeting is already on a break; type resume to end it")
	}
	length := d.c.Duration
	if length == 0 {
		length = d.s.BreakLength()
	}
	e := d.event(EvBreakStarted)
	e.Seconds = int(length / time.Second)
	return []Event{e}, nil
}

func (d *decider) requestBreak() ([]Event, error) {
	if d.s.Pause != nil && d.s.Pause.Kind == PauseBreak {
		return nil, cannot(d.c.Verb, "the meeting is already on a break")
	}
	for _, r := range d.s.BreakRequests {
		if r.Person == d.actor.Person {
			return nil, cannot(d.c.Verb, "you have already asked for a break; the chair has been told")
		}
	}
	e := d.event(EvBreakRequested)
	e.Person = d.actor.Person
	return []Event{e}, nil
}

func (d *decider) resume() ([]Event, error) {
	if d.s.Pause == nil {
		return nil, cannot(d.c.Verb, "the meeting is not paused")
	}
	return []Event{d.event(EvResumedAfter)}, nil
}

func (d *decider) hand() ([]Event, error) {
	p, err := d.present()
	if err != nil {
		return nil, err
	}
	if sp := d.s.Speaker; sp != nil && sp.Person == p.ID {
		return nil, cannot(d.c.Verb, "%s is speaking now", p.Name)
	}
	for i, w := range d.s.QueueOrder(d.now) {
		if w.Person == p.ID {
			return nil, cannot(d.c.Verb, "%s already has a hand up (number %d in the queue)", p.Name, i+1)
		}
	}
	e := d.event(EvHand)
	e.Person = p.ID
	return []Event{e}, nil
}

func (d *decider) lower() ([]Event, error) {
	p, err := d.person()
	if err != nil {
		return nil, err
	}
	for _, r := range d.s.Queue {
		if r.Person == p.ID {
			e := d.event(EvLowered)
			e.Person = p.ID
			return []Event{e}, nil
		}
	}
	return nil, cannot(d.c.Verb, "%s does not have a hand up", p.Name)
}

// NotHeard is who has not been heard on item n: only when someone had the
// floor on it at all, since an item nobody spoke on (apologies, a break)
// leaves nobody out.
func (s *State) NotHeard(n int) []string {
	for _, t := range s.Turns {
		if t.Item == n {
			return s.NotSpoken(n)
		}
	}
	if sp := s.Speaker; sp != nil && sp.Item == n {
		return s.NotSpoken(n)
	}
	return nil
}

// itemList is the agenda's items by number, for a question about which
// item: "1 Welcome, 2 Declarations of interest, ...".
func (s *State) itemList() string {
	parts := make([]string, len(s.Setup.Agenda.Items))
	for i, it := range s.Setup.Agenda.Items {
		parts[i] = fmt.Sprintf("%d %s", i+1, it.Title)
	}
	return "the items are " + strings.Join(parts, "; ")
}

// goRound offers a turn to everyone present who has not been heard on
// this item and is not already waiting or speaking.
func (d *decider) goRound() ([]Event, error) {
	waiting := map[string]bool{}
	for _, r := range d.s.Queue {
		waiting[r.Person] = true
	}
	e := d.event(EvGoRound)
	for _, id := range d.s.NotSpoken(d.s.Item) {
		if !waiting[id] {
			e.People = append(e.People, id)
		}
	}
	if len(e.People) == 0 {
		return nil, cannot(d.c.Verb, "everyone here has been heard on this item, or is already in the queue")
	}
	return []Event{e}, nil
}

func (d *decider) speak() ([]Event, error) {
	if err := d.notPaused(); err != nil {
		return nil, err
	}
	var p roster.Person
	if d.c.Name == "" {
		q := d.s.QueueOrder(d.now)
		if len(q) == 0 {
			return nil, cannot(d.c.Verb, "nobody is waiting to speak; give someone the floor with: speak NAME")
		}
		p = d.s.Person(q[0].Person)
	} else {
		var err error
		if p, err = d.present(); err != nil {
			return nil, err
		}
	}
	if sp := d.s.Speaker; sp != nil && sp.Person == p.ID {
		return nil, cannot(d.c.Verb, "%s is already speaking", p.Name)
	}
	e := d.event(EvSpeaking)
	e.Person = p.ID
	return []Event{e}, nil
}

func (d *decider) done() ([]Event, error) {
	sp := d.s.Speaker
	if sp == nil {
		return nil, cannot(d.c.Verb, "nobody is speaking")
	}
	if d.perm == selfOnly && sp.Person != d.actor.Person {
		return nil, refuse(d.role, d.c.Verb, "only the chair can end %s's turn", d.s.Name(sp.Person))
	}
	e := d.event(EvTurnEnded)
	e.Person = sp.Person
	return []Event{e}, nil
}

func (d *decider) card() ([]Event, error) {
	p, err := d.present()
	if err != nil {
		return nil, err
	}
	e := d.event(EvCard)
	e.Person, e.Card = p.ID, d.c.Card
	return []Event{e}, nil
}

func (d *decider) note() ([]Event, error) {
	t := EvNote
	if d.c.Verb == VerbOffRecord {
		t = EvOffRecord
	}
	e := d.event(t)
	e.Text, e.Number = d.c.Text, d.s.NextNumber(EntryNote)
	return []Event{e}, nil
}

func (d *decider) decide() ([]Event, error) {
	if err := d.notPaused(); err != nil {
		return nil, err
	}
	return []Event{d.decision(d.c.Text)}, nil
}

// decision is a decision with who was there: provisional when the
// meeting, counting only those taking part, is not quorate or not
// balanced; with a warning when no staff member with decision authority
// is present. People who declared an interest in the item are not taking
// part.
func (d *decider) decision(text string) Event {
	notTaking := d.s.notTaking(d.s.Item)
	// Quorum and balance count only those taking part in the decision.
	st := d.s.statusWithout(notTaking)
	e := d.event(EvDecided)
	e.Number, e.Text, e.Quorum = d.s.NextNumber(EntryDecision), text, &st
	if !st.Quorate || !st.Balanced {
		e.Provisional = true
		e.Reason = st.Shortfall()
	}
	if !st.Authority {
		e.Warnings = append(e.Warnings, "no staff member with decision authority is present: check that the partners can act on this")
	}
	e.People = notTaking
	return e
}

// notTaking is who is here and declared an interest in item n, so is not
// taking part in its decisions.
func (s *State) notTaking(n int) []string {
	var out []string
	for _, dec := range s.Declarations {
		if dec.Item == n && s.IsPresent(dec.Person) && !contains(out, dec.Person) {
			out = append(out, dec.Person)
		}
	}
	return out
}

func (d *decider) declare() ([]Event, error) {
	p, err := d.person()
	if err != nil {
		return nil, err
	}
	item := d.c.Item
	if item == 0 {
		return nil, cannot(d.c.Verb, "which item is %s's interest in? Give its number, so they take no part in that item's decisions: "+
			"declare %s item N: %s (%s)", p.Name, p.ID, d.c.Text, d.s.itemList())
	}
	if item > len(d.s.Items) {
		return nil, cannot(d.c.Verb, "there is no item %d; the agenda has items 1 to %d", item, len(d.s.Items))
	}
	e := d.event(EvDeclared)
	e.Person, e.Item, e.Text = p.ID, item, d.c.Text
	return []Event{e}, nil
}

func (d *decider) action() ([]Event, error) {
	if err := d.notPaused(); err != nil {
		return nil, err
	}
	p, err := d.person()
	if err != nil {
		return nil, err
	}
	due, err := d.due()
	if err != nil {
		return nil, err
	}
	e := d.event(EvAction)
	e.Number, e.Person, e.Due, e.Text = d.s.NextNumber(EntryAction), p.ID, due.Format("2006-01-02"), d.c.Text
	return []Event{e}, nil
}

func (d *decider) reflect() ([]Event, error) {
	e := d.event(EvReflected)
	e.Text, e.Score = d.c.Text, reflectionScore(d.c.Text)
	return []Event{e}, nil
}

// reflectionScore reads a score out of 5 at the start of a reflection
// ("4/5 Everyone had a say"), or returns 0.
func reflectionScore(text string) int {
	word, _ := cutWord(text)
	n, ok := strings.CutSuffix(strings.TrimRight(word, ".,:;"), "/5")
	if !ok || len(n) != 1 || n[0] < '1' || n[0] > '5' {
		return 0
	}
	return int(n[0] - '0')
}

func (d *decider) end() ([]Event, error) {
	e := d.event(EvEnded)
	e.People = d.s.NotHeard(d.s.Item)
	return []Event{e}, nil
}

// IsRefusal reports whether err is a command refused by the rules or by the
// actor's role (as opposed to a failure to record it).
func IsRefusal(err error) bool {
	var ce *CommandError
	var pe *PermissionError
	var pa *ParseError
	return errors.As(err, &ce) || errors.As(err, &pe) || errors.As(err, &pa)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
