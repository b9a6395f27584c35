package meeting

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gyda/gyda/config"
	"github.com/gyda/gyda/internal/prose"
	"github.com/gyda/gyda/roster"
)

// correct rewords a numbered note, decision or action (correct), or takes
// it out of the minutes with a reason (strike). Each is a new event: the
// journal keeps every version, the minutes show the final wording and
// never a struck entry.
func (d *decider) correct() ([]Event, error) {
	c := d.c
	if x, ok := d.s.struck(c.Entry, c.Number); ok {
		return nil, cannot(c.Verb, "%s %d is struck out of the minutes already (%s)", c.Entry, c.Number, x.Reason)
	}
	text, _, ok := d.s.entry(c.Entry, c.Number)
	if !ok {
		return nil, cannot(c.Verb, "there is no %s %d; %s", c.Entry, c.Number, d.s.numbered(c.Entry))
	}
	t := EvCorrected
	if c.Verb == VerbStrike {
		t = EvStruck
	} else if strings.TrimSpace(*text) == c.Text {
		return nil, cannot(c.Verb, "%s %d says that already", c.Entry, c.Number)
	}
	e := d.event(t)
	e.Entry, e.Number, e.Text = c.Entry, c.Number, c.Text
	return []Event{e}, nil
}

// numbered says which numbers a kind of entry has so far.
func (s *State) numbered(kind Entry) string {
	var nums []string
	add := func(n int) { nums = append(nums, fmt.Sprint(n)) }
	switch kind {
	case EntryNote:
		for _, x := range s.Notes {
			add(x.Number)
		}
	case EntryDecision:
		for _, x := range s.Decisions {
			add(x.Number)
		}
	case EntryAction:
		for _, x := range s.Actions {
			add(x.Number)
		}
	}
	if len(nums) == 0 {
		return fmt.Sprintf("no %ss are recorded yet", kind)
	}
	return fmt.Sprintf("the %ss are %s", kind, prose.AndList(nums))
}

// visitor records someone not in the roster arriving. They are never
// counted for quorum or balance; from now on their name is matched like
// anyone's, so leave NAME works for them.
func (d *decider) visitor() ([]Event, error) {
	c := d.c
	if p, err := d.s.Roster.Find(c.Name); err == nil && (sameName(p.Name, c.Name) || sameName(p.ID, c.Name)) {
		switch {
		case d.s.IsPresent(p.ID):
			return nil, cannot(c.Verb, "%s is here already", p.Name)
		case p.Kind == roster.Visitor:
			return nil, cannot(c.Verb, "%s visited earlier today; record them coming back with: arrive %s", p.Name, p.ID)
		}
		return nil, cannot(c.Verb, "%s is in the roster (%s); record their arrival with: arrive %s", p.Name, p.Kind.Label(), p.ID)
	}
	e := d.event(EvVisitor)
	e.Person, e.Name, e.Organisation, e.Remote = d.s.Roster.VisitorID(c.Name), c.Name, c.Organisation, c.Remote
	return []Event{e}, nil
}

func sameName(a, b string) bool {
	return strings.Join(strings.Fields(roster.Fold(a)), " ") == strings.Join(strings.Fields(roster.Fold(b)), " ")
}

// due is the day a command's due date means: the date typed, or the next
// meeting's day when the agenda gives it. A date that could be read two
// ways (no year) is asked about, never guessed; a day before the meeting
// is refused.
func (d *decider) due() (time.Time, error) {
	c := d.c
	day := d.s.meetingDay()
	due := c.Due
	switch {
	case c.DueNext:
		next := d.s.Setup.Agenda.Next
		if next.IsZero() {
			return time.Time{}, cannot(c.Verb, "the agenda does not say when the next meeting is, so give the date instead (%s)", config.DateHelp)
		}
		t := next.In(d.s.Location())
		due = time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	case due.IsZero() && c.DueText != "":
		var err error
		if due, err = config.ParseDate(c.DueText, day); err != nil {
			var de *config.DateError
			if !errors.As(err, &de) || de.Suggest.IsZero() {
				return time.Time{}, cannot(c.Verb, "%v", err)
			}
			s := &Suggestion{Ask: config.LongDate(de.Suggest) + "?", Line: rewrite(c.Line, c.DueText, de.Suggest.Format("02/01/2006"))}
			return time.Time{}, &CommandError{Verb: c.Verb, Msg: err.Error(), Suggest: s}
		}
	}
	if due.Before(day) {
		return time.Time{}, cannot(c.Verb, "the date %s is before the meeting (%s); give a date from today on", config.LongDate(due), config.LongDate(day))
	}
	return due, nil
}
