package share

import (
	"strings"
	"sync"

	"github.com/gyda/gyda/meeting"
	"github.com/muesli/termenv"
)

// frameCache shares drawn screens between sessions that would draw the
// same thing: when a snapshot arrives, three hundred observers with the
// same window size need one drawing, not three hundred. Only the newest
// snapshot's frames are kept.
type frameCache struct {
	mu      sync.Mutex
	version uint64
	frames  map[frameKey]*frame
}

// frameKey is everything a member view's frame depends on, when no
// command line or help is open.
type frameKey struct {
	version uint64
	now     int64 // the clock, rounded (see member.clock)
	person  string
	role    meeting.Role
	w, h    int
	dark    bool
	profile termenv.Profile
	theme   string
	msg     string
	msgErr  bool
	links   uint64
}

type frame struct {
	once  sync.Once
	lines []string // shared by every screen that shows it: never change it
}

const maxFrames = 64

func newFrameCache() *frameCache { return &frameCache{frames: map[frameKey]*frame{}} }

// get returns the frame for k, in lines, drawing it with draw if nobody
// has yet. Sessions asking for the same frame at once wait for one
// drawing. The lines are shared: read them, never change them.
func (c *frameCache) get(k frameKey, draw func() string) []string {
	c.mu.Lock()
	switch {
	case k.version > c.version:
		c.version = k.version
		clear(c.frames)
	case k.version < c.version, len(c.frames) >= maxFrames:
		c.mu.Unlock()
		return strings.Split(draw(), "\n") // an older snapshot, or too many kinds of screen
	}
	f, ok := c.frames[k]
	if !ok {
		f = &frame{}
		c.frames[k] = f
	}
	c.mu.Unlock()
	f.once.Do(func() { f.lines = strings.Split(draw(), "\n") })
	return f.lines
}
