package main

import (
	"os"
	"path/filepath"
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
