package history

import (
	"encoding/xml"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/gyda/gyda/config"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func fixtureAudit(t *testing.T, p Period) (*Audit, config.Folder) {
	t.Helper()
	dir, folder := threeMeetings(t)
	h, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	return BuildAudit(h, p, folder.Group, folder.Roster.People()), folder
}

// The figures, worked out by hand from testdata/meetings.
func TestAuditFigures(t *testing.T) {
	a, _ := fixtureAudit(t, Period{})
	if len(a.Meetings) != 3 || a.Meetings[2].Date != "2026-12-03" || a.Group != "West Glamorgan Co-production Group (sample)" {
		t.Fatalf("meetings %d, group %q", len(a.Meetings), a.Group)
	}
	if d := a.Decisions; d != (DecisionTotals{Total: 4, QuorateBalanced: 2, Provisional: 2, Authority: 4, Ratified: 1, Waiting: 1}) {
		t.Errorf("decisions %+v", d)
	}
	if ac := a.Actions; ac != (ActionTotals{Agreed: 4, DoneOnTime: 1, DoneLate: 1, Dropped: 1, Open: 1, Redated: 2}) {
		t.Errorf("actions %+v", ac)
	}
	r := a.Recognition
	if r.Volunteers != 6 || r.Credits != 14 || r.Claimants != 4 || r.Miles != 32 || r.Mileage != 1440 || r.Other != 700 ||
		fmtHours(r.Hours) != "12.92" {
		t.Errorf("recognition %+v", r)
	}
	m1, m2, m3 := a.Meetings[0], a.Meetings[1], a.Meetings[2]
	for _, c := range []struct {
		name      string
		got, want int
	}{
		{"m1 length", int(m1.Length / time.Minute), 90}, {"m2 length", int(m2.Length / time.Minute), 75}, {"m3 length", int(m3.Length / time.Minute), 45},
		{"m1 lived", m1.Lived, 4}, {"m1 staff", m1.Staff, 2}, {"m1 remote", m1.Remote, 1},
		{"m2 lived", m2.Lived, 4}, {"m2 staff", m2.Staff, 3}, {"m2 remote", m2.Remote, 0},
		{"m3 lived", m3.Lived, 3}, {"m3 staff", m3.Staff, 2}, {"m3 remote", m3.Remote, 1},
		{"m1 breaks due", m1.BreaksDue, 1}, {"m1 breaks taken", m1.BreaksTaken, 1},
		{"m2 breaks due", m2.BreaksDue, 1}, {"m2 breaks taken", m2.BreaksTaken, 0},
		{"m3 breaks due", m3.BreaksDue, 0},
		{"m1 plain avoid", m1.Plain.Avoid, 1}, {"m1 acronyms", m1.Plain.Acronyms, 0},
		{"m1 score", m1.ScoreSum, 4}, {"m2 score", m2.ScoreSum, 3}, {"m3 score", m3.ScoreSum, 5},
	} {
		if c.got != c.want {
			t.Errorf("%s = %d; want %d", c.name, c.got, c.want)
		}
	}
	if s, ok := m1.LivedShare(); !ok || s != 67 {
		t.Errorf("m1 lived share %d %v; want 67", s, ok)
	}
	if s, ok := m2.LivedShare(); !ok || s != 100 {
		t.Errorf("m2 lived share %d %v; want 100", s, ok)
	}
	if _, ok := m3.LivedShare(); ok {
		t.Error("m3 had no speaking queue; its share should not be recorded")
	}
	var roles []string
	for _, rc := range a.Roles {
		roles = append(roles, rc.Name+":"+itoa(rc.Chaired)+"/"+itoa(rc.Minuted))
	}
	if got, want := strings.Join(roles, " "), "Siân Davies:2/1 Bethan Morgan:2/0 Claire Thomas:0/1 Dafydd ap Gwilym:0/1"; got != want {
		t.Errorf("roles %q; want %q", got, want)
	}
	if len(a.Plain.Common) != 1 || a.Plain.Common[0] != "facilitate (1)" {
		t.Errorf("common words %q", a.Plain.Common)
	}
	if a.Trained != (Trained{Members: 11, Chair: 3, Minutes: 3}) {
		t.Errorf("trained %+v", a.Trained)
	}
	q := a.Questions
	if len(q) != 11 {
		t.Fatalf("%d questions; Annex A has 11", len(q))
	}
	for n, want := range map[int]string{
		3:  "2 of 3 meetings were blended",
		4:  "2 of 4 decisions (50%) were taken while the meeting was quorate and balanced; 2 were provisional.",
		8:  "Chaired by 2 different people (4 times by people with lived experience, none by staff). Minutes taken by 3 different people (twice by people with lived experience, once by staff).",
		10: "6 volunteers gave 12.9 hours at meetings and earned 14 time credits.",
		11: "4 actions agreed: 1 done on time, 1 done late, 1 dropped and 1 still open (none past their date); 2 given a new date.",
	} {
		if !strings.Contains(strings.Join(q[n-1].Evidence, "\n"), want) {
			t.Errorf("question %d evidence %q; want %q", n, q[n-1].Evidence, want)
		}
	}
	for _, n := range []int{1, 6} {
		if len(q[n-1].Evidence) != 0 {
			t.Errorf("question %d: gyda records nothing for it, yet it has %q", n, q[n-1].Evidence)
		}
	}
}

