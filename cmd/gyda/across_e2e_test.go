package main

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/gyda/gyda/meeting"
	"github.com/gyda/gyda/meeting/history"
	"github.com/gyda/gyda/roster"
)

// Three meetings of the sample group, each from its own agenda and typed
// through --plain on the simulated clock, then gyda rota, gyda credits and
// gyda audit, checked against figures worked out by hand from the scripts
// (meeting/history/testdata/meetings; the history package's tests replay
// the same scripts).

var acrossStarts = []string{"2026-10-01T10:00:00Z", "2026-11-05T10:00:00Z", "2026-12-03T10:00:00Z"}

// threeMeetingsThroughPlain runs the three meetings in a fresh sample
// group and returns the group folder and each meeting's output.
func threeMeetingsThroughPlain(t *testing.T) (string, []string) {
	t.Helper()
	group := sampleGroup(t)
	groupToml := filepath.Join(group, "group.toml")
	writeFile(t, groupToml, readFile(t, groupToml)+"\n[attendance]\nflag_after = 2\n")
	next := readFile(t, filepath.Join(group, "agendas", "next.toml"))
	var outs []string
	for i, start := range acrossStarts {
		n := string(rune('1' + i))
		if !strings.Contains(next, "start = 2026-12-03T10:00:00Z") {
			t.Fatal("the sample agenda's start has changed; update this test")
		}
		agenda := filepath.Join("agendas", "meeting-"+n+".toml")
		writeFile(t, filepath.Join(group, agenda), strings.Replace(next, "start = 2026-12-03T10:00:00Z", "start = "+start, 1))
		// A second end: the first only lists the items not reached when
		// a meeting ends early, and asks.
		script := readFile(t, filepath.Join("..", "..", "meeting", "history", "testdata", "meetings", n+".txt")) + "end\n"
		out, errs, code := gyda(t, group, script, "run", agenda, "--plain", "--clock", "sim")
		if code != 0 {
			t.Fatalf("meeting %s: exit %d\nstdout:\n%s\nstderr:\n%s", n, code, out, errs)
		}
		for _, line := range strings.Split(out, "\n") {
			if strings.HasPrefix(line, "error:") {
				t.Errorf("meeting %s: %s", n, line)
			}
		}
		if !strings.Contains(out, "Minutes written: ") {
			t.Fatalf("meeting %s did not end:\n%s", n, out)
		}
		outs = append(outs, out)
	}
	return group, outs
}

