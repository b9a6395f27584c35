package share

import (
	"io"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/gyda/gyda/tui"
)

// Compile-time checks that the host's types satisfy the interfaces they
// are used through, so a changed signature fails here, where it is made.
var (
	_ tui.Presence = (*presence)(nil)      // each screen learns who has lost their connection
	_ tui.Frames   = (*frameCache)(nil)    // guests' screens share their drawings
	_ tea.Model    = (*guard)(nil)         // every session's program runs the guard
	_ lineViewer   = (*tui.Model)(nil)     // the screen gives its view in lines
	_ io.Reader    = (*rateReader)(nil)    // a session's keys, at a bounded rate
	_ io.Writer    = (*watchedWriter)(nil) // a session's screen, watched for a stalled client
)
