package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gyda/gyda/meeting/journal"
)

// TestDiskFullCarriesOnElsewhere fills a small real file system under a
// meeting, then answers gyda's offer of another folder: nothing
// acknowledged is lost and the meeting ends normally in the new folder.
// It needs root to mount a small tmpfs; without it the test is skipped.
func TestDiskFullCarriesOnElsewhere(t *testing.T) {
	small := filepath.Join(t.TempDir(), "small")
	if err := os.Mkdir(small, 0o755); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=48k", "tmpfs", small).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a small file system here (%v: %s)", err, strings.TrimSpace(string(out)))
	}
	t.Cleanup(func() { exec.Command("umount", small).Run() })
	sample := sampleGroup(t)
	for _, f := range []string{"group.toml", "roster.toml", "agendas/next.toml"} {
		os.MkdirAll(filepath.Dir(filepath.Join(small, f)), 0o755)
		writeFile(t, filepath.Join(small, f), readFile(t, filepath.Join(sample, f)))
	}
	elsewhere := t.TempDir()
	var in strings.Builder
	in.WriteString("arrive sian\narrive aled\n")
	for i := 0; i < 400; i++ {
		fmt.Fprintf(&in, "note Note %d: %s\n", i, strings.Repeat("words ", 20))
	}
	// After the failure gyda offers another folder; a bad answer first.
	in.WriteString(filepath.Join(small, "no", "such") + "\n" + elsewhere + "\n")
	in.WriteString("decide Carry on elsewhere\nend\nend\n")
	out, errs, code := gyda(t, small, in.String(), "run", "--plain", "--clock", "sim")
	if code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, lastLines(out, 15), errs)
	}
	for _, want := range []string{"error: the meeting could not be saved", "To carry on in another folder", "The meeting carries on in", "Meeting resumed at"} {
		if !strings.Contains(out, want) {
			t.Fatalf("output lacks %q:\n%s", want, lastLines(out, 15))
		}
	}
	acked := strings.Count(out, " added to item ")
	paths, _ := filepath.Glob(filepath.Join(elsewhere, "*", journalName))
	if len(paths) != 1 {
		t.Fatalf("journals in the new folder: %v", paths)
	}
	_, recs, err := journal.Read(paths[0])
	if err != nil {
		t.Fatal(err)
	}
	events := decodeEvents(t, recs)
	if got := countType(events, "note"); got != acked {
		t.Fatalf("%d notes acknowledged but %d in the new journal", acked, got)
	}
	if countType(events, "decided") != 1 || countType(events, "ended") != 1 {
		t.Fatal("the meeting did not carry on and end in the new folder")
	}
	if md := readFile(t, filepath.Join(filepath.Dir(paths[0]), "minutes.md")); !strings.Contains(md, "Carry on elsewhere") {
		t.Fatal("minutes in the new folder lack the decision taken there")
	}
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}
