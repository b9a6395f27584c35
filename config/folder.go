package config

import (
	"fmt"
	"os"

	"errors"
	"github.com/gyda/gyda/roster"
	"io/fs"
	"path/filepath"
)

// The files of a group folder.
const (
	GroupFile  = "group.toml"
	RosterFile = "roster.toml"
	AgendasDir = "agendas"
)

// LoadFolder loads a group folder: its group.toml and roster.toml. A
// folder without group.toml is an error that says to run gyda init (and
// only that: its other files are not looked at). Otherwise the problems of
// both files are returned together.
func LoadFolder(dir string) (Folder, error) {
	g, gerr := LoadGroup(filepath.Join(dir, GroupFile))
	if errors.Is(gerr, fs.ErrNotExist) {
		return Folder{}, gerr
	}
	r, rerr := LoadRoster(filepath.Join(dir, RosterFile))
	switch {
	case gerr != nil && rerr != nil:
		return Folder{}, errors.Join(gerr, rerr)
	case gerr != nil:
		return Folder{}, gerr
	case rerr != nil:
		return Folder{}, rerr
	}
	f := Folder{Dir: dir, Group: g, Roster: r}
	src, _ := os.ReadFile(filepath.Join(dir, GroupFile)) // read just now; a line of 0 if not
	f.Warnings = RuleWarnings(filepath.Join(dir, GroupFile), string(src), g, r)
	return f, nil
}

// RuleWarnings points out quorum rules the roster can never meet: a
// quorum above the number of people who count (staff, people who use
// services and carers not retired), or more lived-experience members than
// the roster has. Such a meeting can still be held (its decisions are
// provisional), so these are warnings, each with the file, line and key.
func RuleWarnings(file, src string, g Group, r *roster.Roster) []string {
	counted, lived := 0, 0
	for _, p := range r.Active() {
		if p.Kind.Counted() {
			counted++
		}
		if p.Kind.LivedExperience() {
			lived++
		}
	}
	var out []string
	warn := func(key, msg string) {
		where := file
		if line := KeyLine(src, key); line > 0 {
			where = fmt.Sprintf("%s:%d", file, line)
		}
		out = append(out, fmt.Sprintf("%s: %s: %s", where, key, msg))
	}
	q := g.Quorum
	if q.MinPresent > counted {
		warn("quorum.min_present", fmt.Sprintf("the quorum needs %d members present, but the roster has %d who count (staff, people who use services and carers): no meeting can be quorate, so every decision would be provisional; lower it or add people to the roster", q.MinPresent, counted))
	}
	if q.MinLivedExperience > lived {
		warn("quorum.min_lived_experience", fmt.Sprintf("the quorum needs %d people who use services or carers, but the roster has %d: no meeting can be quorate, so every decision would be provisional; lower it or add people to the roster", q.MinLivedExperience, lived))
	}
	return out
}
