package minutes

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestWriteFiles(t *testing.T) {
	m := fixedModel(t, "en")
	dir := t.TempDir()
	paths, err := WriteFiles(dir, m, Formats())
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, p := range paths {
		names = append(names, filepath.Base(p))
	}
	want := []string{"minutes.md", "easyread.md", "minutes.txt", "minutes.html", "minutes-large-print.html",
		"minutes.docx", "minutes-large-print.docx", "minutes.ics", "attendance.csv", "actions.csv", "credits.csv",
		"votes.csv", "elections.csv"}
	if !slices.Equal(names, want) {
		t.Errorf("wrote %v; want %v", names, want)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != len(want) {
		t.Errorf("the folder holds %d files (a temporary file left behind?)", len(entries))
	}
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("temporary file %s left behind", e.Name())
		}
	}
}

func TestLargePrintWordOnlyWhenAsked(t *testing.T) {
	m := fixedModel(t, "en") // Siân needs large print
	if !m.LargePrint {
		t.Fatal("someone on the roster needs large print, so the model should ask for it")
	}
	m.LargePrint = false
	files, err := Render("docx", m)
	if err != nil || len(files) != 1 || files[0].Name != "minutes.docx" {
		t.Fatalf("%v %v", files, err)
	}
}

func TestUnknownFormatWritesNothing(t *testing.T) {
	dir := t.TempDir()
	_, err := WriteFiles(dir, fixedModel(t, "en"), []string{"md", "pdf"})
	if err == nil || !strings.Contains(err.Error(), `"pdf" is not known`) {
		t.Fatalf("err %v", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("an unknown format still wrote %d files", len(entries))
	}
}

func TestConfidentialNotesLeaveTheModel(t *testing.T) {
	m := fixedModel(t, "en")
	it := m.Items[4]
	if !it.Confidential || len(it.Notes) != 0 {
		t.Errorf("confidential item %q keeps notes %q", it.Title, it.Notes)
	}
	if len(it.Decisions) != 2 || len(it.Actions) != 1 {
		t.Errorf("a confidential item's decisions and actions are minuted: %d, %d", len(it.Decisions), len(it.Actions))
	}
}
