package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMinutesOutMakesTheFolder: --out names a folder that does not exist
// yet (two levels down); gyda makes it and writes the minutes there.
func TestMinutesOutMakesTheFolder(t *testing.T) {
	_, journal := endedMeeting(t)
	out := filepath.Join(t.TempDir(), "new", "minutes")
	if _, stderr, code := gyda(t, t.TempDir(), "", "minutes", journal, "--format", "md,csv", "--out", out); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, name := range []string{"minutes.md", "attendance.csv"} {
		if _, err := os.Stat(filepath.Join(out, name)); err != nil {
			t.Error(err)
		}
	}
}

// TestChangedJournalHeaderIsRefused: the journal's first line holds the
// meeting's rules and roster. Lowering the quorum there by hand (5 to 1)
// used to resume silently with "needs 1"; now gyda refuses, naming the
// journal and line 1, and changes nothing.
func TestChangedJournalHeaderIsRefused(t *testing.T) {
	group := sampleGroup(t)
	if out, errs, code := gyda(t, group, "arrive sian\n", "run", "--plain", "--clock", "sim"); code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, out, errs)
	}
	paths, _ := filepath.Glob(filepath.Join(group, "meetings", "*", "journal.jsonl"))
	if len(paths) != 1 {
		t.Fatalf("journals %v", paths)
	}
	data := readFile(t, paths[0])
	changed := strings.Replace(data, `"min_present":6`, `"min_present":1`, 1)
	if changed == data {
		t.Fatalf("no quorum in the header: %.300s", data)
	}
	writeFile(t, paths[0], changed)
	_, stderr, code := gyda(t, group, "quorum\n", "run", "--plain", "--clock", "sim")
	if code == 0 || !strings.Contains(stderr, "journal.jsonl line 1: the header's checksum does not match") {
		t.Fatalf("exit %d, stderr %s", code, stderr)
	}
	if readFile(t, paths[0]) != changed {
		t.Error("the journal was changed")
	}
}
