package meeting

import (
	"fmt"

	"github.com/gyda/gyda/config"
	"github.com/gyda/gyda/roster"
)

// Setup is everything a meeting is run against: the group's rules, the
// agenda and the roster as they stood when the meeting opened. It is stored
// in the journal's header, so a journal alone is enough to replay a meeting
// and write its minutes, even after the roster changes.
type Setup struct {
	Group  config.Group    `json:"group"`
	Agenda config.Agenda   `json:"agenda"`
	People []roster.Person `json:"people"`
	// Clock is "sim" for a rehearsal on a simulated clock, else empty.
	Clock string `json:"clock,omitempty"`
	// Demo marks the built-in rehearsal meeting.
	Demo bool `json:"demo,omitempty"`
	// Carried is what earlier meetings left open for this one's matters
	// arising: actions not yet done or dropped, and provisional decisions
	// not yet ratified. gyda fills it from the group's past meetings when
	// the meeting starts; it never changes after.
	Carried Carried `json:"carried,omitzero"`
}

// Check reports whether the setup can run a meeting.
func (s *Setup) Check() error {
	if len(s.Agenda.Items) == 0 {
		return fmt.Errorf("the agenda %q has no items", s.Agenda.Title)
	}
	if _, err := roster.New(s.People); err != nil {
		return fmt.Errorf("the roster: %w", err)
	}
	return nil
}
