package main

import (
	"archive/zip"
	"bytes"
	"html"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A meeting put right as it went, typed through --plain: a name asked
// about, a wrong arrival undone, a visitor, a declaration without its item
// refused with the line to type, a note struck, a decision corrected, UK
// dates (and one without a year, asked about), the next meeting as a due
// date, a break item, a red card that ends a turn.
const putRightMeeting = `arrive sian
arrive dafydd
arrive jon
arrive jones
arrive rhys remote
arrive aled
arrive claire
arrive tom
undo
visitor Dr Anita Patel, NHS England
chair sian
minutes dafydd
next
declare claire: her team runs the transport scheme
declare claire item 6: her team runs the transport scheme
next
note The minutes of the last meeting were agreed.
next
note The ICB said DToC is falling.
note Mair talked about the wrong family.
strike note 3: recorded about the wrong family
decide Ask the RPB for weekend respite funding.
correct decision 1: Ask the RPB to fund weekend respite.
action aled by 31/01/2027: share the survey with CAMHS
action mair by 31 Jan: ring the bus company
action mair by 28 Feb 2027: ring the bus company
action claire by next meeting: book the hearing loop
wait 20m
next
wait 10m
resume
next
hand mair
speak
wait 2m
card dafydd red
resume
decide Invite the bus company to the next meeting.
leave anita
end
end
`

func TestPutRightThroughPlain(t *testing.T) {
	group := sampleGroup(t)
	agenda := filepath.Join(group, "agendas", "next.toml")
	writeFile(t, agenda, strings.Replace(readFile(t, agenda), "[[item]]\ntitle = \"Transport to hospital appointments\"",
		"[[item]]\ntitle = \"Break\"\nminutes = 10\n\n[[item]]\ntitle = \"Transport to hospital appointments\"", 1))
	out, errs, code := gyda(t, group, putRightMeeting, "run", "--plain", "--clock", "sim")
	if code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, out, errs)
	}
	// Every line the chair reads, in order, where it matters.
	wantInOrder(t, out, []string{
		`error: arrive: no one called "jon" in the roster; did you mean Mair Jones or John Williams?`,
		"Mair Jones arrived (person using services, in the room).",
		"Tom Hughes arrived (staff, in the room).",
		"Undone: Tom Hughes arriving at 10:00.",
		"Quorum: 6 present: 4 lived experience, 2 staff (1 remote); balanced; quorate (needs 6, and 2 lived experience).",
		"Visitor Dr Anita Patel (NHS England) arrived (in the room): not counted for quorum or balance. They leave with: leave anita",
		"Quorum: 6 present: 4 lived experience, 2 staff (1 remote), and 1 visitor not counted; balanced; quorate",
		"error: which item is Claire Thomas's interest in? Give its number, so they take no part in that item's decisions: " +
			"declare claire item N: her team runs the transport scheme (the items are 1 Welcome, apologies and quorum;",
		"Declaration of interest from Claire Thomas: her team runs the transport scheme",
		"Note 2 added to item 4.",
		`hint: plain English: "ICB" is not in the glossary: spell it out; "DToC" is not in the glossary: spell it out`,
		"Note 3 is struck out of the minutes (recorded about the wrong family). The journal keeps it; undo brings it back.",
		"Decision 1 recorded: Ask the RPB for weekend respite funding.",
		"Decision 1 now reads: Ask the RPB to fund weekend respite.",
		"Action 1: Aled Price, by 31 January 2027: share the survey with CAMHS",
		`error: "31 Jan" has no year; did you mean 31 January 2027? type: action mair by 31/01/2027: ring the bus company`,
		"Action 2: Mair Jones, by 28 February 2027: ring the bus company",
		"Action 3: Claire Thomas, by 14 January 2027: book the hearing loop",
		"Item 5 of 8: Break (10 minutes).",
		"Break started at 10:20 for 10m: back at 10:30.",
		"RED CARD from Dafydd ap Gwilym: stop: a question, or not OK. Mair Jones's turn has ended (2m). The meeting is paused; type resume to go on.",
		"Decision 2 recorded as PROVISIONAL (1 more person needed for quorum): Invite the bus company to the next meeting.",
		"Not taking part (declared an interest): Claire Thomas.",
		"Dr Anita Patel left.",
		"Items not reached (2 of 8): 7. The RPB annual report, 8. Any other business.",
		"Type end again to end the meeting now, with these left as they are; or carry on.",
		"Meeting ended at 10:32.",
		"Minutes written: ",
	})

	journal, _ := filepath.Glob(filepath.Join(group, "meetings", "*", journalName))
	if len(journal) != 1 {
		t.Fatalf("journals %v", journal)
	}
	dir := filepath.Dir(journal[0])
	if _, errs, code := gyda(t, group, "", "minutes", journal[0], "--format", "all"); code != 0 {
		t.Fatalf("gyda minutes: %s", errs)
	}
	// The journal keeps every version; the minutes only the final one.
	raw := readFile(t, journal[0])
	for _, kept := range []string{"Ask the RPB for weekend respite funding.", "Mair talked about the wrong family.", `"type":"undone"`} {
		if !strings.Contains(raw, kept) {
			t.Errorf("the journal lost %q", kept)
		}
	}

	md := readFile(t, filepath.Join(dir, "minutes.md"))
	wantInOrder(t, md, []string{
		"| Siân Davies | person using services | in person | 10:00 | at the end |",
		"| Mair Jones | person using services | in person | 10:00 | at the end |",
		"| Claire Thomas | staff, Neath Port Talbot Council | in person | 10:00 | at the end |",
		"| Dr Anita Patel | visitor, NHS England | in person | 10:00 | 10:32 |",
		"At its fullest, 6 present: 4 lived experience, 2 staff (1 remote). Balanced and quorate (needs 6, and 2 lived experience).",
		"- Claire Thomas (item 6, Transport to hospital appointments): her team runs the transport scheme",
		"## 4. Carers' respite survey: what carers told us",
		"- The ICB said DToC is falling.",
		"**Decision 1**: Ask the Regional Partnership Board (RPB) to fund weekend respite.",
		"Taken at 10:00. 6 present: 4 lived experience, 2 staff (1 remote); 1 visitor not counted. Balanced and quorate (needs 6, and 2 lived experience).",
		"**Action 1**: Aled Price will share the survey with CAMHS, by Sunday 31 January 2027.",
		"**Action 2**: Mair Jones will ring the bus company, by Sunday 28 February 2027.",
		"**Action 3**: Claire Thomas will book the hearing loop, by Thursday 14 January 2027.",
		"## 5. Break\n\n*10 minutes planned; the break was from 10:20 to 10:30.*",
		"Dafydd ap Gwilym showed a red card at 10:32",
		"**Decision 2 (provisional)**: Invite the bus company to the next meeting.",
		"Not taking part, having declared an interest: Claire Thomas.",
		"## Short words used",
		"- RPB: Regional Partnership Board",
		"- ICB: not in the group's glossary yet. It stands for:",
		"- DToC: not in the group's glossary yet. It stands for:",
		"- CAMHS: not in the group's glossary yet. It stands for:",
	})

	// Every format: what was struck, replaced or undone is in none of them;
	// the visitor is in each that lists people.
	gone := []string{"wrong family", "for weekend respite funding", "Tom Hughes"}
	for _, name := range []string{"minutes.md", "easyread.md", "minutes.txt", "minutes.html", "minutes-large-print.html",
		"minutes.docx", "minutes-large-print.docx", "minutes.ics", "attendance.csv", "actions.csv", "credits.csv"} {
		text := strings.Join(strings.Fields(fileText(t, filepath.Join(dir, name))), " ")
		for _, g := range gone {
			if strings.Contains(text, g) {
				t.Errorf("%s has %q", name, g)
			}
		}
		var want []string
		switch name {
		case "minutes.txt", "minutes.html", "minutes-large-print.html", "minutes.docx", "minutes-large-print.docx":
			want = []string{"Dr Anita Patel", "visitor, NHS England", "to fund weekend respite", "ICB", "not in the group's glossary yet"}
		case "attendance.csv":
			want = []string{"Dr Anita Patel,visitor,NHS England,in person,10:00,10:32"}
		case "actions.csv":
			want = []string{"share the survey with CAMHS,2027-01-31", "ring the bus company,2027-02-28", "book the hearing loop,2027-01-14"}
		case "minutes.ics":
			want = []string{"DTSTART;VALUE=DATE:20270131", "DTSTART;VALUE=DATE:20270228", "DTSTART;VALUE=DATE:20270114"}
		case "easyread.md":
			want = []string{"to fund weekend respite.", "Short words used"}
		}
		for _, w := range want {
			if !strings.Contains(text, w) {
				t.Errorf("%s lacks %q", name, w)
			}
		}
	}
}

