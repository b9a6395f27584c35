package main

import (
	"fmt"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/gyda/gyda/tui/room"
)

// roomFPS is how often, at most, the room screen's terminal is redrawn:
// enough for a change to show within a quarter of a second, few enough
// that an idle screen costs next to nothing (Bubble Tea's default is 60).
const roomFPS = 4

// runRoom shows the meeting running in the group folder on a screen of
// its own, large and read-only, for a projector: as a guest may see it.
func runRoom(args []string, e env) error {
	fs := newFlagSet("room", e)
	group := fs.String("group", ".", "the group folder whose meeting to show")
	theme := fs.String("theme", room.ThemeHighContrast, "the screen's colours: high-contrast, dark or light")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("gyda room takes no arguments (got %q); give the group folder with --group", pos[0])
	}
	if !room.ValidTheme(*theme) {
		return usagef("--theme %q: use high-contrast, dark or light", *theme)
	}
	if !isTerminal(e.stdout) {
		return usagef("gyda room draws a screen: run it in a terminal (a window on the projector)")
	}
	m, err := room.New(room.Config{Group: *group, Renderer: lipgloss.NewRenderer(e.stdout), Theme: *theme})
	if err != nil {
		return err
	}
	defer m.Close()
	p := tea.NewProgram(m, tea.WithAltScreen(), tea.WithInput(e.stdin), tea.WithOutput(e.stdout), tea.WithFPS(roomFPS))
	if _, err := p.Run(); err != nil {
		return fmt.Errorf("the room screen: %w", err)
	}
	return nil
}
