// Package history reads a group's past meetings from their journals
// (GROUP/meetings/*/journal.jsonl) and works out what lies across them:
// who held the rotating roles, who was elected to them and until when
// ([rotation] term), what is still open for the next meeting's matters
// arising, who has missed meetings, volunteers' time credits and
// expenses, and, for the audit, how often lived-experience members and
// staff voted the same way. The journals are the only record: nothing here is stored
// anywhere else, and every figure can be traced to events.
//
// Each journal is replayed with meeting.Replay, the same code the live
// meeting uses. Meetings that have not ended are kept apart (they are
// resumed by gyda run, not counted), and journals that cannot be read are
// reported, each naming its file, and left out rather than stopping
// everything.
//
// ReadLast finds the newest meeting that ended, for the agenda builder
// (tui/setup) to offer what it left open; there a newer journal that
// cannot be read is an error, since what it settled is not known.
//
// The package is pure domain code: it reads files but imports no UI.
package history

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/gyda/gyda/meeting"
	"github.com/gyda/gyda/meeting/journal"
)

// JournalName is a meeting's journal file in its folder.
const JournalName = "journal.jsonl"

// Meeting is one past meeting, replayed.
type Meeting struct {
	// ID is the meeting folder's name, such as
	// "2026-12-03-co-production-group": unique in the group, and how
	// carried items name where they came from.
	ID     string
	Path   string // the journal, "" for a meeting made in memory
	Setup  *meeting.Setup
	Events []meeting.Event
	State  *meeting.State
}

// NewMeeting replays a meeting's events.
func NewMeeting(id, path string, setup *meeting.Setup, events []meeting.Event) (*Meeting, error) {
	st, err := meeting.Replay(setup, events)
	if err != nil {
		if path != "" {
			return nil, AtLine(path, err)
		}
		return nil, fmt.Errorf("meeting %s: %w", id, err)
	}
	return &Meeting{ID: id, Path: path, Setup: setup, Events: events, State: st}, nil
}

// Ended reports whether the meeting was closed with end.
func (m *Meeting) Ended() bool { return !m.State.Ended.IsZero() }

// Opened is when the meeting opened, in the group's time zone (the
// agenda's start if it never opened).
func (m *Meeting) Opened() time.Time {
	t := m.State.Opened
	if t.IsZero() {
		t = m.Setup.Agenda.Start
	}
	return t.In(m.State.Location())
}

// Day is the meeting's date as YYYY-MM-DD, in the group's time zone.
func (m *Meeting) Day() string { return m.Opened().Format("2006-01-02") }

// Title is the agenda's title.
func (m *Meeting) Title() string { return m.Setup.Agenda.Title }

// History is a group's meetings.
type History struct {
	// Meetings are the meetings that ended, oldest first.
	Meetings []*Meeting
	// Unfinished are meetings that have not ended (one is usually being
	// run, or waits to be resumed). They are not counted.
	Unfinished []*Meeting
	// Problems are journals that could not be read; each error names its
	// file. They are left out.
	Problems []error
}

// New makes a history of meetings (in any order); it sorts them and puts
// unfinished ones apart.
func New(meetings ...*Meeting) *History {
	h := &History{}
	for _, m := range meetings {
		if m.Ended() {
			h.Meetings = append(h.Meetings, m)
		} else {
			h.Unfinished = append(h.Unfinished, m)
		}
	}
	order := func(a, b *Meeting) int {
		if c := a.State.Opened.Compare(b.State.Opened); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	}
	slices.SortStableFunc(h.Meetings, order)
	slices.SortStableFunc(h.Unfinished, order)
	return h
}

// Load reads every meeting in the group folder. It fails only when the
// meetings folder cannot be read at all; a journal that cannot be read is
// a Problem and is left out. A group that has not met has an empty
// history.
func Load(groupDir string) (*History, error) {
	dir := filepath.Join(groupDir, "meetings")
	entries, err := os.ReadDir(dir)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return &History{}, nil
		}
		return nil, fmt.Errorf("read the group's meetings in %s: %w", dir, err)
	}
	var meetings []*Meeting
	var problems []error
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		path := filepath.Join(dir, e.Name(), JournalName)
		if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
			continue // a folder without a journal is not a meeting
		}
		m, err := ReadMeeting(path)
		if err != nil {
			problems = append(problems, err)
			continue
		}
		if m.Setup.Demo {
			continue // a rehearsal with the sample group is not the group's
		}
		meetings = append(meetings, m)
	}
	h := New(meetings...)
	h.Problems = problems
	return h, nil
}

