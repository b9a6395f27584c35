package tui

import (
	"strings"

	"github.com/gyda/gyda/meeting"
)

// Presence is how remote people's connections to a shared meeting stand,
// as the SSH host sees them.
type Presence interface {
	// Lost is who has lost their connection (roster ids) and may yet come
	// back, and a number that changes whenever that does. The map is
	// shared: read it, never change it.
	Lost() (map[string]bool, uint64)
	// Changed is closed at the next change.
	Changed() <-chan struct{}
}

// Frames lets screens that would draw the same frame share one drawing:
// when a snapshot arrives, three hundred guests with the same window need
// one drawing, not three hundred.
type Frames interface {
	// Get returns the frame for key, drawn by draw for the first screen to
	// ask; screens asking meanwhile wait for that drawing. The frame is
	// shared: never change it.
	Get(key FrameKey, draw func() Drawn) Drawn
}

// FrameKey is everything a frame depends on when nothing is open on the
// screen (no command line, dialog or help): two screens with the same key
// show the same frame. A guest's own number is not in it; each guest puts
// it into the shared frame (see Model.ViewLines).
type FrameKey struct {
	version   uint64
	state     *meeting.State // the meeting as these viewers may see it
	person    string
	guest     bool
	remote    bool
	role      meeting.Role
	w, h      int
	styles    *Styles
	status    string
	statusErr bool
	clock     string // every text the clock alone changes (Model.timeKey)
	lost      uint64
	overflow  bool
	messages  bool // the message log has something in it (m opens it)
}

// Version is the version of the snapshot the frame shows.
func (k FrameKey) Version() uint64 { return k.version }

// Drawn is a frame as drawn: its lines, and what the drawing found out
// about the record pane (whether it overflows, for the scroll keys).
type Drawn struct {
	lines     []string
	overflow  bool
	recordMax int
}

// Lines are the frame's lines. They are shared: never change them.
func (d Drawn) Lines() []string { return d.lines }

// guestName is the name a frame shared by guests is drawn with; each guest
// then puts in their own ("Guest 3").
const guestName = "Guest"

// ViewLines is the frame in lines, for a host that writes the screen
// itself. When nothing is open, screens that would draw the same frame
// share one drawing (Config.Frames), and its lines: the slice returned
// must not be changed.
func (m *Model) ViewLines() []string {
	switch {
	case m.lines != nil:
		// Nothing has changed since (a tick that moved no clock on screen).
	case m.cfg.Frames == nil || !m.shareable():
		m.lines = strings.Split(m.View(), "\n")
	default:
		d := m.cfg.Frames.Get(m.frameKey(), m.drawShared)
		if d.lines == nil {
			// The drawing failed on another screen: draw this one here.
			m.lines = strings.Split(m.View(), "\n")
			break
		}
		m.overflow, m.recordMax = d.overflow, d.recordMax
		m.frame, m.dirty = "", true // View draws afresh if it is asked
		m.lines = d.lines
		if m.isGuest() {
			m.lines = m.ownHeader(d.lines)
		}
	}
	return m.lines
}

// shareable reports whether the frame is the same for every screen with
// the same key: nothing of this screen's own is open.
func (m *Model) shareable() bool {
	return m.top() == nil && m.recordSkip == 0 && m.screen == screenMain
}

// isGuest reports whether this screen is a numbered guest's.
func (m *Model) isGuest() bool {
	return m.cfg.Actor.Person == "" && !m.cfg.Actor.Console && m.cfg.Name != ""
}

func (m *Model) frameKey() FrameKey {
	k := FrameKey{
		version: m.snap.Version, state: m.st(), person: m.cfg.Actor.Person, guest: m.isGuest(), remote: m.cfg.Remote,
		role: m.role, w: m.w, h: m.h, styles: m.styles, status: strings.Join(m.status.lines, "\n"), statusErr: m.status.err,
		clock: m.timeKey(), lost: m.lostVer, overflow: m.overflow, messages: len(m.messages.messages) > 0,
	}
	return k
}

// drawShared draws the frame for everyone with this screen's key: a
// guest's with the name all guests share.
func (m *Model) drawShared() Drawn {
	m.sharedName = m.isGuest()
	m.dirty = true
	lines := strings.Split(m.View(), "\n")
	m.sharedName = false
	m.dirty = true
	return Drawn{lines: lines, overflow: m.overflow, recordMax: m.recordMax}
}

// ownHeader puts this guest's own name into a frame drawn for every
// guest: a copy of the list of lines, the lines themselves still shared.
func (m *Model) ownHeader(lines []string) []string {
	if len(lines) == 0 {
		return lines
	}
	f := m.frameCtx()
	k := headKey{minute: f.now.Unix() / 60, w: m.w, role: m.role, styles: m.styles}
	if k != m.head.key {
		f.who = guestName
		m.head.shared = trunc(header{}.line1(f, m.w), m.w)
		f.who = m.cfg.Name
		m.head.own = trunc(header{}.line1(f, m.w), m.w)
		m.head.key = k
	}
	if lines[0] != m.head.shared {
		return lines // a window too small for the header
	}
	own := make([]string, len(lines))
	copy(own, lines)
	own[0] = m.head.own
	return own
}

// headKey is what a guest's header line depends on (the group's name and
// the meeting's title do not change).
type headKey struct {
	minute int64 // the clock shows the minute
	w      int
	role   meeting.Role
	styles *Styles
}

// guestHead is a guest's header line as every guest's frame has it, and
// with their own name.
type guestHead struct {
	key         headKey
	shared, own string
}
