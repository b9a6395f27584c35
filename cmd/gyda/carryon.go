package main

import (
	"fmt"
	"path/filepath"

	"github.com/gyda/gyda/config"
)

// carryOn decides what "gyda run AGENDA" does while a meeting has not
// ended. Running the same command again after a crash is what a chair
// does, so the same agenda (its title and start, wherever the file now
// is) carries that meeting on: carryOn returns nil. Another agenda is
// refused with an error that says which meeting is open and how to carry
// it on or end it.
func carryOn(unfinished, agendaPath string) error {
	setup, _, err := readMeeting(unfinished)
	if err != nil {
		return err
	}
	open := setup.Agenda
	ag, err := config.LoadAgendaIn(agendaPath, nil, setup.Group.Location())
	if err == nil && ag.Title == open.Title && ag.Start.Equal(open.Start) {
		return nil
	}
	dir := filepath.Dir(unfinished)
	when := open.Start.In(setup.Group.Location()).Format("Monday 2 January 2006")
	return fmt.Errorf("the meeting %q of %s has not ended (its record is in %s), so %s cannot start yet. "+
		"To carry that meeting on, run gyda run with no agenda; to end it, carry it on and type end, which writes its minutes. Then run %s",
		open.Title, when, dir, agendaPath, agendaPath)
}
