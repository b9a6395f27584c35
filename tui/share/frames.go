package share

import (
	"sync"

	"github.com/charmbracelet/lipgloss"
	"github.com/gyda/gyda/tui"
	"github.com/muesli/termenv"
)

// frameCache shares drawn screens between sessions that would draw the
// same thing (tui.Frames): when a snapshot arrives, three hundred guests
// with the same window size need one drawing, not three hundred. Only the
// newest snapshot's frames are kept.
type frameCache struct {
	mu      sync.Mutex
	version uint64
	frames  map[tui.FrameKey]*frame
}

type frame struct {
	ready chan struct{} // closed once drawn
	drawn tui.Drawn     // shared by every screen that shows it: never change it
}

// maxFrames bounds the kinds of screen kept for one snapshot (window
// sizes, roles, themes); more are drawn each for themselves.
const maxFrames = 64

func newFrameCache() *frameCache { return &frameCache{frames: map[tui.FrameKey]*frame{}} }

// Get returns the frame for k, drawing it with draw if nobody has yet.
// Sessions asking for the same frame at once wait for one drawing, and
// are all woken together when it is done.
func (c *frameCache) Get(k tui.FrameKey, draw func() tui.Drawn) tui.Drawn {
	c.mu.Lock()
	switch v := k.Version(); {
	case v > c.version:
		c.version = v
		clear(c.frames)
	case v < c.version, len(c.frames) >= maxFrames:
		c.mu.Unlock()
		return draw() // an older snapshot, or too many kinds of screen
	}
	f, ok := c.frames[k]
	if !ok {
		f = &frame{ready: make(chan struct{})}
		c.frames[k] = f
	}
	c.mu.Unlock()
	if !ok {
		defer close(f.ready) // even if draw panics: the others draw nothing, not wait for ever
		f.drawn = draw()
		return f.drawn
	}
	<-f.ready
	return f.drawn
}

// styleBook shares styles between sessions whose terminals show colours
// alike: styles depend only on the colour profile and the theme, and are
// never changed once built, so three hundred sessions need a few sets,
// not three hundred.
type styleBook struct {
	mu     sync.Mutex
	styles map[styleKey]*tui.Styles
}

type styleKey struct {
	profile termenv.Profile
	theme   string
}

func newStyleBook() *styleBook { return &styleBook{styles: map[styleKey]*tui.Styles{}} }

// forTerminal gives a session's screen its styles for a theme
// (tui.Config.Styles): those of every terminal with its colour profile.
func (b *styleBook) forTerminal(r *lipgloss.Renderer) func(theme string) *tui.Styles {
	return func(theme string) *tui.Styles {
		k := styleKey{profile: r.ColorProfile(), theme: theme}
		b.mu.Lock()
		defer b.mu.Unlock()
		s, ok := b.styles[k]
		if !ok {
			s = tui.NewStyles(r, theme)
			b.styles[k] = s
		}
		return s
	}
}