// ReadMeeting reads and replays one journal, without locking it (a meeting
// being run may be read).
func ReadMeeting(path string) (*Meeting, error) {
	head, recs, err := journal.Read(path)
	if err != nil {
		return nil, err
	}
	setup, events, err := Decode(path, head, recs)
	if err != nil {
		return nil, err
	}
	return NewMeeting(filepath.Base(filepath.Dir(path)), path, setup, events)
}

// Decode turns a journal's header and records into the meeting's setup and
// events.
func Decode(path string, h journal.Header, recs []journal.Record) (*meeting.Setup, []meeting.Event, error) {
	setup, err := DecodeSetup(path, h)
	if err != nil {
		return nil, nil, err
	}
	events, err := DecodeEvents(path, recs)
	if err != nil {
		return nil, nil, err
	}
	return setup, events, nil
}

// DecodeSetup reads the meeting's setup from a journal's header.
func DecodeSetup(path string, h journal.Header) (*meeting.Setup, error) {
	var setup meeting.Setup
	if err := json.Unmarshal(h.Meta, &setup); err != nil {
		return nil, fmt.Errorf("journal %s line 1: the meeting setup cannot be read: %w", path, err)
	}
	if _, err := meeting.NewState(&setup); err != nil {
		return nil, fmt.Errorf("journal %s line 1: the meeting setup cannot be used: %w", path, err)
	}
	return &setup, nil
}

// DecodeEvents reads the meeting's events from a journal's records (all of
// them, or those a journal.Follower hands over).
func DecodeEvents(path string, recs []journal.Record) ([]meeting.Event, error) {
	events := make([]meeting.Event, len(recs))
	for i, r := range recs {
		if err := json.Unmarshal(r.Event, &events[i]); err != nil {
			return nil, fmt.Errorf("journal %s line %d: event %d cannot be read: %w", path, r.Seq+1, r.Seq, err)
		}
	}
	return events, nil
}

// AtLine names the journal line an error in replaying its events comes
// from (event N is on line N+1); other errors name the journal.
func AtLine(path string, err error) error {
	var re *meeting.ReplayError
	if errors.As(err, &re) {
		return fmt.Errorf("journal %s line %d: %w", path, re.Event+1, err)
	}
	return fmt.Errorf("journal %s: %w", path, err)
}

// Period is a span of days, both ends included; a zero end is open.
type Period struct {
	From, To time.Time
}

// Contains reports whether the day of t (in t's own zone) is in the
// period.
func (p Period) Contains(t time.Time) bool {
	day := civil(t)
	if !p.From.IsZero() && day.Before(civil(p.From)) {
		return false
	}
	if !p.To.IsZero() && day.After(civil(p.To)) {
		return false
	}
	return true
}

// String says the period in words: "3 December 2026 to 31 March 2027",
// "from 3 December 2026", "up to 31 March 2027" or "all meetings".
func (p Period) String() string {
	switch {
	case p.From.IsZero() && p.To.IsZero():
		return "all meetings"
	case p.To.IsZero():
		return "from " + longDate(p.From)
	case p.From.IsZero():
		return "up to " + longDate(p.To)
	}
	return longDate(p.From) + " to " + longDate(p.To)
}

// civil is the date of t at midnight UTC, for comparing days.
func civil(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

func longDate(t time.Time) string { return t.Format("2 January 2006") }

// Between is the meetings held in the period (by their local date). What
// is carried between meetings still comes from the whole history: use
// Between for counting, not for Carried.
func (h *History) Between(p Period) *History {
	out := &History{Problems: h.Problems}
	for _, m := range h.Meetings {
		if p.Contains(m.Opened()) {
			out.Meetings = append(out.Meetings, m)
		}
	}
	for _, m := range h.Unfinished {
		if p.Contains(m.Opened()) {
			out.Unfinished = append(out.Unfinished, m)
		}
	}
	return out
}

// Notes says, for a report, which meetings were left out and why.
func (h *History) Notes() []string {
	var out []string
	for _, m := range h.Unfinished {
		out = append(out, fmt.Sprintf("The meeting of %s (%s) has not ended, so it is not counted; run gyda run in the group folder to resume it.", longDate(m.Opened()), m.ID))
	}
	for _, err := range h.Problems {
		out = append(out, fmt.Sprintf("Left out: %v", err))
	}
	return out
}
