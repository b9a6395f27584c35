package main

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gyda/gyda/config"
)

// answers joins lines typed at the accessible prompts.
func answers(lines ...string) string { return strings.Join(lines, "\n") + "\n" }

func TestInitWithoutATerminalWritesDefaults(t *testing.T) {
	dir := t.TempDir()
	out, errs, code := gyda(t, dir, "", "init", "westglam")
	if code != 0 {
		t.Fatalf("exit %d: %s%s", code, out, errs)
	}
	for _, want := range []string{
		"No terminal to ask on, so writing the defaults",
		"Made a group folder for Co-production Group in westglam:",
		"westglam/group.toml: the rules: a quorum of 6, with at least 2 people who use services or carers; a break of 10 minutes every hour; minutes as md, in English.",
		"westglam/group.toml also lists 8 acronyms the minutes spell out (ATB, CTB, CYP, ITB, RPB, T&F, UNCRC, WGRP): add your own there.",
		"westglam/roster.toml: the people, none yet. Add them with: gyda people --group westglam",
		"westglam/agendas/next.toml: a first agenda with the standing items",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	folder, err := config.LoadFolder(filepath.Join(dir, "westglam"))
	if err != nil {
		t.Fatal(err)
	}
	def := config.DefaultGroup()
	if folder.Group.Quorum != def.Quorum || folder.Group.Breaks != def.Breaks || folder.Roster.Len() != 0 {
		t.Errorf("group %+v", folder.Group)
	}
	// A new group knows the region's acronyms, as gyda check does outside
	// any group: the minutes spell them out.
	if got := folder.Group.Glossary["RPB"]; got != "Regional Partnership Board" {
		t.Errorf("glossary RPB = %q, want the region's meaning", got)
	}
	// The first agenda runs as it is.
	if _, err := config.LoadAgenda(filepath.Join(dir, "westglam", "agendas", "next.toml"), folder.Roster); err != nil {
		t.Fatal(err)
	}

	// A second init changes nothing, and says so.
	before := readFile(t, filepath.Join(dir, "westglam", "group.toml"))
	_, errs, code = gyda(t, dir, "", "init", "westglam", "--name", "Other")
	if code != 1 || !strings.Contains(errs, "is a group folder already") {
		t.Errorf("exit %d: %s", code, errs)
	}
	if after := readFile(t, filepath.Join(dir, "westglam", "group.toml")); after != before {
		t.Error("a second init changed group.toml")
	}
}

func TestInitWithFlags(t *testing.T) {
	dir := t.TempDir()
	out, errs, code := gyda(t, dir, "", "init", "--name", "Grŵp Cydgynhyrchu", "--min-present", "8", "--min-lived", "4",
		"--remote-counts", "no", "--break-every", "90m", "--break-length", "15m", "--formats", "md,docx", "--language", "en+cy")
	if code != 0 {
		t.Fatalf("exit %d: %s%s", code, out, errs)
	}
	g, err := config.LoadGroup(filepath.Join(dir, "group.toml"))
	if err != nil {
		t.Fatal(err)
	}
	want := config.Quorum{MinPresent: 8, MinLivedExperience: 4, RemoteCounts: false}
	if g.Name != "Grŵp Cydgynhyrchu" || g.Quorum != want || g.Breaks.Every.Duration != 90*time.Minute || g.Breaks.Length.Duration != 15*time.Minute ||
		strings.Join(g.Minutes.Formats, ",") != "md,docx" || g.Minutes.Language != "en+cy" {
		t.Errorf("group %+v", g)
	}
	if !strings.Contains(out, "Add them with: gyda people\n") {
		t.Errorf("in the current folder, no --group is needed:\n%s", out)
	}
}

func TestInitAccessibleFromStandardInput(t *testing.T) {
	dir := t.TempDir()
	in := answers("West Glamorgan Co-production Group", "5", "2", "", "", "", "4", "0", "")
	out, errs, code := gyda(t, dir, in, "init", "--accessible", "g")
	if code != 0 {
		t.Fatalf("exit %d: %s%s", code, out, errs)
	}
	if !strings.Contains(out, "What is the group called?") || strings.Contains(out, "\x1b") {
		t.Errorf("the prompts are not plain:\n%q", out)
	}
	g, err := config.LoadGroup(filepath.Join(dir, "g", "group.toml"))
	if err != nil {
		t.Fatal(err)
	}
	if g.Name != "West Glamorgan Co-production Group" || g.Quorum.MinPresent != 5 || strings.Join(g.Minutes.Formats, ",") != "md,docx" {
		t.Errorf("group %+v", g)
	}
}

func TestInitUsage(t *testing.T) {
	for _, args := range [][]string{{"init", "a", "b"}, {"init", "--min-present", "0"}, {"init", "--formats", "pdf"}, {"init", "--language", "fr"},
		{"init", "--remote-counts", "maybe"}, {"init", "--min-present", "2", "--min-lived", "3"}} {
		_, errs, code := gyda(t, t.TempDir(), "", args...)
		if code != 2 {
			t.Errorf("gyda %v: exit %d (%s); want 2", args, code, errs)
		}
	}
}

// newGroup makes a group folder with gyda init, and returns it.
func newGroup(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if out, errs, code := gyda(t, dir, "", "init", "--name", "Test Group", "--min-present", "3", "--min-lived", "1"); code != 0 {
		t.Fatalf("init: exit %d: %s%s", code, out, errs)
	}
	return dir
}

// addThree adds three people through gyda people's accessible prompts.
const addThree = "1\nSiân Davies\n1\n\n1\n0\n2\n1\n0\n\n\n" +
	"1\nDafydd ap Gwilym\n2\n\n2\n0\n\n0\n\n\n" +
	"1\nAled Price\n3\nSwansea Bay UHB\ny\n0\n\n0\n\n\n" +
	"4\n"

func TestPeopleFromStandardInput(t *testing.T) {
	group := newGroup(t)
	out, errs, code := gyda(t, group, addThree, "people")
	if code != 0 {
		t.Fatalf("exit %d: %s%s", code, out, errs)
	}
	for _, want := range []string{"No members yet.", "Added Siân Davies (typed in meetings as sian) to roster.toml.",
		"Added Dafydd ap Gwilym (typed in meetings as dafydd)", "Added Aled Price (typed in meetings as aled)"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	list, _, code := gyda(t, group, "", "people", "--list")
	want := "1. Siân Davies (person using services; trained as chair; first language Welsh (Cymraeg); large print), id sian\n" +
		"2. Dafydd ap Gwilym (carer; trained as minute-taker), id dafydd\n" +
		"3. Aled Price (staff, Swansea Bay UHB; decision authority), id aled\n"
	if code != 0 || list != want {
		t.Errorf("gyda people --list: exit %d\n%s\nwant:\n%s", code, list, want)
	}
	// The roster file keeps the note gyda init wrote at its top.
	if r := readFile(t, filepath.Join(group, "roster.toml")); !strings.HasPrefix(r, "# The group's people, one [[person]] table each.") {
		t.Errorf("roster.toml:\n%s", r)
	}
}

func TestPeopleNeedsAGroup(t *testing.T) {
	_, errs, code := gyda(t, t.TempDir(), "", "people")
	if code != 1 || !strings.Contains(errs, "gyda init") {
		t.Errorf("exit %d: %s", code, errs)
	}
	group := newGroup(t)
	writeFile(t, filepath.Join(group, "roster.toml"), "[[person]]\nname = \"A\"\nkind = \"volunteer\"\n")
	_, errs, code = gyda(t, group, "", "people", "--list")
	if code != 1 || !strings.Contains(errs, "roster.toml:3: person[1].kind") {
		t.Errorf("exit %d: %s", code, errs)
	}
}

func TestAgendaNewFromStandardInput(t *testing.T) {
	group := newGroup(t)
	gyda(t, group, addThree, "people")
	in := answers("", "2027-02-04", "10:00", "12:00", "Neath Civic Centre", "y",
		"1", "Carers' respite survey", "40", "4", "4", "n", // led by Aled (No one, Siân, Dafydd, Aled)
		"1", "Break", "10", "", "", "n",
		"5", "Survey results", "2027-01-20", "1", "3", "0",
		"")
	out, errs, code := gyda(t, group, in, "agenda", "new")
	if code != 0 {
		t.Fatalf("exit %d: %s%s", code, out, errs)
	}
	if !strings.Contains(out, "Wrote agendas/next.toml: the agenda for Thursday 4 February 2027.") {
		t.Errorf("output:\n%s", out)
	}
	folder, err := config.LoadFolder(group)
	if err != nil {
		t.Fatal(err)
	}
	ag, err := config.LoadAgendaIn(filepath.Join(group, "agendas", "next.toml"), folder.Roster, folder.Group.Location())
	if err != nil {
		t.Fatal(err)
	}
	if ag.Place != "Neath Civic Centre" || len(ag.Items) != 7 || ag.Items[3].Lead != "aled" || len(ag.Papers) != 1 {
		t.Errorf("agenda %+v", ag)
	}
	// The template init wrote was kept under its date.
	kept, _ := filepath.Glob(filepath.Join(group, "agendas", "20*.toml"))
	if len(kept) != 1 {
		t.Errorf("kept agendas %v", kept)
	}
	// Papers out in good time and in the versions people need: nothing to find.
	out, errs, code = gyda(t, group, "", "agenda", "check", "agendas/next.toml")
	if code != 0 || out != "" {
		t.Errorf("agenda check: exit %d\n%s%s", code, out, errs)
	}
	if !strings.Contains(errs, "Papers in large print for: Siân Davies.") || !strings.Contains(errs, "nothing found") {
		t.Errorf("stderr:\n%s", errs)
	}
}

func TestAgendaCheck(t *testing.T) {
	group := sampleGroup(t)
	path := filepath.Join(group, "agendas", "next.toml")
	src := readFile(t, path)
	src = strings.Replace(src, `title = "Transport to hospital appointments"`, `title = "How we will facilitate transport going forward"`, 1)
	src = strings.Replace(src, "online = true\n", "online = true\nend = 11:30:00\n", 1)
	src += "\n[[paper]]\ntitle = \"Transport report\"\nsent = 2026-12-01\nformats = [\"large-print\"]\n"
	writeFile(t, path, src)

	out, errs, code := gyda(t, group, "", "agenda", "check", "agendas/next.toml")
	if code != 1 {
		t.Fatalf("exit %d, want 1\n%s%s", code, out, errs)
	}
	for _, want := range []string{
		"agendas/next.toml:5: end: the items add up to 1 hour 40 minutes, but the meeting has 1 hour 30 minutes (10:00 to 11:30); take 10 minutes off the items or end later",
		`agendas/next.toml:8: item: no break is planned in a meeting of 1 hour 30 minutes`,
		`agendas/next.toml:31: item[5].title: avoid: "facilitate" is a word to avoid -> help`,
		`agendas/next.toml:31: item[5].title: avoid: "going forward" is a word to avoid -> in future`,
		`agendas/next.toml:37: item[6].title: acronym: "RPB" is not spelt out the first time it is used`,
		`agendas/next.toml:49: paper[1].sent: "Transport report" goes out on Tuesday 1 December, 2 days before the meeting`,
		`agendas/next.toml:50: paper[1].formats: "Transport report" has no easy read version; Mair Jones needs easy read`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if t.Failed() {
		t.Logf("output:\n%s", out)
	}
	if i, j := strings.Index(out, "next.toml:37:"), strings.Index(out, "next.toml:49:"); i < 0 || j < i {
		t.Error("findings are not in the order of the file")
	}
	if !strings.Contains(errs, "gyda: agenda check: ") || !strings.Contains(errs, "findings in agendas/next.toml") {
		t.Errorf("stderr: %s", errs)
	}

	// A file with errors shows them as file:line: key: message, exit 1.
	writeFile(t, path, "title = \"x\"\nstart = 2026-12-03T10:00:00\n[[item]]\ntitle = \"a\"\nminutes = 0\n")
	out, _, code = gyda(t, group, "", "agenda", "check", path)
	if code != 1 || !strings.Contains(out, "next.toml:5: item[1].minutes: must be a whole number of minutes, 1 or more (got 0)") {
		t.Errorf("exit %d:\n%s", code, out)
	}

	for _, args := range [][]string{{"agenda"}, {"agenda", "old"}, {"agenda", "check"}, {"agenda", "new", "extra"}} {
		if _, errs, code := gyda(t, group, "", args...); code != 2 {
			t.Errorf("gyda %v: exit %d (%s), want 2", args, code, errs)
		}
	}
	if _, _, code := gyda(t, group, "", "agenda", "check", "no-such.toml"); code != 1 {
		t.Errorf("a missing file: exit %d, want 1", code)
	}
}

func TestHelpNamesTheSetupCommands(t *testing.T) {
	out, _, code := gyda(t, t.TempDir(), "", "help", "agenda")
	if code != 0 || !strings.Contains(out, "gyda agenda new [--group DIR]") || !strings.Contains(out, "gyda agenda check FILE") {
		t.Errorf("exit %d:\n%s", code, out)
	}
	out, _, _ = gyda(t, t.TempDir(), "", "help")
	for _, want := range []string{"gyda init [DIR]", "gyda people [--group DIR]"} {
		if !strings.Contains(out, want) {
			t.Errorf("help lacks %q", want)
		}
	}
}
