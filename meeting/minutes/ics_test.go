package minutes

import (
	"bytes"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// icsLines checks an iCalendar file's lines: CRLF endings, none longer
// than 75 octets, continuations starting with a space, never split inside
// a character; it returns the unfolded content lines.
func icsLines(t *testing.T, data []byte) []string {
	t.Helper()
	if !bytes.HasSuffix(data, []byte("\r\n")) {
		t.Fatal("the file does not end with CRLF")
	}
	if n, crlf := bytes.Count(data, []byte("\n")), bytes.Count(data, []byte("\r\n")); n != crlf {
		t.Fatalf("%d line feeds, only %d of them after a carriage return", n, crlf)
	}
	var out []string
	for i, l := range strings.Split(strings.TrimSuffix(string(data), "\r\n"), "\r\n") {
		if len(l) > 75 {
			t.Errorf("line %d is %d octets: %q", i+1, len(l), l)
		}
		if !utf8.ValidString(l) {
			t.Errorf("line %d splits a character: %q", i+1, l)
		}
		if strings.HasPrefix(l, " ") {
			if len(out) == 0 {
				t.Fatal("the first line is a continuation")
			}
			out[len(out)-1] += l[1:]
			continue
		}
		out = append(out, l)
	}
	return out
}

type icsEvent map[string]string

// icsEvents parses the unfolded lines into events, by property name with
// its parameters ("DTSTART;VALUE=DATE").
func icsEvents(t *testing.T, lines []string) []icsEvent {
	t.Helper()
	if lines[0] != "BEGIN:VCALENDAR" || lines[len(lines)-1] != "END:VCALENDAR" {
		t.Fatalf("not a calendar: %q ... %q", lines[0], lines[len(lines)-1])
	}
	var events []icsEvent
	var cur icsEvent
	for _, l := range lines {
		name, value, ok := strings.Cut(l, ":")
		if !ok {
			t.Fatalf("no colon in %q", l)
		}
		switch {
		case l == "BEGIN:VEVENT":
			cur = icsEvent{}
		case l == "END:VEVENT":
			events = append(events, cur)
			cur = nil
		case cur != nil:
			cur[name] = value
		}
	}
	return events
}

func TestICS(t *testing.T) {
	m := fixedModel(t, "en")
	events := icsEvents(t, icsLines(t, ICS(m)))
	if len(events) != len(m.Actions)+2 {
		t.Fatalf("%d events; want %d actions, the election due and the next meeting", len(events), len(m.Actions))
	}
	uids := map[string]bool{}
	for i, a := range m.Actions {
		e := events[i]
		if e["DTSTART;VALUE=DATE"] != a.Due.Format("20060102") || e["DTEND;VALUE=DATE"] != a.Due.AddDate(0, 0, 1).Format("20060102") {
			t.Errorf("action %d is not an all-day event on %s: %v", a.Number, a.Due.Format("2006-01-02"), e)
		}
		if !strings.Contains(e["SUMMARY;LANGUAGE=en-GB"], a.Owner) {
			t.Errorf("action %d's summary lacks its owner: %q", a.Number, e["SUMMARY;LANGUAGE=en-GB"])
		}
		if e["DTSTAMP"] != "20261203T120500Z" {
			t.Errorf("DTSTAMP %q; want the meeting's end", e["DTSTAMP"])
		}
		if uids[e["UID"]] || e["UID"] == "" {
			t.Errorf("UID %q is empty or used twice", e["UID"])
		}
		uids[e["UID"]] = true
	}
	next := events[len(events)-1]
	if next["DTSTART"] != "20270114T100000Z" || next["SUMMARY;LANGUAGE=en-GB"] != `Next meeting: Co-production Group` {
		t.Errorf("next meeting %v", next)
	}
	if got := events[2]["SUMMARY;LANGUAGE=en-GB"]; !strings.Contains(got, `Cwmllynfell\, Ystalyfera`) {
		t.Errorf("commas are not escaped: %q", got)
	}

	// Written again from the same journal, the events keep their UIDs; a
	// different meeting gets others.
	again := icsEvents(t, icsLines(t, ICS(fixedModel(t, "cy"))))
	for i := range events {
		if again[i]["UID"] != events[i]["UID"] {
			t.Errorf("UID changed between writes: %q, %q", events[i]["UID"], again[i]["UID"])
		}
	}
	other := *m
	other.Key = meetingKey(m.Group, m.Title, m.Opened.AddDate(0, 1, 0))
	if icsEvents(t, icsLines(t, ICS(&other)))[0]["UID"] == events[0]["UID"] {
		t.Error("another meeting's action 1 has the same UID")
	}
}

func TestICSFoldsLongWelshLines(t *testing.T) {
	w := &icsWriter{}
	w.prop("SUMMARY", strings.Repeat("Dŵr, tŷ a châr ", 20))
	lines := icsLines(t, []byte(w.b.String()))
	if len(lines) != 1 || lines[0] != "SUMMARY:"+strings.Repeat("Dŵr, tŷ a châr ", 20) {
		t.Errorf("unfolded %q", lines)
	}
	if strings.Count(w.b.String(), "\r\n ") < 3 {
		t.Errorf("not folded: %q", w.b.String())
	}
}

// Bytes that are not UTF-8 are folded too, at the limit, rather than
// never (it once looped for ever, finding nowhere to cut).
func TestICSFoldsBytesThatAreNotUTF8(t *testing.T) {
	w := &icsWriter{}
	junk := strings.Repeat("\x80", 200)
	w.prop("SUMMARY", junk)
	out := w.b.String()
	for _, l := range strings.Split(strings.TrimSuffix(out, "\r\n"), "\r\n") {
		if len(l) > 75 {
			t.Errorf("a line of %d octets: %q", len(l), l)
		}
	}
	if got := strings.ReplaceAll(strings.TrimSuffix(out, "\r\n"), "\r\n ", ""); got != "SUMMARY:"+junk {
		t.Errorf("unfolded %q", got)
	}
}

// A next meeting at a time, when this one planned no time at all, is
// put in the calendar for two hours; otherwise for this one's length.
func TestICSNextMeetingLength(t *testing.T) {
	for _, tt := range []struct {
		planned time.Duration
		want    string
	}{{0, "20270114T120000Z"}, {90 * time.Minute, "20270114T113000Z"}} {
		m := fixedModel(t, "en")
		m.Planned = tt.planned
		events := icsEvents(t, icsLines(t, ICS(m)))
		next := events[len(events)-1]
		if next["DTSTART"] != "20270114T100000Z" || next["DTEND"] != tt.want {
			t.Errorf("planned %v: next meeting from %s to %s; want 20270114T100000Z to %s", tt.planned, next["DTSTART"], next["DTEND"], tt.want)
		}
	}
}

func TestICSText(t *testing.T) {
	if got := icsText("a,b;c\\d\ne"); got != `a\,b\;c\\d\ne` {
		t.Errorf("icsText = %q", got)
	}
}

func TestICSDateOnlyNextMeeting(t *testing.T) {
	m := fixedModel(t, "en")
	m.NextDateOnly = true
	events := icsEvents(t, icsLines(t, ICS(m)))
	next := events[len(events)-1]
	if next["DTSTART;VALUE=DATE"] != "20270114" || next["DTEND;VALUE=DATE"] != "20270115" {
		t.Errorf("a next meeting with no time should be all day: %v", next)
	}
}

// TestICSNextMeetingPlace: the next meeting is placed where this one was,
// online too, and says where the place comes from; with no place, none.
func TestICSNextMeetingPlace(t *testing.T) {
	m := fixedModel(t, "en")
	for _, c := range []struct {
		place  string
		online bool
		want   string
	}{
		{"Orangery, Margam Park", true, `LOCATION;LANGUAGE=en-GB:Orangery\, Margam Park\, and online`},
		{"", true, "LOCATION;LANGUAGE=en-GB:Online"},
		{"Neath Civic Centre", false, "LOCATION;LANGUAGE=en-GB:Neath Civic Centre"},
		{"", false, ""},
	} {
		m.Place, m.Online = c.place, c.online
		lines := strings.Join(icsLines(t, ICS(m)), "\n")
		if c.want == "" {
			if strings.Contains(lines, "LOCATION") || strings.Contains(lines, "The place is") {
				t.Errorf("no place, but the calendar gives one:\n%s", lines)
			}
			continue
		}
		if !strings.Contains(lines, c.want+"\nDESCRIPTION;LANGUAGE=en-GB:The place is where the group met on Thursday 3 December 2026") {
			t.Errorf("calendar lacks %q and where it comes from:\n%s", c.want, lines)
		}
	}
}
