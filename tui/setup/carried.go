package setup

import (
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/gyda/gyda/config"
	"github.com/gyda/gyda/meeting"
	"github.com/gyda/gyda/meeting/history"
	"github.com/gyda/gyda/roster"
)

// Carried is something the last meeting left open, offered as an item of
// the next agenda.
type Carried struct {
	Item config.Item
	// Kind is "action" or "decision".
	Kind string
}

// LastMeeting is what the newest finished meeting of a group left: its
// setup (agenda, place, next date) and what it left open.
type LastMeeting struct {
	Dir     string // its folder
	Setup   *meeting.Setup
	Opened  time.Time
	Carried []Carried
}

// ReadLastMeeting finds the newest meeting in GROUP/meetings that has
// ended (rehearsals with the sample group are skipped) and returns it, or
// nil when the group has not met yet. What it left open is:
//
//   - actions agreed there, and actions it carried from earlier meetings
//     that it did not mark done or dropped (one given a new date is still
//     open, with that date);
//   - provisional decisions taken there, and those it carried that it did
//     not ratify or reject.
//
// Only the newest meeting is read (history.ReadLast), since every meeting
// carries what was open before it; a journal that cannot be read is an
// error naming it.
func ReadLastMeeting(groupDir string, people *roster.Roster) (*LastMeeting, error) {
	m, err := history.ReadLast(groupDir)
	if err != nil {
		return nil, fmt.Errorf("read the last meeting's record: %w", err)
	}
	if m == nil {
		return nil, nil
	}
	setup, st := m.Setup, m.State
	loc := setup.Group.Location()
	day := st.Opened.In(loc).Format("2 January")
	names := map[string]string{}
	for _, p := range setup.People {
		names[p.ID] = p.Name
	}
	lead := func(id string) string {
		if p, ok := people.Get(id); ok && !p.Retired {
			return id
		}
		return ""
	}
	var out []Carried
	action := func(owner, ownerName, due, text string) {
		if ownerName == "" {
			ownerName = names[owner]
		}
		title := fmt.Sprintf("Action: %s to %s", cmpOr(ownerName, owner), text)
		if d, err := time.Parse(time.DateOnly, due); err == nil {
			title += " (due " + d.Format("2 January") + ")"
		}
		out = append(out, Carried{Kind: "action", Item: config.Item{Title: title, Minutes: 5, Lead: lead(owner)}})
	}
	decision := func(text, when string) {
		out = append(out, Carried{Kind: "decision", Item: config.Item{
			Title: fmt.Sprintf("To ratify: %s (provisional since %s)", text, when), Minutes: 5}})
	}
	for i, a := range setup.Carried.Actions {
		rv, ok := st.ActionReviewOf(i + 1)
		switch {
		case !ok:
			action(a.Owner, a.OwnerName, a.Due, a.Text)
		case rv.Outcome == meeting.OutcomeNewDate:
			action(a.Owner, a.OwnerName, rv.Due, a.Text)
		}
	}
	for i, dc := range setup.Carried.Decisions {
		if _, ok := st.RatificationOf(i + 1); !ok {
			when := dc.Date
			if d, err := time.Parse(time.DateOnly, dc.Date); err == nil {
				when = d.Format("2 January")
			}
			decision(dc.Text, when)
		}
	}
	for _, e := range m.Events {
		switch {
		case e.Type == meeting.EvAction:
			action(e.Person, "", e.Due, e.Text)
		case e.Type == meeting.EvDecided && e.Provisional:
			decision(e.Text, day)
		}
	}
	return &LastMeeting{Dir: filepath.Dir(m.Path), Setup: setup, Opened: st.Opened, Carried: out}, nil
}

// fileExists reports whether path names a file.
func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
