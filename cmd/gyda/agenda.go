package main

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/gyda/gyda/config"
	"github.com/gyda/gyda/internal/prose"
	"github.com/gyda/gyda/roster"
	"github.com/gyda/gyda/tui/setup"
)

// runAgenda is gyda agenda new|check.
func runAgenda(args []string, e env) error {
	if len(args) == 0 {
		return usagef("gyda agenda needs new or check: gyda agenda new [--group DIR], gyda agenda check FILE")
	}
	switch args[0] {
	case "new":
		return runAgendaNew(args[1:], e)
	case "check":
		return runAgendaCheck(args[1:], e)
	}
	return usagef("gyda agenda %s: use gyda agenda new or gyda agenda check FILE", args[0])
}

// runAgendaNew is gyda agenda new [--group DIR] [--out FILE]: it builds
// the next meeting's agenda (on a terminal, the agenda screen; with
// --accessible, TERM=dumb or without a terminal, one plain question a line
// from standard input) and writes it to agendas/next.toml, keeping the
// agenda that was there under the date it was for.
func runAgendaNew(args []string, e env) error {
	fset := newFlagSet("agenda new", e)
	group := fset.String("group", ".", "the group folder, holding group.toml and roster.toml")
	out := fset.String("out", "", "the file to write; agendas/next.toml in the group folder by default")
	accessible := fset.Bool("accessible", false, "ask one plain question per line (for screen readers and TERM=dumb); reads answers from standard input")
	pos, err := parseFlags(fset, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("gyda agenda new takes no arguments (got %q); name the file with --out", pos[0])
	}
	folder, err := config.LoadFolder(*group)
	if err != nil {
		return err
	}
	path := *out
	if path == "" {
		path = filepath.Join(*group, filepath.FromSlash(config.NextAgenda))
	}
	d, err := setup.NewAgendaDraft(folder, path, time.Now())
	if err != nil {
		return err
	}
	if accessibleTerminal(*accessible, e) || !isTerminal(e.stdin) {
		saved, err := setup.RunAgenda(setup.NewPrompter(true, e.stdin, e.stdout), d)
		if err == nil && !saved {
			return errors.New("the agenda was not saved")
		}
		return err
	}
	m := setup.NewAgenda(d, setup.Options{})
	if _, err := tea.NewProgram(m, tea.WithAltScreen(), tea.WithInput(e.stdin), tea.WithOutput(e.stdout)).Run(); err != nil {
		return fmt.Errorf("the agenda screen: %w", err)
	}
	if !m.Saved() {
		return fmt.Errorf("the agenda was not saved; %s is as it was", path)
	}
	fmt.Fprintln(e.stdout, m.Status())
	return nil
}

// runAgendaCheck is gyda agenda check FILE [--group DIR]: it reads the
// agenda and prints one line per finding, FILE:LINE: KEY: MESSAGE: plain
// English in the item titles and the papers' names (with the group's
// glossary), items that add up to more time than the meeting has, no
// break in a long meeting, papers not sent in good time or without a
// version a member needs. Exit status 1 when it finds anything (or the
// file has errors, shown the same way), 0 when not. The group folder is
// --group, or the one the agenda is in (GROUP/agendas/FILE), or the
// current folder; without one, the default rules and no roster are used.
func runAgendaCheck(args []string, e env) error {
	fset := newFlagSet("agenda check", e)
	group := fset.String("group", "", "the group folder, for its glossary, rules and people; found from the agenda's place by default")
	pos, err := parseFlags(fset, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("gyda agenda check needs one agenda file: gyda agenda check FILE [--group DIR]")
	}
	file := pos[0]
	src, err := os.ReadFile(file)
	if err != nil {
		return fmt.Errorf("agenda check: %w", err)
	}
	g, people, dir, err := agendaGroup(*group, file)
	if err != nil {
		return err
	}
	if dir != "" {
		fmt.Fprintf(e.stderr, "Checking %s with the rules and people of %s.\n", file, dir)
	}
	ag, err := config.ParseAgendaIn(file, bytes.NewReader(src), people, g.Location())
	if err != nil {
		for _, line := range strings.Split(err.Error(), "\n") {
			fmt.Fprintln(e.stdout, line)
		}
		return fmt.Errorf("agenda check: %s has %s to fix", file, prose.Count(len(config.Errors(err)), "problem", "problems"))
	}
	findings := setup.Findings(ag, g, people)
	at := make([]int, len(findings))
	order := make([]int, len(findings))
	for i, f := range findings {
		at[i], order[i] = config.KeyLine(string(src), f.Key), i
	}
	slices.SortStableFunc(order, func(a, b int) int { return at[a] - at[b] })
	for _, i := range order {
		fmt.Fprintf(e.stdout, "%s:%d: %s\n", file, at[i], findings[i])
	}
	if len(ag.Papers) > 0 {
		for _, n := range config.PaperNeeds(people) {
			fmt.Fprintf(e.stderr, "Papers in %s for: %s.\n", config.PaperFormatLabel(n.Format), strings.Join(n.People, ", "))
		}
	}
	if len(findings) > 0 {
		return fmt.Errorf("agenda check: %s in %s", prose.Count(len(findings), "finding", "findings"), file)
	}
	fmt.Fprintf(e.stderr, "agenda check: nothing found in %s.\n", file)
	return nil
}

// agendaGroup finds the group an agenda belongs to: the folder named, or
// the one holding the agenda's folder, or the current folder. With none,
// it gives the default rules, no roster and dir "".
func agendaGroup(named, file string) (config.Group, *roster.Roster, string, error) {
	candidates := []string{named}
	if named == "" {
		candidates = []string{filepath.Dir(filepath.Dir(file)), "."}
	}
	for _, dir := range candidates {
		if _, err := os.Stat(filepath.Join(dir, config.GroupFile)); errors.Is(err, fs.ErrNotExist) && named == "" {
			continue
		}
		folder, err := config.LoadFolder(dir)
		if err != nil {
			return config.Group{}, nil, "", err
		}
		return folder.Group, folder.Roster, dir, nil
	}
	return config.DefaultGroup(), nil, "", nil
}