// gyda check passes gyda's own minutes, easy read and audit: the words
// gyda writes are plain English (what people type is theirs to check).
func TestCheckPassesGydasOwnWriting(t *testing.T) {
	group := sampleGroup(t)
	out, errs, code := gyda(t, group, wholeMeeting, "run", "--plain", "--clock", "sim")
	if code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, out, errs)
	}
	journal, _ := filepath.Glob(filepath.Join(group, "meetings", "*", journalName))
	if _, errs, code := gyda(t, group, "", "minutes", journal[0], "--format", "md,txt"); code != 0 {
		t.Fatal(errs)
	}
	if _, errs, code := gyda(t, group, "", "audit"); code != 0 {
		t.Fatal(errs)
	}
	dir := filepath.Dir(journal[0])
	for _, f := range []string{filepath.Join(dir, "minutes.md"), filepath.Join(dir, "easyread.md"), filepath.Join(dir, "minutes.txt"),
		filepath.Join(group, "audit", "audit.md")} {
		out, errs, code := gyda(t, group, "", "check", f)
		if code != 0 {
			t.Errorf("gyda check %s: exit %d\n%s%s", filepath.Base(f), code, out, errs)
		}
	}
}

// wantInOrder fails unless text has each of want, in that order.
func wantInOrder(t *testing.T, text string, want []string) {
	t.Helper()
	at := 0
	for _, w := range want {
		i := strings.Index(text[at:], w)
		if i < 0 {
			if strings.Contains(text, w) {
				t.Errorf("%q is out of order", w)
			} else {
				t.Errorf("lacks %q", w)
			}
			continue
		}
		at += i + len(w)
	}
	if t.Failed() {
		t.Logf("the text:\n%s", text)
	}
}

