package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// shortMeeting is a small meeting for the minutes command.
const shortMeeting = `arrive sian
arrive dafydd
arrive mair
arrive rhys remote
arrive aled
arrive claire
chair sian
minutes dafydd
note Diolch i bawb am ddod.
offrecord Mair's private news.
decide The RPB will be asked to fund weekend respite.
action aled by 2026-12-20: share the survey results
wait 30m
end
`

// endedMeeting runs shortMeeting through --plain and returns the journal.
func endedMeeting(t *testing.T) (group, journal string) {
	t.Helper()
	group = sampleGroup(t)
	if out, errs, code := gyda(t, group, shortMeeting, "run", "--plain", "--clock", "sim"); code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, out, errs)
	}
	paths, _ := filepath.Glob(filepath.Join(group, "meetings", "*", "journal.jsonl"))
	if len(paths) != 1 {
		t.Fatalf("journals %v", paths)
	}
	return group, paths[0]
}

func TestMinutesEveryFormat(t *testing.T) {
	_, journal := endedMeeting(t)
	out := t.TempDir()
	stdout, stderr, code := gyda(t, out, "", "minutes", journal, "--format", "all", "--out", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, name := range []string{"minutes.md", "easyread.md", "minutes.txt", "minutes.html", "minutes-large-print.html",
		"minutes.docx", "minutes-large-print.docx", "minutes.ics", "attendance.csv", "actions.csv", "credits.csv"} {
		path := filepath.Join(out, name)
		if !strings.Contains(stdout, "Minutes written: "+path+"\n") {
			t.Errorf("stdout does not name %s:\n%s", name, stdout)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(data, []byte("private news")) {
			t.Errorf("%s holds the off-the-record note", name)
		}
	}
	if md := readFile(t, filepath.Join(out, "minutes.md")); !strings.Contains(md, "**Decision 1**: The Regional Partnership Board (RPB) will be asked") {
		t.Errorf("minutes.md:\n%s", md)
	}
}

func TestMinutesInWelsh(t *testing.T) {
	_, journal := endedMeeting(t)
	out := t.TempDir()
	if _, stderr, code := gyda(t, out, "", "minutes", journal, "--format", "md,html", "--language", "cy", "--out", out); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	md := readFile(t, filepath.Join(out, "minutes.md"))
	for _, want := range []string{"## Pwy oedd yno", "**Penderfyniad 1**", "## Camau gweithredu", "- Diolch i bawb am ddod."} {
		if !strings.Contains(md, want) {
			t.Errorf("Welsh minutes lack %q", want)
		}
	}
	if html := readFile(t, filepath.Join(out, "minutes.html")); !strings.Contains(html, `<html lang="cy-GB">`) {
		t.Error("the Welsh HTML is not marked lang=cy-GB")
	}
}

func TestMinutesUsage(t *testing.T) {
	_, journal := endedMeeting(t)
	out := t.TempDir()
	for _, args := range [][]string{
		{"minutes", journal, "--format", "pdf", "--out", out},
		{"minutes", journal, "--format", "md,docs", "--out", out},
		{"minutes", journal, "--language", "fr", "--out", out},
		{"minutes", journal, journal},
	} {
		_, stderr, code := gyda(t, out, "", args...)
		if code != 2 {
			t.Errorf("gyda %v: exit %d (%s); want 2", args, code, stderr)
		}
	}
	if entries, _ := os.ReadDir(out); len(entries) != 0 {
		t.Errorf("a refused command wrote %d files", len(entries))
	}
}

func TestCheckUsesTheGroupsGlossary(t *testing.T) {
	group := t.TempDir()
	writeFile(t, filepath.Join(group, "group.toml"), `name = "Test group"
[glossary]
CAMHS = "Child and Adolescent Mental Health Services"
[plain.avoid]
synergise = "work together"
`)
	text := "The CAMHS team and the RPB will synergise.\n"
	p := checkTestFile(t, group, "m.md", text)

	// From the group folder, its group.toml is used.
	t.Chdir(group)
	var stdout, stderr bytes.Buffer
	if code := runCheck([]string{p}, &stdout, &stderr); code != 1 {
		t.Fatalf("exit %d; stderr %q", code, stderr.String())
	}
	for _, want := range []string{
		p + `:1:5: acronym: "CAMHS" is not spelt out the first time it is used; write "Child and Adolescent Mental Health Services (CAMHS)"`,
		p + `:1:24: acronym: "RPB" is not in the group's glossary`,
		p + `:1:33: avoid: "synergise" is a word to avoid -> work together`,
	} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("stdout lacks %q:\n%s", want, stdout.String())
		}
	}

	// From elsewhere, with --group.
	t.Chdir(t.TempDir())
	stdout.Reset()
	stderr.Reset()
	if code := runCheck([]string{"--group", group, p}, &stdout, &stderr); code != 1 || !strings.Contains(stdout.String(), "synergise") {
		t.Errorf("--group: exit %d, stdout %q, stderr %q", code, stdout.String(), stderr.String())
	}
	// Without a group folder: the sample group's glossary knows RPB.
	stdout.Reset()
	if code := runCheck([]string{p}, &stdout, &stderr); code != 1 || strings.Contains(stdout.String(), `"RPB" is not in`) {
		t.Errorf("no group: exit %d, stdout %q", code, stdout.String())
	}
}

func TestCheckGroupProblems(t *testing.T) {
	dir := t.TempDir()
	p := checkTestFile(t, dir, "m.md", "Fine words.\n")
	var stdout, stderr bytes.Buffer
	if code := runCheck([]string{"--group", dir, p}, &stdout, &stderr); code != 2 || !strings.Contains(stderr.String(), "group.toml") {
		t.Errorf("--group with no group.toml: exit %d, stderr %q", code, stderr.String())
	}
	writeFile(t, filepath.Join(dir, "group.toml"), "name = \"x\"\n[glossary]\nRPB = 3\n")
	stderr.Reset()
	if code := runCheck([]string{"--group", dir, p}, &stdout, &stderr); code != 2 || !strings.Contains(stderr.String(), "group.toml:3") {
		t.Errorf("a wrong group.toml: exit %d, stderr %q", code, stderr.String())
	}
}

func TestCheckWelshAndPlainTexts(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	welsh := checkTestFile(t, dir, "cy.md", "Diolch i bawb am ddod i'r cyfarfod heddiw. Mae'r grŵp wedi cytuno i ysgrifennu at y bwrdd iechyd.\n")
	plainText := checkTestFile(t, dir, "plain.md", "We met in Neath. We agreed to write to the health board.\n")
	jargon := checkTestFile(t, dir, "jargon.md", "Going forward, the ITB will leverage key learning to drive transformation.\n")
	var stdout, stderr bytes.Buffer
	if code := runCheck([]string{welsh, plainText}, &stdout, &stderr); code != 0 {
		t.Errorf("Welsh and plain English: exit %d, stdout %q", code, stdout.String())
	}
	stdout.Reset()
	if code := runCheck([]string{jargon}, &stdout, &stderr); code != 1 {
		t.Fatalf("jargon: exit %d", code)
	}
	for _, want := range []string{`"ITB" is not spelt out`, `"leverage"`, `"key"`, `"drive"`, `"going forward"`} {
		if !strings.Contains(strings.ToLower(stdout.String()), strings.ToLower(want)) {
			t.Errorf("jargon: stdout lacks %s:\n%s", want, stdout.String())
		}
	}
	for _, line := range strings.Split(strings.TrimSpace(stdout.String()), "\n") {
		if !strings.HasPrefix(line, jargon+":1:") {
			t.Errorf("not file:line: message: %q", line)
		}
	}
}
