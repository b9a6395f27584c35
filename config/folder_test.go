package config

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeFiles writes name -> content into dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
	}
}

func TestLoadFolder(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{GroupFile: designGroup, RosterFile: designRoster, "agendas/next.toml": designAgenda})
	f, err := LoadFolder(dir)
	if err != nil {
		t.Fatal(err)
	}
	if f.Dir != dir || f.Group.Name != "West Glamorgan Co-production Group" || f.Roster.Len() != 3 {
		t.Errorf("LoadFolder = %+v", f)
	}
	ag, err := LoadAgendaIn(filepath.Join(dir, AgendasDir, "next.toml"), f.Roster, f.Group.Location())
	if err != nil || ag.Items[0].Lead != "sian" {
		t.Errorf("agenda: %+v, %v", ag, err)
	}
}

func TestLoadFolderWithoutGroup(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{RosterFile: "nonsense ="})
	_, err := LoadFolder(dir)
	want := "load group " + filepath.Join(dir, GroupFile) + ": no such file; run \"gyda init " + dir + "\" to create a group folder"
	if err == nil || err.Error() != want {
		t.Errorf("got %v\nwant %s", err, want)
	}
	if !errors.Is(err, fs.ErrNotExist) {
		t.Error("errors.Is(err, fs.ErrNotExist) is false")
	}
}

func TestLoadGroupHereSaysGydaInit(t *testing.T) {
	t.Chdir(t.TempDir())
	_, err := LoadFolder(".")
	if want := `load group group.toml: no such file; run "gyda init" to create a group folder`; err == nil || err.Error() != want {
		t.Errorf("got %v, want %s", err, want)
	}
}

func TestLoadFolderWithoutRoster(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{GroupFile: designGroup})
	_, err := LoadFolder(dir)
	path := filepath.Join(dir, RosterFile)
	if err == nil || !strings.Contains(err.Error(), path) || !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing roster: %v", err)
	}
}

func TestLoadFolderReportsBothFiles(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		GroupFile:  "theme = \"blue\"\n",
		RosterFile: "[[person]]\nname = \"A\"\nkind = \"x\"\n",
	})
	_, err := LoadFolder(dir)
	errs := Errors(err)
	if len(errs) != 2 {
		t.Fatalf("got %d errors, want 2: %v", len(errs), err)
	}
	if errs[0].File != filepath.Join(dir, GroupFile) || errs[0].Key != "theme" {
		t.Errorf("first error %+v", errs[0])
	}
	if errs[1].File != filepath.Join(dir, RosterFile) || errs[1].Key != "person[1].kind" || errs[1].Line != 3 {
		t.Errorf("second error %+v", errs[1])
	}
}
