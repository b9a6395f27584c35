package main

import (
	"fmt"
	"path/filepath"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/gyda/gyda/config"
	"github.com/gyda/gyda/internal/prose"
	"github.com/gyda/gyda/tui/setup"
)

// runPeople is gyda people [--group DIR]: it lists the group's people and
// adds, changes and retires them, saving each change to roster.toml at
// once. On a terminal it opens the people screen; with --accessible,
// TERM=dumb or without a terminal it asks one plain question a line from
// standard input. --list only lists them.
func runPeople(args []string, e env) error {
	fs := newFlagSet("people", e)
	group := fs.String("group", ".", "the group folder, holding group.toml and roster.toml")
	list := fs.Bool("list", false, "list the people and stop")
	accessible := fs.Bool("accessible", false, "ask one plain question per line (for screen readers and TERM=dumb); reads answers from standard input")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("gyda people takes no arguments (got %q); name the group folder with --group", pos[0])
	}
	if _, err := config.LoadGroup(filepath.Join(*group, config.GroupFile)); err != nil {
		return err
	}
	book, err := setup.OpenPeople(*group, nil)
	if err != nil {
		return err
	}
	if *list {
		for _, l := range setup.ListPeople(book.People()) {
			fmt.Fprintln(e.stdout, l)
		}
		return nil
	}
	if accessibleTerminal(*accessible, e) || !isTerminal(e.stdin) {
		return setup.RunPeople(setup.NewPrompter(true, e.stdin, e.stdout), book)
	}
	m := setup.NewPeople(book, setup.Options{})
	if _, err := tea.NewProgram(m, tea.WithAltScreen(), tea.WithInput(e.stdin), tea.WithOutput(e.stdout)).Run(); err != nil {
		return fmt.Errorf("the people screen: %w", err)
	}
	if s := m.Status(); s != "" {
		fmt.Fprintln(e.stdout, s)
	}
	active := 0
	for _, p := range book.People() {
		if !p.Retired {
			active++
		}
	}
	fmt.Fprintf(e.stdout, "%s has %s.\n", book.Path, prose.Count(active, "member", "members"))
	return nil
}
