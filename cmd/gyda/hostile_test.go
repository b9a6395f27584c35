package main

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
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
	paths := []string{startedMeeting(t, group, "arrive sian\n")}
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

// hostileJSON are names with each family of characters that could take
// over a terminal or hide what text says, as JSON string bodies.
var hostileJSON = map[string]string{
	"OSC 52 clipboard write": `Si\u001b]52;c;ZWNobyBwd25lZA==\u0007an`,
	"OSC 8 link":             `\u001b]8;;https://example.invalid\u001b\\Sian\u001b]8;;\u001b\\`,
	"C1 CSI":                 `Sian\u009b2J`,
	"right-to-left override": `Sian \u202egnp.exe`,
	"tag characters":         `Sian\udb40\udc41\udb40\udc42`,
	"CSV formula after ESC":  `\u001b=HYPERLINK(\"http://x\")`,
}

// startedMeeting runs the start of a meeting (input, with no end) and
// returns its journal.
func startedMeeting(t *testing.T, group, input string) string {
	t.Helper()
	if out, errs, code := gyda(t, group, input, "run", "--plain", "--clock", "sim"); code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, out, errs)
	}
	paths, _ := filepath.Glob(filepath.Join(group, "meetings", "*", "journal.jsonl"))
	if len(paths) != 1 {
		t.Fatalf("journals %v", paths)
	}
	return paths[0]
}

// olderJournal runs the start of a meeting (Siân arrives and takes the
// chair) and rewrites its journal as an older gyda would have written it
// (a version 1 header, with no checksum), with name, a JSON string body,
// as the chair's name. It returns the journal's path.
func olderJournal(t *testing.T, group, name string) string {
	t.Helper()
	paths := []string{startedMeeting(t, group, "arrive sian\narrive dafydd\nchair sian\n")}
	data := readFile(t, paths[0])
	older := regexp.MustCompile(`^\{"schema":"gyda.journal","version":2,"crc":[0-9]+,`).ReplaceAllString(data, `{"schema":"gyda.journal","version":1,`)
	older = strings.Replace(older, `"name":"Siân Davies"`, `"name":"`+name+`"`, 1)
	if older == data || !strings.Contains(older, name) {
		t.Fatalf("could not make the older journal: %.300s", data)
	}
	writeFile(t, paths[0], older)
	return paths[0]
}

// leaks reports the first hostile character in b, or "".
func leaks(b []byte) string {
	for _, bad := range []string{"\x1b", "\u009b", "\u202e", "\U000E0041", "\a"} {
		if bytes.Contains(b, []byte(bad)) {
			return fmt.Sprintf("%q", bad)
		}
	}
	return ""
}

// TestHostileNamesInAnOlderJournalNeverReachAnOutput: roster.toml refuses
// these names now, but a journal written by an older gyda (version 1
// header, no checksum) can still hold them. Each family is put in the
// chair's name there; the meeting is resumed and ended in --plain, then
// every output is searched for the raw bytes: the chair's plain output,
// every minutes file (the Word files unzipped), gyda credits and gyda
// rota.
func TestHostileNamesInAnOlderJournalNeverReachAnOutput(t *testing.T) {
	for family, name := range hostileJSON {
		t.Run(family, func(t *testing.T) {
			group := sampleGroup(t)
			journal := olderJournal(t, group, name)

			stdout, stderr, code := gyda(t, group, "quorum\nnote the chair spoke\ndecide we agree\nwait 30m\nend\n", "run", "--plain", "--clock", "sim")
			if code != 0 {
				t.Fatalf("resume: exit %d\n%s\n%s", code, stdout, stderr)
			}
			if l := leaks([]byte(stdout + stderr)); l != "" {
				t.Errorf("the chair's plain output holds %s:\n%s", l, stdout)
			}
			if !strings.Contains(stdout, "Sian") && !strings.Contains(stdout, "HYPERLINK") {
				t.Errorf("the chair's name is not shown at all:\n%s", stdout)
			}
			out := t.TempDir()
			if _, stderr, code := gyda(t, group, "", "minutes", journal, "--format", "all", "--out", out); code != 0 {
				t.Fatalf("minutes: exit %d: %s", code, stderr)
			}
			files, _ := os.ReadDir(out)
			if len(files) < 8 {
				t.Fatalf("minutes files %v", files)
			}
			for _, f := range files {
				for part, b := range outputParts(t, filepath.Join(out, f.Name())) {
					if l := leaks(b); l != "" {
						t.Errorf("%s holds %s", part, l)
					}
					if strings.HasSuffix(part, ".csv") && bytes.Contains(b, []byte(`,=HYPERLINK`)) {
						t.Errorf("%s has an unguarded formula", part)
					}
				}
			}
			for _, cmd := range []string{"credits", "rota"} {
				stdout, stderr, code := gyda(t, group, "", cmd)
				if code != 0 {
					t.Fatalf("%s: exit %d: %s", cmd, code, stderr)
				}
				if l := leaks([]byte(stdout + stderr)); l != "" {
					t.Errorf("gyda %s holds %s:\n%s", cmd, l, stdout)
				}
			}
		})
	}
}