func TestAuditPeriod(t *testing.T) {
	from := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	a, _ := fixtureAudit(t, Period{From: from})
	if len(a.Meetings) != 2 || a.Meetings[0].Date != "2026-11-05" {
		t.Fatalf("meetings from November: %+v", a.Meetings)
	}
	// The first meeting's actions belong to October, though they were
	// settled in November.
	if ac := a.Actions; ac != (ActionTotals{Agreed: 1, Open: 1, Redated: 1}) {
		t.Errorf("actions from November %+v", ac)
	}
	if d := a.Decisions; d.Total != 2 || d.Provisional != 1 || d.Waiting != 1 || d.Ratified != 0 {
		t.Errorf("decisions from November %+v", d)
	}
	none, _ := fixtureAudit(t, Period{From: time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)})
	if len(none.Meetings) != 0 || !strings.Contains(string(none.Markdown()), "No meetings that ended are on record for this period.") {
		t.Errorf("an empty period: %s", none.Markdown())
	}
	if txt := none.Text(); !strings.Contains(txt, "Nothing to show for this period.") {
		t.Errorf("empty text report:\n%s", txt)
	}
	for _, q := range none.Questions {
		if len(q.Evidence) != 0 {
			t.Errorf("question %d has evidence with no meetings: %q", q.Number, q.Evidence)
		}
	}
}

func TestAuditGolden(t *testing.T) {
	a, _ := fixtureAudit(t, Period{})
	for name, got := range map[string][]byte{
		"audit.md":   a.Markdown(),
		"audit.html": a.HTML(),
		"audit.txt":  []byte(a.Text()),
	} {
		path := filepath.Join("testdata", name)
		if *update {
			if err := os.WriteFile(path, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test -update to write it)", err)
		}
		if string(got) != string(want) {
			t.Errorf("%s differs from the golden file; run go test ./meeting/history -update and check the diff\n%s", name, firstDiff(string(got), string(want)))
		}
	}
}

func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return "line " + itoa(i+1) + ":\n got: " + gl + "\nwant: " + wl
		}
	}
	return ""
}

