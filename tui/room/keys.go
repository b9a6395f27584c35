package room

import "github.com/charmbracelet/bubbles/key"

// KeyMap is the room screen's keys. It is read-only, so the only key
// closes it.
type KeyMap struct {
	Quit key.Binding
}

// DefaultKeyMap is q, esc or ctrl+c to close the screen.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Quit: key.NewBinding(key.WithKeys("q", "esc", "ctrl+c"), key.WithHelp("q", "close the room screen")),
	}
}