// outputParts reads a written file; a Word file is unzipped into its
// parts.
func outputParts(t *testing.T, path string) map[string][]byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(path, ".docx") {
		return map[string][]byte{filepath.Base(path): data}
	}
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	parts := map[string][]byte{}
	for _, f := range z.File {
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(r)
		r.Close()
		if err != nil {
			t.Fatal(err)
		}
		parts[filepath.Base(path)+":"+f.Name] = b
	}
	return parts
}

// TestTwoRunsNeverOpenTwoMeetings starts two gyda run AGENDA together on
// a fresh group, 100 times (before the group lock, 17 pairs in 30 opened
// two meetings, both acknowledging commands). Each time there is one
// meeting, and any gyda that did not run it says who holds the group.
func TestTwoRunsNeverOpenTwoMeetings(t *testing.T) {
	pairs := 100
	if testing.Short() {
		pairs = 10
	}
	told := 0
	for i := range pairs {
		group := sampleGroup(t)
		type result struct {
			stderr string
			code   int
		}
		results := make(chan result, 2)
		for range 2 {
			go func() {
				cmd := exec.Command(gydaBin, "run", "agendas/next.toml", "--plain", "--clock", "sim")
				cmd.Dir = group
				cmd.Stdin = strings.NewReader("arrive sian\n")
				cmd.Env = append(os.Environ(), "NO_COLOR=1", "TZ=UTC")
				var errb bytes.Buffer
				cmd.Stderr = &errb
				err := cmd.Run()
				code := 0
				if ee, ok := err.(*exec.ExitError); ok {
					code = ee.ExitCode()
				}
				results <- result{errb.String(), code}
			}()
		}
		for range 2 {
			r := <-results
			if r.code == 0 {
				continue
			}
			switch {
			case strings.Contains(r.stderr, "is already running a meeting of the group") && strings.Contains(r.stderr, "(process "):
				told++
			case strings.Contains(r.stderr, "has not ended, so agendas/next.toml cannot start yet"):
			default:
				t.Errorf("pair %d: exit %d: %s", i+1, r.code, r.stderr)
			}
		}
		if paths, _ := filepath.Glob(filepath.Join(group, "meetings", "*", "journal.jsonl")); len(paths) != 1 {
			t.Fatalf("pair %d opened %d meetings: %v", i+1, len(paths), paths)
		}
	}
	t.Logf("%d pairs, one meeting each; %d times the second gyda was told who holds the group", pairs, told)
}

// TestHostileNameNeverReachesARemoteScreen: the chair's name in an older
// journal holds every family at once (OSC 52, OSC 8, C1 CSI, a bidi
// override, tag characters). The meeting is resumed with --share and a
// member joins with the real OpenSSH client: the bytes their terminal
// receives hold none of them, while the name's letters are shown.
func TestHostileNameNeverReachesARemoteScreen(t *testing.T) {
	needSSH(t)
	group := sampleGroup(t)
	key, pub := sshKey(t, t.TempDir(), "rhys")
	giveKey(t, group, "rhys", pub)
	const name = `Si\u001b]52;c;ZWNobyBwd25lZA==\u0007ANX \u001b]8;;https://example.invalid\u001b\\Dav\u001b]8;;\u001b\\ies\u009b2J \u202egnp \udb40\udc41`
	olderJournal(t, group, name)

	m := startShared(t, group)
	s := startSSH(t, m.port, key)
	s.out.waitFor(t, "Rhys's screen", "you: Rhys Evans")
	s.out.waitFor(t, "Rhys's screen", "SiANX Davies")
	raw := s.out.String()
	for _, bad := range []string{"\x1b]52", "\x1b]8;", "\u009b", "\u202e", "\U000E0041", "\a"} {
		if strings.Contains(raw, bad) {
			t.Errorf("the remote terminal received %q", bad)
		}
	}
	if l := leaks([]byte(m.out.String())); l != "" {
		t.Errorf("the chair's output holds %s", l)
	}
}
