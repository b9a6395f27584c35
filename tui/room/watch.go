package room

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/gyda/gyda/meeting"
	"github.com/gyda/gyda/meeting/history"
	"github.com/gyda/gyda/meeting/journal"
)

// phase is where the room screen's meeting stands.
type phase int

const (
	waiting phase = iota // no meeting is running in the group
	running              // a meeting has opened (or is opening) and not ended
	ended                // the meeting followed has ended
)

// sight is what the room may show: the meeting as a guest may see it
// (never the meeting itself), how to join it, or why there is none.
type sight struct {
	phase   phase
	id      string         // the meeting's folder name
	guest   *meeting.State // the meeting as a guest sees it; nil while waiting
	joining *Joining       // how to join, while the meeting is shared
	err     error          // why the meeting's record cannot be read just now
}

// watcher finds the meeting running in a group folder and follows its
// journal as it grows. It only reads: no lock, no repair, no network.
type watcher struct {
	group string
	feed  *feed
	// done are journals seen to have ended, by their size and time, so
	// that looking for a new meeting reads nothing it has read before.
	done map[string]stamp
	// join is the sharing file as last read.
	joinStamp stamp
	joining   *Joining
}

// stamp is what tells a file has changed without reading it.
type stamp struct {
	size int64
	mod  time.Time
}

func stampOf(path string) (stamp, bool) {
	fi, err := os.Stat(path)
	if err != nil {
		return stamp{}, false
	}
	return stamp{fi.Size(), fi.ModTime()}, true
}

func newWatcher(group string) *watcher {
	return &watcher{group: group, done: map[string]stamp{}}
}

// refresh reads what changed since the last call and reports whether the
// sight changed. While a meeting runs it costs a stat of its journal and
// one of the sharing file; while there is none, a look at the meetings
// folder.
func (w *watcher) refresh() bool {
	changed := false
	if w.feed != nil {
		c, err := w.feed.update()
		changed = c
		if errors.Is(err, fs.ErrNotExist) || errors.Is(err, journal.ErrShrank) {
			// The meeting's folder was removed (a meeting abandoned before
			// anything was recorded), or its journal replaced.
			w.feed, changed = nil, true
		}
	}
	if w.feed == nil || w.feed.phase() == ended {
		if path := w.findRunning(); path != "" && (w.feed == nil || path != w.feed.path) {
			w.feed = newFeed(path)
			w.feed.update()
			changed = true
		}
	}
	return w.readJoining() || changed
}

// sight is what the room may show now.
func (w *watcher) sight() sight {
	if w.feed == nil {
		return sight{phase: waiting}
	}
	s := sight{phase: w.feed.phase(), id: w.feed.id, guest: w.feed.guest, err: w.feed.err()}
	if j := w.joining; j != nil && j.Meeting == w.feed.id && s.phase == running && s.guest != nil {
		shown := *j
		if !s.guest.Setup.Group.Room.ShowPasscode {
			shown.Passcode = "" // the group has not said the room may show it
		}
		s.joining = &shown
	}
	return s
}

// findRunning is the journal of the newest meeting in the group that has
// not ended (by folder name, as gyda run finds the meeting to resume), or
// "" when every meeting has ended.
func (w *watcher) findRunning() string {
	paths, _ := filepath.Glob(filepath.Join(w.group, "meetings", "*", history.JournalName))
	sort.Sort(sort.Reverse(sort.StringSlice(paths)))
	for _, p := range paths {
		st, ok := stampOf(p)
		if !ok {
			continue
		}
		if old, seen := w.done[p]; seen && old == st {
			continue
		}
		if w.feed != nil && p == w.feed.path {
			w.done[p] = st // the meeting on screen, which has ended
			continue
		}
		if hasEnded(p) {
			w.done[p] = st
			continue
		}
		return p
	}
	return ""
}

// hasEnded reports whether the journal's last event ends the meeting. A
// journal that cannot be read is taken as ended: it is not a meeting the
// room can show.
func hasEnded(path string) bool {
	_, recs, err := journal.Read(path)
	if err != nil {
		return true
	}
	if len(recs) == 0 {
		return false
	}
	var last struct {
		Type meeting.EventType `json:"type"`
	}
	return json.Unmarshal(recs[len(recs)-1].Event, &last) == nil && last.Type == meeting.EvEnded
}

// readJoining reads the sharing file when it has changed, and reports
// whether it did.
func (w *watcher) readJoining() bool {
	st, ok := stampOf(JoiningPath(w.group))
	if !ok {
		st = stamp{size: -1}
	}
	if st == w.joinStamp {
		return false
	}
	w.joinStamp = st
	j, found, err := readJoining(w.group)
	if err != nil || !found {
		w.joining = nil // a file half written or damaged is not shown
		return true
	}
	w.joining = &j
	return true
}

// feed is one meeting's journal, followed and replayed. The meeting's own
// state stays here: only the guest's view of it leaves.
type feed struct {
	path   string
	id     string
	follow *journal.Follower
	full   *meeting.State // the meeting itself: never shown
	guest  *meeting.State // the meeting as a guest may see it
	// readErr is why the journal could not be read at the last look (it
	// may pass); broken is an event that could not be replayed, after
	// which nothing more is applied (the screen shows the meeting as it
	// stood, and why it stopped).
	readErr, broken error
}

func newFeed(path string) *feed {
	return &feed{path: path, id: filepath.Base(filepath.Dir(path)), follow: journal.NewFollower(path)}
}

func (f *feed) phase() phase {
	if f.guest != nil && !f.guest.Ended.IsZero() {
		return ended
	}
	return running
}

// err is why the screen may not be showing the meeting as it is now.
func (f *feed) err() error {
	if f.broken != nil {
		return f.broken
	}
	return f.readErr
}

// update reads and replays what was appended, and reports whether the
// sight changed. It also returns the read error, if any, so that the
// watcher can let go of a journal that has gone.
func (f *feed) update() (bool, error) {
	recs, err := f.follow.More()
	if err != nil {
		changed := f.readErr == nil || f.readErr.Error() != err.Error()
		f.readErr = err
		return changed, err
	}
	changed := f.readErr != nil
	f.readErr = nil
	if f.broken != nil {
		return changed, nil
	}
	if f.full == nil {
		h, ok := f.follow.Header()
		if !ok {
			return changed, nil // the journal is being created
		}
		setup, err := history.DecodeSetup(f.path, h)
		if err == nil {
			f.full, err = meeting.NewState(setup)
		}
		if err != nil {
			f.broken = err
			return true, nil
		}
	} else if len(recs) == 0 {
		return changed, nil
	}
	events, err := history.DecodeEvents(f.path, recs)
	if err == nil {
		for i, e := range events {
			if err = f.full.Apply(e); err != nil {
				err = fmt.Errorf("journal %s: event %d (%s): %w", f.path, recs[i].Seq, e.Type, err)
				break
			}
		}
	}
	f.broken = err
	// The guest's view is made afresh from the meeting after every change:
	// what a guest may not see is never in it, whatever the events were.
	f.guest = f.full.SeenBy(meeting.Actor{})
	return true, nil
}
