package room

import tea "github.com/charmbracelet/bubbletea"

// Compile-time check that the room screen is a Bubble Tea model, so a
// changed signature fails here, where it is made.
var _ tea.Model = (*Model)(nil)
