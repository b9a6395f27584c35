package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/gyda/gyda/meeting"
	"github.com/gyda/gyda/meeting/history"
	"github.com/gyda/gyda/meeting/journal"
	"github.com/gyda/gyda/meeting/minutes"
	"github.com/gyda/gyda/meeting/plain"
	"github.com/gyda/gyda/roster"
)

// session is one meeting being run from this laptop: its folder, its
// journal (held locked while the session lasts) and the live meeting.
type session struct {
	group   string // the group folder (its roster, rules and past meetings)
	fresh   bool   // a new meeting, not a resumed one: its people and agenda may still change
	dir     string // this meeting's folder
	journal *journal.Journal
	live    *meeting.Live
	setup   *meeting.Setup
	opening []string // what to tell the chair first
}

// journalName is the meeting's journal file in its folder.
const journalName = "journal.jsonl"

// newClock returns the meeting clock: the wall clock, or with "sim" a
// simulated one standing at start.
func newClock(kind string, start time.Time) (meeting.Clock, error) {
	switch kind {
	case "", "real":
		return meeting.RealClock{}, nil
	case "sim":
		return meeting.NewSimClock(start), nil
	}
	return nil, usagef("--clock %q: use real or sim", kind)
}

// startSession opens a new meeting folder under groupDir and opens the
// meeting in it.
func startSession(groupDir string, setup *meeting.Setup, clock meeting.Clock) (*session, error) {
	meta, err := json.Marshal(setup)
	if err != nil {
		return nil, fmt.Errorf("encode the meeting setup: %w", err)
	}
	dir, err := newMeetingDir(groupDir, clock.Now(), setup)
	if err != nil {
		return nil, err
	}
	j, err := journal.Create(filepath.Join(dir, journalName), meta)
	if err != nil {
		return nil, err
	}
	live, lines, err := meeting.Start(setup, nil, j, clock, meeting.Options{Hinter: hinter(setup)})
	if err != nil {
		j.Close()
		return nil, err
	}
	return &session{group: groupDir, dir: dir, journal: j, live: live, setup: setup, opening: lines}, nil
}

// resumeSession opens an unfinished meeting's journal, replays it and
// records the gap.
func resumeSession(groupDir, path, clockKind string) (*session, error) {
	j, h, recs, rep, err := journal.Open(path)
	if err != nil {
		return nil, err
	}
	setup, events, err := history.Decode(path, h, recs)
	if err != nil {
		j.Close()
		return nil, err
	}
	var last time.Time
	if n := len(events); n > 0 {
		last = events[n-1].At
	}
	if clockKind == "" && setup.Clock == "sim" {
		clockKind = "sim"
	}
	clock, err := newClock(clockKind, last)
	if err != nil {
		j.Close()
		return nil, err
	}
	live, lines, err := meeting.Start(setup, events, j, clock, meeting.Options{Hinter: hinter(setup)})
	if err != nil {
		j.Close()
		return nil, fmt.Errorf("resume the meeting in %s: %w", filepath.Dir(path), history.AtLine(path, err))
	}
	opening := []string{fmt.Sprintf("Resuming the unfinished meeting in %s (%d events kept).", filepath.Dir(path), len(events))}
	if rep != nil {
		opening = append(opening, fmt.Sprintf("The journal's last line was torn (%s) and was cut; the whole file was first copied to %s.", rep.Reason, rep.CopyPath))
	}
	return &session{group: groupDir, dir: filepath.Dir(path), journal: j, live: live, setup: setup, opening: append(opening, lines...)}, nil
}

// readMeeting reads a journal without locking it.
func readMeeting(path string) (*meeting.Setup, []meeting.Event, error) {
	h, recs, err := journal.Read(path)
	if err != nil {
		return nil, nil, err
	}
	return history.Decode(path, h, recs)
}

// findUnfinished returns the journal of the newest meeting in the group
// that has not ended, or "" if every meeting has ended.
func findUnfinished(groupDir string) (string, error) {
	paths, err := filepath.Glob(filepath.Join(groupDir, "meetings", "*", journalName))
	if err != nil {
		return "", err
	}
	sort.Sort(sort.Reverse(sort.StringSlice(paths)))
	for _, p := range paths {
		_, events, err := readMeeting(p)
		if err != nil {
			return "", fmt.Errorf("look for an unfinished meeting: %w", err)
		}
		if n := len(events); n == 0 || events[n-1].Type != meeting.EvEnded {
			return p, nil
		}
	}
	return "", nil
}

// newMeetingDir makes GROUP/meetings/YYYY-MM-DD-slug (with -2, -3... if
// that day already has a meeting of the same name).
func newMeetingDir(groupDir string, now time.Time, setup *meeting.Setup) (string, error) {
	loc := setup.Group.Location()
	base := filepath.Join(groupDir, "meetings", now.In(loc).Format("2006-01-02")+"-"+slug(setup.Agenda.Title))
	if err := os.MkdirAll(filepath.Dir(base), 0o755); err != nil {
		return "", fmt.Errorf("make the meetings folder: %w", err)
	}
	for n := 1; n < 1000; n++ {
		dir := base
		if n > 1 {
			dir = fmt.Sprintf("%s-%d", base, n)
		}
		err := os.Mkdir(dir, 0o755)
		if err == nil {
			return dir, nil
		}
		if !errors.Is(err, fs.ErrExist) {
			return "", fmt.Errorf("make the meeting folder %s: %w", dir, err)
		}
	}
	return "", fmt.Errorf("make a meeting folder: %s has too many meetings that day", base)
}

func slug(title string) string {
	var b strings.Builder
	dash := false
	for _, r := range roster.Fold(title) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	s := strings.TrimSuffix(b.String(), "-")
	if s == "" {
		return "meeting"
	}
	if len(s) > 40 {
		s = strings.TrimSuffix(s[:40], "-")
	}
	return s
}

// writeMinutes writes the minutes from the journal on disk, so the minutes
// say exactly what was recorded.
func (s *session) writeMinutes() ([]string, error) {
	return writeMinutesFrom(s.journal.Path(), s.dir, nil)
}

// writeMinutesFrom writes a meeting's minutes into out, in the formats
// asked for or the group's own.
func writeMinutesFrom(journalPath, out string, formats []string) ([]string, error) {
	setup, events, err := readMeeting(journalPath)
	if err != nil {
		return nil, err
	}
	m, err := minutes.Build(setup, events)
	if err != nil {
		return nil, err
	}
	if len(formats) == 0 {
		formats = setup.Group.Minutes.Formats
	}
	if len(formats) == 0 {
		formats = []string{"md"}
	}
	return minutes.WriteFiles(out, m, formats)
}

func (s *session) close() error { return s.journal.Close() }

// The plain-English checker gives the live meeting its hints. The check
// is here, where the two meet, because plain uses only the standard
// library.
var _ meeting.Hinter = (*plain.Checker)(nil)

// hinter is the plain-English checker for the group's words.
func hinter(setup *meeting.Setup) meeting.Hinter {
	return plain.NewChecker(setup.Group.Glossary, setup.Group.Plain.Avoid)
}