func TestThreeMeetingsThenRotaCreditsAudit(t *testing.T) {
	group, outs := threeMeetingsThroughPlain(t)

	// Each meeting opened with today's suggestions and what was carried.
	for i, want := range [][]string{
		{"Suggested for today, by the group's rotation: Chair: Siân Davies (trained for chair; has never chaired). " +
			"Minute-taker: Dafydd ap Gwilym (trained for minute-taker; has never taken the minutes). Hand the roles over with: chair NAME, minutes NAME."},
		{"Matters arising from earlier meetings: 3 actions to review, and 1 provisional decision to ratify or not. Type arising to list them.",
			"Chair: Siân Davies (trained for chair; last chaired on 1 October 2026 (once); the only one trained who can be suggested).",
			"Minute-taker: Dafydd ap Gwilym (trained for minute-taker; has never taken the minutes; the only one trained who can be suggested; staff took the minutes last time).",
			"  1. Aled Price, by 20 October 2026: share the survey results with the carers' centre (action 1 of 1 October 2026). Now: not reviewed yet.",
			"  1. Invite the bus company to the next meeting. (decision 2 of 1 October 2026; provisional because 1 more person needed for quorum). Now: not considered yet.",
			"Carried action 1 (Aled Price: share the survey results with the carers' centre) is done.",
			"Carried action 2 (Mair Jones: ask carers at the support group about weekend respite) is given a new date, 15 December 2026. Note: the support group met late",
			"Provisional decision 2 of 1 October 2026 is ratified: Invite the bus company to the next meeting.",
			"Expense for Bethan Morgan: 20 miles at 45p a mile, £9.00. It goes to the organisers, not into the minutes."},
		{"Matters arising from earlier meetings: 2 actions to review. Type arising to list them.",
			"Chair: Bethan Morgan (trained for chair; last chaired on 5 November 2026 (once); held it fewer times).",
			"Minute-taker: Siân Davies (trained for minute-taker; has never taken the minutes).",
			"Attendance: Nia Roberts has missed the last 2 meetings without sending apologies (since 1 October 2026) and has not been to a meeting yet.",
			"Attendance: Gareth Lewis has missed the last 2 meetings",
			"  2. John Williams, by 1 December 2026: book a room for the listening event (action 1 of 5 November 2026). Now: not reviewed yet.",
			"Decision 1 recorded as PROVISIONAL (1 more person needed for quorum)"},
	} {
		for _, w := range want {
			if !strings.Contains(outs[i], w) {
				t.Errorf("meeting %d does not say %q:\n%s", i+1, w, outs[i])
			}
		}
	}
	if strings.Contains(outs[1], "Attendance:") {
		t.Errorf("nobody had missed 2 meetings before the second meeting:\n%s", outs[1])
	}

	t.Run("rota", func(t *testing.T) {
		out, errs, code := gyda(t, group, "", "rota")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		for _, w := range []string{
			"Rota for West Glamorgan Co-production Group (sample): who held each role, and who is suggested next.",
			"Chair\n-----\n  1 October 2026    Siân Davies (person using services)\n" +
				"  5 November 2026   Bethan Morgan (person using services), then Siân Davies (person using services)\n" +
				"  3 December 2026   Bethan Morgan (person using services)\nTimes chaired:\n" +
				"    Siân Davies    ####################  2\n    Bethan Morgan  ####################  2\n",
			"Suggested next: Siân Davies (trained for chair; last chaired on 5 November 2026 (twice); held it longest ago).",
			"Minute-taker\n------------\n  1 October 2026    Claire Thomas (staff)\n  5 November 2026   Dafydd ap Gwilym (carer)\n  3 December 2026   Siân Davies (person using services)\n",
			"Suggested next: Claire Thomas (trained for minute-taker; last took the minutes on 1 October 2026 (once); held it longest ago).",
			"Gareth Lewis (staff: the group's chair is a volunteer (chair_must_be_lived_experience))",
			"Rhys Evans has missed the last 2 meetings without sending apologies (since 5 November 2026). You might ask whether they need any support",
		} {
			if !strings.Contains(out, w) {
				t.Errorf("rota does not say %q:\n%s", w, out)
			}
		}
		if strings.Contains(out, "Tom Hughes has missed") {
			t.Errorf("Tom missed only the last meeting:\n%s", out)
		}
	})

	t.Run("start screen", func(t *testing.T) {
		suggest := rotationSuggestions(group)
		h, err := history.Load(group)
		if err != nil || suggest == nil {
			t.Fatalf("load: %v", err)
		}
		st, err := meeting.NewState(h.Meetings[2].Setup)
		if err != nil {
			t.Fatal(err)
		}
		got := suggest(st) // nobody here yet: anyone on the roster
		if len(got) != 2 || got[0].Role != roster.RoleChair || got[0].People[0] != "sian" || got[1].People[0] != "claire" ||
			!strings.Contains(got[0].Why, "held it longest ago") {
			t.Errorf("suggestions before anyone arrives: %+v", got)
		}
		// Once people arrive, only they are suggested.
		for _, e := range []meeting.Event{{Type: meeting.EvOpened, At: time.Now()}, {Type: meeting.EvArrived, Person: "bethan", At: time.Now()},
			{Type: meeting.EvArrived, Person: "dafydd", At: time.Now()}} {
			if err := st.Apply(e); err != nil {
				t.Fatal(err)
			}
		}
		got = suggest(st)
		if got[0].People[0] != "bethan" || got[1].People[0] != "dafydd" {
			t.Errorf("suggestions among those here: %+v", got)
		}
	})

	t.Run("credits", func(t *testing.T) {
		out, errs, code := gyda(t, group, "", "credits")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		if !strings.HasPrefix(out, "\ufeff") || !strings.Contains(out, "\r\n") {
			t.Error("the CSV lacks its byte-order mark or CRLF line ends")
		}
		rows := readCSV(t, out)
		want := [][]string{
			creditsHeader(),
			{"meeting", "2026-10-01", "Co-production Group", "Siân Davies", "person using services", "1.50", "2", "12", "5.40", "0.00", "5.40", "12 miles at 45p a mile, £5.40"},
			{"meeting", "2026-10-01", "Co-production Group", "Dafydd ap Gwilym", "carer", "1.50", "2", "0", "0.00", "0.00", "0.00", ""},
			{"meeting", "2026-10-01", "Co-production Group", "Mair Jones", "person using services", "1.17", "1", "0", "0.00", "0.00", "0.00", ""},
			{"meeting", "2026-10-01", "Co-production Group", "Rhys Evans", "carer", "1.50", "2", "0", "0.00", "2.50", "2.50", "£2.50 phone data"},
			{"meeting", "2026-11-05", "Co-production Group", "Siân Davies", "person using services", "1.25", "1", "0", "0.00", "0.00", "0.00", ""},
			{"meeting", "2026-11-05", "Co-production Group", "Dafydd ap Gwilym", "carer", "1.25", "1", "0", "0.00", "0.00", "0.00", ""},
			{"meeting", "2026-11-05", "Co-production Group", "Bethan Morgan", "person using services", "1.25", "1", "20", "9.00", "0.00", "9.00", "20 miles at 45p a mile, £9.00"},
			{"meeting", "2026-11-05", "Co-production Group", "John Williams", "carer", "1.25", "1", "0", "0.00", "4.50", "4.50", "£4.50 bus fare"},
			{"meeting", "2026-12-03", "Co-production Group", "Siân Davies", "person using services", "0.75", "1", "0", "0.00", "0.00", "0.00", ""},
			{"meeting", "2026-12-03", "Co-production Group", "Bethan Morgan", "person using services", "0.75", "1", "0", "0.00", "0.00", "0.00", ""},
			{"meeting", "2026-12-03", "Co-production Group", "Mair Jones", "person using services", "0.75", "1", "0", "0.00", "0.00", "0.00", ""},
			{"person total", "2026-10-01 to 2026-12-03", "3 meetings", "Siân Davies", "person using services", "3.50", "4", "12", "5.40", "0.00", "5.40", ""},
			{"person total", "2026-10-01 to 2026-12-03", "2 meetings", "Dafydd ap Gwilym", "carer", "2.75", "3", "0", "0.00", "0.00", "0.00", ""},
			{"person total", "2026-10-01 to 2026-12-03", "2 meetings", "Mair Jones", "person using services", "1.92", "2", "0", "0.00", "0.00", "0.00", ""},
			{"person total", "2026-10-01 to 2026-12-03", "1 meeting", "Rhys Evans", "carer", "1.50", "2", "0", "0.00", "2.50", "2.50", ""},
			{"person total", "2026-10-01 to 2026-12-03", "2 meetings", "Bethan Morgan", "person using services", "2.00", "2", "20", "9.00", "0.00", "9.00", ""},
			{"person total", "2026-10-01 to 2026-12-03", "1 meeting", "John Williams", "carer", "1.25", "1", "0", "0.00", "4.50", "4.50", ""},
			{"grand total", "2026-10-01 to 2026-12-03", "3 meetings", "All (6 people)", "", "12.92", "14", "32", "14.40", "7.00", "21.40", ""},
		}
		if !reflect.DeepEqual(rows, want) {
			t.Errorf("credits.csv:\n%s\nwant\n%s", csvText(rows), csvText(want))
		}

		// A period: November only, written to a file.
		path := filepath.Join(t.TempDir(), "november.csv")
		_, errs, code = gyda(t, group, "", "credits", "--from", "1/11/2026", "--to", "30 November 2026", "--out", path)
		if code != 0 || !strings.Contains(errs, "Credits written: "+path) {
			t.Fatalf("credits --out: exit %d: %s", code, errs)
		}
		rows = readCSV(t, readFile(t, path))
		last := rows[len(rows)-1]
		if len(rows) != 10 || rows[1][1] != "2026-11-05" ||
			!reflect.DeepEqual(last, []string{"grand total", "2026-11-01 to 2026-11-30", "1 meeting", "All (4 people)", "", "5.00", "4", "20", "9.00", "4.50", "13.50", ""}) {
			t.Errorf("November's credits:\n%s", csvText(rows))
		}
	})

	t.Run("audit", func(t *testing.T) {
		out, errs, code := gyda(t, group, "", "audit")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		for _, w := range []string{
			"Decisions taken quorate and balanced, by meeting:\n  1 October 2026   ##########..........  50% (1 of 2)\n" +
				"  5 November 2026  ####################  100% (1 of 1)\n  3 December 2026  ....................  0% (0 of 1)\n",
			"  1 October 2026   #############.......  67%",
			"  5 November 2026, taken  ....................  0 taken",
			"6 volunteers gave 12.9 hours at meetings and earned 14 time credits.",
			"Expenses recorded: £14.40 for 32 miles of mileage, and £7.00 of other actual costs, for 4 people.",
			"Audit written: " + filepath.Join("audit", "audit.md"),
			"Audit written: " + filepath.Join("audit", "audit.html"),
		} {
			if !strings.Contains(out, w) {
				t.Errorf("audit does not say %q:\n%s", w, out)
			}
		}
		if strings.ContainsRune(out, '\x1b') {
			t.Error("the terminal report has escape codes")
		}
		// The files are the history package's golden files: the same
		// meetings, run through the real binary this time.
		for _, name := range []string{"audit.md", "audit.html"} {
			got := readFile(t, filepath.Join(group, "audit", name))
			want := readFile(t, filepath.Join("..", "..", "meeting", "history", "testdata", name))
			if got != want {
				t.Errorf("%s from gyda audit differs from meeting/history/testdata/%s", name, name)
			}
		}
		html := readFile(t, filepath.Join(group, "audit", "audit.html"))
		if n := strings.Count(html, `role="img" aria-label="`); n != 7 || strings.Count(html, "<desc id=") != 7 || strings.Count(html, "<title id=") != 7 {
			t.Errorf("%d charts with role, aria-label, title and desc; want 7", n)
		}

		// A period with a dated name.
		_, errs, code = gyda(t, group, "", "audit", "--from", "2026-11-01", "--out", "reports")
		if code != 0 {
			t.Fatalf("audit --from: exit %d: %s", code, errs)
		}
		md := readFile(t, filepath.Join(group, "reports", "audit-2026-11-01-to-now.md"))
		if !strings.Contains(md, "Period: from 1 November 2026.") || !strings.Contains(md, "From 2 meetings, 5 November 2026 to 3 December 2026.") {
			t.Errorf("the November audit:\n%s", md)
		}
	})
}

