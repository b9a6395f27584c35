package setup

import (
	"io"

	tea "github.com/charmbracelet/bubbletea"
)

// Compile-time checks that the setup screens are Bubble Tea models and
// the line reader the accessible prompts share is a reader, so a changed
// signature fails here, where it is made.
var (
	_ tea.Model = (*People)(nil)
	_ tea.Model = (*Agenda)(nil)
	_ io.Reader = (*LineReader)(nil)
)
