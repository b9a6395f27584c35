package config_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gyda/gyda/config"
	"github.com/gyda/gyda/config/demo"
)

// TestSampleGroupWritesBack writes the sample group's files out again
// through the writers and checks they load back the same.
func TestSampleGroupWritesBack(t *testing.T) {
	src := t.TempDir()
	folder, agenda, err := demo.WriteTo(src)
	if err != nil {
		t.Fatal(err)
	}
	dst := t.TempDir()
	if err := config.WriteGroup(filepath.Join(dst, config.GroupFile), folder.Group, false); err != nil {
		t.Fatal(err)
	}
	loc := folder.Group.Location()
	if err := config.WriteAgenda(filepath.Join(dst, demo.AgendaPath), agenda, folder.Roster, loc, false); err != nil {
		t.Fatal(err)
	}
	// The roster, edited from nothing and from itself.
	if _, err := config.SaveRoster(filepath.Join(dst, config.RosterFile), nil, folder.Roster.People()); err != nil {
		t.Fatal(err)
	}
	back, err := config.LoadFolder(dst)
	if err != nil {
		t.Fatal(err)
	}
	backAgenda, err := config.LoadAgendaIn(filepath.Join(dst, demo.AgendaPath), back.Roster, loc)
	if err != nil {
		t.Fatal(err)
	}
	if d := config.AgendaDiff(agenda, backAgenda); d != "" {
		t.Errorf("agenda: %s differs", d)
	}
	want, got := folder.Roster.People(), back.Roster.People()
	if len(want) != len(got) {
		t.Fatalf("%d people, want %d", len(got), len(want))
	}
	for i := range want {
		if want[i].ID != got[i].ID || want[i].Name != got[i].Name || want[i].Kind != got[i].Kind {
			t.Errorf("person %d: %+v, want %+v", i+1, got[i], want[i])
		}
	}

	// The hand-written sample roster, with its comment, survives an edit.
	orig, err := os.ReadFile(filepath.Join(src, config.RosterFile))
	if err != nil {
		t.Fatal(err)
	}
	people := folder.Roster.People()
	people[2].Needs = append(people[2].Needs, "breaks")
	out, ed, err := config.EditRoster("roster.toml", orig, people)
	if err != nil || ed.Rewrote {
		t.Fatalf("err %v, edit %+v", err, ed)
	}
	if !strings.HasPrefix(string(out), "# The sample group's people. They are made up.\n") {
		t.Errorf("the comment was lost:\n%s", out)
	}
	if d := strings.Count(string(out), "\n") - strings.Count(string(orig), "\n"); d != 0 {
		t.Errorf("%d lines more; want the needs line changed in place", d)
	}
}