func TestAcrossMeetingsUsage(t *testing.T) {
	group := sampleGroup(t)
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"credits", "--from", "1 Dec"}, `--from: "1 Dec" has no year; did you mean 1 December`},
		{[]string{"credits", "--from", "soon"}, `--from: "soon" is not a date: type it like 31/01/2027`},
		{[]string{"audit", "--from", "2026-12-01", "--to", "2026-11-01"}, "--to 2026-11-01 is before --from 2026-12-01"},
		{[]string{"rota", "extra"}, `gyda rota takes no arguments (got "extra")`},
		{[]string{"audit", "--bogus"}, "flag provided but not defined: -bogus"},
	} {
		_, errs, code := gyda(t, group, "", tt.args...)
		if code != 2 || !strings.Contains(errs, tt.want) {
			t.Errorf("gyda %v: exit %d, %q; want exit 2 and %q", tt.args, code, errs, tt.want)
		}
	}
	out, _, code := gyda(t, group, "", "help", "audit")
	if code != 0 || out != "gyda audit [--group DIR] [--from DATE] [--to DATE] [--out DIR]\n  the co-production audit report\n" {
		t.Errorf("gyda help audit: exit %d\n%s", code, out)
	}
	// A group that has not met: the rota suggests from the roster alone,
	// credits has only its totals, and the audit says there is nothing yet.
	out, _, code = gyda(t, group, "", "rota")
	if code != 0 || !strings.Contains(out, "No meetings have ended yet") || !strings.Contains(out, "Suggested next: Siân Davies (trained for chair; has never chaired") {
		t.Errorf("rota of a new group: exit %d\n%s", code, out)
	}
	out, _, code = gyda(t, group, "", "credits")
	if rows := readCSV(t, out); code != 0 || len(rows) != 2 || rows[1][0] != "grand total" || rows[1][1] != "no meetings" {
		t.Errorf("credits of a new group: exit %d\n%s", code, out)
	}
	out, _, code = gyda(t, group, "", "audit")
	if code != 0 || !strings.Contains(out, "No meetings that ended are on record for this period.") {
		t.Errorf("audit of a new group: exit %d\n%s", code, out)
	}
	// Not a group folder.
	_, errs, code := gyda(t, t.TempDir(), "", "rota")
	if code != 1 || !strings.Contains(errs, "gyda init") {
		t.Errorf("rota outside a group: exit %d, %s", code, errs)
	}
	if _, err := os.Stat(filepath.Join(group, "meetings")); err == nil {
		t.Error("reading a group's history made a meetings folder")
	}
}

func readCSV(t *testing.T, data string) [][]string {
	t.Helper()
	r := csv.NewReader(strings.NewReader(strings.TrimPrefix(data, "\ufeff")))
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("the CSV does not read back: %v\n%s", err, data)
	}
	return rows
}

func csvText(rows [][]string) string {
	var b strings.Builder
	for _, r := range rows {
		b.WriteString(strings.Join(r, " | ") + "\n")
	}
	return b.String()
}
