package room

import (
	"io"
	"testing"
	"time"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// BenchmarkRoomScreen draws a busy meeting at 200x60 in colour, as the
// room does once a second.
func BenchmarkRoomScreen(b *testing.B) {
	r := newRig(b).start().busy()
	re := lipgloss.NewRenderer(io.Discard)
	re.SetColorProfile(termenv.ANSI256)
	r.m.styles = NewStyles(re, "")
	r.screen(200, 60)
	b.ReportAllocs()
	for b.Loop() {
		r.clock.Advance(time.Second)
		r.m.Update(tickMsg{})
	}
}
