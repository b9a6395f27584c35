package history

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"slices"

	"github.com/gyda/gyda/meeting/journal"
)

// ReadLast reads the newest meeting in GROUP/meetings that has ended, or
// returns nil when the group has not met yet. Meeting folders are named
// from their date, so the newest is found by name: journals are read from
// the newest back until one is a meeting that ended, skipping those not
// ended and rehearsals with the sample group (which are not replayed). A
// journal that cannot be read stops the search with an error naming it,
// since what an older meeting left open may have been settled in it.
func ReadLast(groupDir string) (*Meeting, error) {
	paths, err := filepath.Glob(filepath.Join(groupDir, "meetings", "*", JournalName))
	if err != nil {
		return nil, fmt.Errorf("look for past meetings: %w", err)
	}
	slices.Sort(paths)
	for i := len(paths) - 1; i >= 0; i-- {
		m, err := readEnded(paths[i])
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil || m != nil {
			return m, err
		}
	}
	return nil, nil
}

// readEnded reads and replays one journal as ReadMeeting does; nil when it
// is a rehearsal (read no further than its setup) or has not ended.
func readEnded(path string) (*Meeting, error) {
	head, recs, err := journal.Read(path)
	if err != nil {
		return nil, err
	}
	setup, err := DecodeSetup(path, head)
	if err != nil || setup.Demo {
		return nil, err
	}
	events, err := DecodeEvents(path, recs)
	if err != nil {
		return nil, err
	}
	m, err := NewMeeting(filepath.Base(filepath.Dir(path)), path, setup, events)
	if err != nil || !m.Ended() {
		return nil, err
	}
	return m, nil
}
