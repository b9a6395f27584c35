package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gyda/gyda/meeting/plain"
)

// checkTestFile writes text to name in dir and returns its path.
func checkTestFile(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestCheckFindsProblems(t *testing.T) {
	dir := t.TempDir()
	p := checkTestFile(t, dir, "minutes.md", "# Minutes\n\nThe RPB will facilitate it.\nIt was agreed.\n")
	var stdout, stderr bytes.Buffer
	if code := runCheck([]string{p}, &stdout, &stderr); code != 1 {
		t.Fatalf("exit %d, want 1; stderr %q", code, stderr.String())
	}
	want := p + `:3:5: acronym: "RPB" is not spelt out the first time it is used; write "Regional Partnership Board (RPB)" -> Regional Partnership Board
` + p + `:3:14: avoid: "facilitate" is a word to avoid -> help
` + p + `:4:4: passive: "was agreed" may be passive: say who does it
`
	if stdout.String() != want {
		t.Errorf("stdout:\n%s\nwant:\n%s", stdout.String(), want)
	}
	if !strings.Contains(stderr.String(), "2 problems in 1 file (and 1 hint)") {
		t.Errorf("stderr %q", stderr.String())
	}
}

// The passive voice is a hint: shown, but the check still passes.
func TestCheckHintsAloneExitZero(t *testing.T) {
	dir := t.TempDir()
	p := checkTestFile(t, dir, "minutes.md", "# Minutes\n\nIt was agreed.\n")
	var stdout, stderr bytes.Buffer
	if code := runCheck([]string{p}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d, want 0; stderr %q", code, stderr.String())
	}
	if !strings.Contains(stdout.String(), "passive") || !strings.Contains(stderr.String(), "no problems found in 1 file (and 1 hint)") {
		t.Errorf("stdout %q stderr %q", stdout.String(), stderr.String())
	}
}

func TestCheckCleanFile(t *testing.T) {
	dir := t.TempDir()
	a := checkTestFile(t, dir, "a.md", "We agreed to meet every month.\n")
	b := checkTestFile(t, dir, "b.txt", "The Regional Partnership Board (RPB) met in Neath.\n")
	var stdout, stderr bytes.Buffer
	if code := runCheck([]string{a, b}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d, want 0; stdout %q stderr %q", code, stdout.String(), stderr.String())
	}
	if stdout.Len() != 0 || !strings.Contains(stderr.String(), "no problems found in 2 files") {
		t.Errorf("stdout %q stderr %q", stdout.String(), stderr.String())
	}
}

func TestCheckUnreadableFiles(t *testing.T) {
	dir := t.TempDir()
	good := checkTestFile(t, dir, "good.md", "We will tackle it.\n")
	missing := filepath.Join(dir, "missing.md")
	var stdout, stderr bytes.Buffer
	code := runCheck([]string{missing, good, dir}, &stdout, &stderr)
	if code != 2 {
		t.Fatalf("exit %d, want 2", code)
	}
	if !strings.Contains(stderr.String(), "gyda check: cannot read "+missing+": no such file or directory") ||
		!strings.Contains(stderr.String(), "gyda check: cannot read "+dir+":") {
		t.Errorf("stderr %q", stderr.String())
	}
	if !strings.HasPrefix(stdout.String(), good+":1:9: avoid:") {
		t.Errorf("the readable file should still be checked: stdout %q", stdout.String())
	}
}

func TestCheckUsage(t *testing.T) {
	tests := []struct {
		args []string
		code int
		err  string
	}{
		{nil, 2, "name at least one file"},
		{[]string{"--glossary", "x"}, 2, "flag provided but not defined"},
		{[]string{"-h"}, 0, "usage: gyda check FILE..."},
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		if code := runCheck(tt.args, &stdout, &stderr); code != tt.code || !strings.Contains(stderr.String(), tt.err) {
			t.Errorf("runCheck(%q) = %d, stderr %q; want %d and %q", tt.args, code, stderr.String(), tt.code, tt.err)
		}
		if stdout.Len() != 0 {
			t.Errorf("runCheck(%q) wrote to stdout: %q", tt.args, stdout.String())
		}
	}
}

func TestCheckFileNamedLikeAFlag(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	checkTestFile(t, dir, "-notes.md", "Fine words.\n")
	var stdout, stderr bytes.Buffer
	if code := runCheck([]string{"--", "-notes.md"}, &stdout, &stderr); code != 0 {
		t.Errorf("exit %d; stderr %q", code, stderr.String())
	}
}

func TestCheckFilesWithAGroupsChecker(t *testing.T) {
	dir := t.TempDir()
	p := checkTestFile(t, dir, "m.md", "The CAMHS team will synergise.\n")
	c := plain.NewChecker(map[string]string{"CAMHS": "Child and Adolescent Mental Health Services"}, map[string]string{"synergise": "work together"})
	var stdout bytes.Buffer
	n, _, err := checkFiles([]string{p}, c, &stdout)
	if err != nil || n != 2 {
		t.Fatalf("n %d err %v; stdout %q", n, err, stdout.String())
	}
	if !strings.Contains(stdout.String(), p+`:1:5: acronym: "CAMHS" is not spelt out`) ||
		!strings.Contains(stdout.String(), p+`:1:21: avoid: "synergise" is a word to avoid -> work together`) {
		t.Errorf("stdout %q", stdout.String())
	}
}

func TestCheckThroughRun(t *testing.T) {
	dir := t.TempDir()
	p := checkTestFile(t, dir, "m.md", "The XYZ met.\n")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"check", p}, strings.NewReader(""), &stdout, &stderr); code != 1 {
		t.Errorf("exit %d; stderr %q", code, stderr.String())
	}
	if !strings.Contains(stdout.String(), `"XYZ" is not in the group's glossary`) {
		t.Errorf("stdout %q", stdout.String())
	}
}