// Every chart must say what it shows without being seen: role="img", an
// aria-label, a <title> and a <desc> in words that hold its numbers, and a
// table of the same numbers after it.
func TestAuditChartsAreAccessible(t *testing.T) {
	a, _ := fixtureAudit(t, Period{})
	page := string(a.HTML())
	if !strings.HasPrefix(page, "<!DOCTYPE html>\n<html lang=\"en\">") {
		t.Error("the page does not declare its language")
	}
	svgs := regexp.MustCompile(`(?s)<svg .*?</svg>`).FindAllStringIndex(page, -1)
	if len(svgs) != 7 {
		t.Errorf("%d charts; want 7 (balance, roles, speaking, breaks, plain English, actions, reflection)", len(svgs))
	}
	for i, loc := range svgs {
		src := page[loc[0]:loc[1]]
		var svg struct {
			XMLName   xml.Name `xml:"svg"`
			Role      string   `xml:"role,attr"`
			Label     string   `xml:"aria-label,attr"`
			Described string   `xml:"aria-describedby,attr"`
			Title     struct {
				ID   string `xml:"id,attr"`
				Text string `xml:",chardata"`
			} `xml:"title"`
			Desc struct {
				ID   string `xml:"id,attr"`
				Text string `xml:",chardata"`
			} `xml:"desc"`
			Groups []struct {
				Texts []string `xml:"text"`
			} `xml:"g"`
		}
		if err := xml.Unmarshal([]byte(src), &svg); err != nil {
			t.Errorf("chart %d is not well-formed SVG: %v\n%s", i+1, err, src)
			continue
		}
		if svg.Role != "img" || svg.Label == "" || strings.TrimSpace(svg.Title.Text) == "" || strings.TrimSpace(svg.Desc.Text) == "" {
			t.Errorf("chart %d lacks role, aria-label, title or desc: %+v", i+1, svg)
		}
		if svg.Described != svg.Desc.ID {
			t.Errorf("chart %d: aria-describedby %q does not name its desc %q", i+1, svg.Described, svg.Desc.ID)
		}
		if !regexp.MustCompile(`\d`).MatchString(svg.Desc.Text) {
			t.Errorf("chart %d: the description has no numbers: %q", i+1, svg.Desc.Text)
		}
		for _, g := range svg.Groups {
			if len(g.Texts) != 2 || g.Texts[0] == "" || g.Texts[1] == "" {
				t.Errorf("chart %d: a bar without its label and its number in words: %q", i+1, g.Texts)
			}
		}
		// The same numbers follow in a table, before the next section.
		rest := page[loc[1]:]
		next := strings.Index(rest, "</section>")
		if tbl := strings.Index(rest, "<table>"); tbl < 0 || tbl > next || !strings.Contains(rest[tbl:next], "<th scope=\"col\">") {
			t.Errorf("chart %d (%s) is not followed by a table of its numbers", i+1, svg.Label)
		}
	}
}

func TestTextBars(t *testing.T) {
	got := TextBars([]string{"Siân", "Aled Price"}, []float64{50, 0.5}, 100, []string{"50%", "1%"})
	want := "  Siân        ##########..........  50%\n  Aled Price  #...................  1%\n"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if strings.ContainsRune(got, '\x1b') {
		t.Error("escape codes in plain text")
	}
}

func TestTallyLeavesOutNoughts(t *testing.T) {
	for _, c := range []struct {
		in   []tallied
		want string
	}{
		{[]tallied{{0, "word to avoid", "words to avoid"}}, "none"},
		{[]tallied{{1, "word to avoid", "words to avoid"}, {0, "long sentence", "long sentences"}}, "1 word to avoid"},
		{[]tallied{{2, "done late", ""}, {0, "dropped", ""}, {3, "still open", ""}}, "2 done late and 3 still open"},
	} {
		if got := tally(c.in...); got != c.want {
			t.Errorf("tally(%v) = %q; want %q", c.in, got, c.want)
		}
	}
	for n, want := range map[int]string{0: "none", 1: "once", 2: "twice", 3: "3 times"} {
		if got := times(n); got != want {
			t.Errorf("times(%d) = %q; want %q", n, got, want)
		}
	}
}
