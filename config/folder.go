package config

import (
	"errors"
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
	return Folder{Dir: dir, Group: g, Roster: r}, nil
}
