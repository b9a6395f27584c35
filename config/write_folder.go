package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/gyda/gyda/internal/atomicfile"
)

// NextAgenda is the agenda gyda run uses when none is named, relative to
// the group folder.
const NextAgenda = AgendasDir + "/next.toml"

// OpeningItems are the standing items every agenda starts with: welcome
// and quorum, declarations of interest, the last meeting's minutes and the
// action log (matters arising).
func OpeningItems() []Item {
	return []Item{
		{Title: "Welcome, apologies and quorum", Minutes: 10, Ladder: DoingWith},
		{Title: "Declarations of interest", Minutes: 5},
		{Title: "Minutes of the last meeting and the action log", Minutes: 10},
	}
}

// ClosingItems are the standing items every agenda ends with: any other
// business, and a short reflection on how the meeting went ("Did people
// feel meaningfully involved?").
func ClosingItems() []Item {
	return []Item{
		{Title: "Any other business", Minutes: 10},
		{Title: "Reflection: how did today go?", Minutes: 5, Ladder: DoingWith},
	}
}

// TemplateAgenda is the first agenda of a new group: the standing items
// around one item for the group's own business and a break, for a
// two-hour meeting starting at start.
func TemplateAgenda(g Group, start time.Time) Agenda {
	title := g.Name
	if title == "" {
		title = "Co-production Group"
	}
	items := OpeningItems()
	items = append(items,
		Item{Title: "Our first topic", Minutes: 30, Ladder: DoingWith},
		Item{Title: "Break", Minutes: 10},
		Item{Title: "Our second topic", Minutes: 30, Ladder: DoingWith},
	)
	items = append(items, ClosingItems()...)
	return Agenda{Title: title, Start: start, End: start.Add(2 * time.Hour), Items: items}
}

// emptyRoster is the roster.toml of a new group.
const emptyRoster = `# The group's people, one [[person]] table each. gyda people adds, edits
# and retires them; you may also change this file by hand (gyda keeps your
# notes when it edits it). For example:
#
# [[person]]
# name = "Siân Davies"
# kind = "person-using-services"   # person-using-services, carer, staff or guest
# trained = ["chair"]
# language = "cy"
# needs = ["large-print"]
`

// NewFolder makes a group folder in dir (created if need be): group.toml
// holding g, an empty roster.toml, and agendas/next.toml holding first.
// It refuses, changing nothing, when dir already has a group.toml,
// roster.toml or agendas/next.toml (the error wraps fs.ErrExist). It
// returns the paths it wrote.
func NewFolder(dir string, g Group, first Agenda) ([]string, error) {
	paths := []string{filepath.Join(dir, GroupFile), filepath.Join(dir, RosterFile), filepath.Join(dir, filepath.FromSlash(NextAgenda))}
	for _, p := range paths {
		if _, err := os.Stat(p); err == nil {
			return nil, fmt.Errorf("%s is there already, so %s looks like a group folder; nothing was changed: %w", p, dir, fs.ErrExist)
		} else if !errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("look at %s: %w", p, err)
		}
	}
	// Check everything before writing anything.
	if _, err := checkedGroup(paths[0], g); err != nil {
		return nil, err
	}
	if _, err := checkedAgenda(paths[2], first, nil, g.Location()); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(filepath.Join(dir, AgendasDir), 0o755); err != nil {
		return nil, fmt.Errorf("make the group folder %s: %w", dir, err)
	}
	if err := WriteGroup(paths[0], g, false); err != nil {
		return nil, err
	}
	if err := atomicfile.Write(paths[1], []byte(emptyRoster), 0o644); err != nil {
		return paths[:1], err
	}
	if err := WriteAgenda(paths[2], first, nil, g.Location(), false); err != nil {
		return paths[:2], err
	}
	return paths, nil
}