// fileText is a file's text, a Word file's parts unzipped.
func fileText(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if strings.HasSuffix(path, ".html") {
		return html.UnescapeString(string(data))
	}
	if !strings.HasSuffix(path, ".docx") {
		return string(data)
	}
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, f := range z.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(rc)
		rc.Close()
		b.Write(body)
	}
	// Words in a Word file are runs of XML: keep the text.
	return stripXML(b.String())
}

func stripXML(s string) string {
	var b strings.Builder
	in := false
	for _, r := range s {
		switch {
		case r == '<':
			in = true
		case r == '>':
			in = false
		case !in:
			b.WriteRune(r)
		}
	}
	return html.UnescapeString(b.String())
}

// TestForgivingScreenInTmux drives the real gyda at 80x24 in tmux as a
// first-time chair would: words typed in bursts (as tmux sends them),
// a name asked about, undo asking first, a visitor, a note corrected from
// the record, a declaration asked for its item, ctrl+c, the message log,
// and the end listing what is left before it asks.
func TestForgivingScreenInTmux(t *testing.T) {
	group := sampleGroup(t)
	x := startTmux(t, "forgive", group, 80, 24)
	x.waitFor("Before we start", "enter to the meeting")
	for _, line := range []string{"arrive sian", "arrive dafydd", "arrive mair", "arrive rhys remote", "arrive aled", "arrive claire", "chair sian", "minutes dafydd"} {
		x.command(line)
	}
	x.waitFor("Dafydd ap Gwilym is now the minute-taker.")
	x.key("Enter")
	x.waitFor("Speaking queue", "h hand", "t note", "d decide", "a action", "b break", "e end", "? help")

	// "willi" only starts John Williams's surname: asked, not taken.
	x.command("arrive willi")
	x.waitFor("Did you mean John Williams?", "yes: arrive john")
	x.typeText("y")
	x.waitFor("John Williams arrived")

	// A wrong arrival, taken back: undo names it and asks.
	x.command("arrive tom")
	x.waitFor("Tom Hughes arrived")
	x.typeText("u")
	x.waitFor("Take back Tom Hughes arriving at 10:00?")
	x.typeText("y")
	x.waitFor("Undone: Tom Hughes arriving at 10:00.")

	// Words that name keys, typed in one go, are text.
	x.typeText("t")
	x.waitFor(": note")
	x.typeText("we are left waiting outside, press enter or tab to end")
	x.key("Enter")
	x.waitFor("Note 1", "we are left waiting outside, press enter or tab to end")

	// A visitor.
	x.typeText("v")
	x.waitFor(": visitor")
	x.typeText("Dr Anita Patel, NHS England")
	x.key("Enter")
	x.waitFor("Visitor Dr Anita Patel (NHS England) arrived")

	// The note corrected, picked from the record.
	x.typeText("x")
	x.waitFor("Which entry?", "Item 1 · Note 1")
	x.key("Enter")
	x.waitFor(": correct note 1: we are left waiting outside")
	x.key("C-u")
	x.typeText("correct note 1: we were left waiting outside")
	x.key("Enter")
	x.waitFor("we were left waiting outside (corrected)")

	// A declaration without its item: which item?
	x.command("declare aled: manages the respite service")
	x.waitFor("Which item is Aled Price's interest in?", "4. Carers' respite survey")
	x.typeText("4")
	x.key("Enter")
	x.waitFor("Declaration of interest from Aled Price")

	// ctrl+c asks; the message log keeps what was said.
	x.key("C-c")
	x.waitFor("Leave gyda? The meeting has not ended.")
	x.typeText("n")
	x.typeText("m")
	x.waitFor("Messages, newest last", "Undone: Tom Hughes arriving at 10:00.")
	x.typeText("m") // closes it (esc then a key at once would read as alt and the key)
	x.waitFor("Speaking queue")

	// The end says what is left before it asks.
	x.typeText("e")
	x.waitFor("Closing reflection")
	x.key("Enter")
	x.waitFor("Items not reached (6 of 7)", "End the meeting now, with these left")
	x.typeText("y")
	x.waitFor("Minutes written:", "Press q or enter to leave gyda.")
	x.typeText("q")
	x.waitFor("gyda-exit-0")
	found, _ := filepath.Glob(filepath.Join(group, "meetings", "*", "minutes.md"))
	if len(found) != 1 {
		t.Fatalf("minutes %v", found)
	}
	md := readFile(t, found[0])
	for _, want := range []string{"- we were left waiting outside", "| Dr Anita Patel | visitor, NHS England |", "| John Williams | carer |",
		"- Aled Price (item 4, Carers' respite survey: what carers told us): manages the respite service"} {
		if !strings.Contains(md, want) {
			t.Errorf("the minutes lack %q:\n%s", want, md)
		}
	}
	if strings.Contains(md, "Tom Hughes") || strings.Contains(md, "we are left") {
		t.Errorf("the minutes have what was undone or corrected:\n%s", md)
	}
}
