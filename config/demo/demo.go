// Package demo is gyda's built-in sample group: a realistic Co-production
// Group (people using services, carers, staff with and without decision
// authority, a guest; Welsh and English names) and an agenda with the
// standing items, for rehearsals that need no files.
package demo

import (
	"embed"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/gyda/gyda/config"
)

//go:embed files
var files embed.FS

// Files is the sample group folder: group.toml, roster.toml and
// agendas/next.toml.
func Files() fs.FS {
	sub, err := fs.Sub(files, "files")
	if err != nil {
		panic(err) // the embedded tree is fixed at build time
	}
	return sub
}

// AgendaPath is the sample agenda, relative to the group folder.
const AgendaPath = "agendas/next.toml"

// WriteTo copies the sample group folder into dir, which is created if
// needed, and returns the loaded group and agenda.
func WriteTo(dir string) (config.Folder, config.Agenda, error) {
	err := fs.WalkDir(Files(), ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		target := filepath.Join(dir, filepath.FromSlash(path))
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := fs.ReadFile(Files(), path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		return config.Folder{}, config.Agenda{}, fmt.Errorf("write the sample group to %s: %w", dir, err)
	}
	folder, err := config.LoadFolder(dir)
	if err != nil {
		return config.Folder{}, config.Agenda{}, err
	}
	agenda, err := config.LoadAgenda(filepath.Join(dir, AgendaPath), folder.Roster)
	if err != nil {
		return config.Folder{}, config.Agenda{}, err
	}
	return folder, agenda, nil
}
