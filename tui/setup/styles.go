package setup

import (
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// Styles are the styles of the people and agenda screens, built for one
// renderer (one terminal). Meaning is never carried by colour alone: the
// selected row has a ▶, warnings start "Warning:", failures "Not saved:".
type Styles struct {
	Title    lipgloss.Style
	Selected lipgloss.Style
	Normal   lipgloss.Style
	Dim      lipgloss.Style
	OK       lipgloss.Style
	Warning  lipgloss.Style
	Error    lipgloss.Style
}

// NewStyles builds the styles for r (nil: lipgloss's default renderer).
// A renderer with no colour (NO_COLOR, not a terminal) gets plain text.
func NewStyles(r *lipgloss.Renderer) Styles {
	if r == nil {
		r = lipgloss.DefaultRenderer()
	}
	s := Styles{
		Title:    r.NewStyle().Bold(true),
		Selected: r.NewStyle().Bold(true),
		Normal:   r.NewStyle(),
		Dim:      r.NewStyle(),
		OK:       r.NewStyle(),
		Warning:  r.NewStyle().Bold(true),
		Error:    r.NewStyle().Bold(true),
	}
	if r.ColorProfile() == termenv.Ascii {
		return s
	}
	s.Selected = s.Selected.Foreground(lipgloss.ANSIColor(14))
	s.Dim = s.Dim.Faint(true)
	s.OK = s.OK.Foreground(lipgloss.ANSIColor(10))
	s.Warning = s.Warning.Foreground(lipgloss.ANSIColor(11))
	s.Error = s.Error.Foreground(lipgloss.ANSIColor(9))
	return s
}

// Options are how a screen is opened.
type Options struct {
	// Renderer is the terminal's renderer; nil is lipgloss's default.
	Renderer *lipgloss.Renderer
	// OnClose is the command a screen returns when it is left; nil is
	// tea.Quit. The chair's start screen passes one that takes it back.
	OnClose tea.Cmd
}

// closeCmd is what leaving a screen does.
func (o Options) closeCmd() tea.Cmd {
	if o.OnClose != nil {
		return o.OnClose
	}
	return tea.Quit
}
