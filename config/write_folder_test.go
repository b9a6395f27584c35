package config

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestNewFolder(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "westglam")
	g := DefaultGroup()
	g.Name = "West Glamorgan Co-production Group"
	start := time.Date(2026, 12, 3, 10, 0, 0, 0, g.Location())
	first := TemplateAgenda(g, start)
	paths, err := NewFolder(dir, g, first)
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) != 3 {
		t.Fatalf("wrote %v", paths)
	}
	folder, err := LoadFolder(dir)
	if err != nil {
		t.Fatal(err)
	}
	if d := groupDiff(g, folder.Group); d != "" {
		t.Errorf("group: %s differs", d)
	}
	if folder.Roster.Len() != 0 {
		t.Errorf("%d people in a new roster", folder.Roster.Len())
	}
	ag, err := LoadAgendaIn(filepath.Join(dir, NextAgenda), folder.Roster, g.Location())
	if err != nil {
		t.Fatal(err)
	}
	if d := AgendaDiff(first, ag); d != "" {
		t.Errorf("agenda: %s differs", d)
	}
	if w := AgendaWarnings(ag, folder.Group, folder.Roster); len(w) != 0 {
		t.Errorf("the template agenda has warnings: %v", w)
	}

	// A second init changes nothing.
	before, _ := os.ReadFile(paths[0])
	g.Name = "Other"
	if _, err := NewFolder(dir, g, first); !errors.Is(err, fs.ErrExist) {
		t.Errorf("err = %v, want fs.ErrExist", err)
	}
	if after, _ := os.ReadFile(paths[0]); string(after) != string(before) {
		t.Error("a second init changed group.toml")
	}
}

func TestNewFolderChecksBeforeWriting(t *testing.T) {
	dir := t.TempDir()
	g := DefaultGroup()
	bad := TemplateAgenda(g, time.Date(2026, 12, 3, 10, 0, 0, 0, time.UTC))
	bad.Items = nil
	if _, err := NewFolder(dir, g, bad); err == nil {
		t.Fatal("an agenda without items was accepted")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("files were written: %v", entries)
	}
}
