package config

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/gyda/gyda/internal/prose"
)

// DefaultNoticeDays is how many days before a meeting its papers should go
// out unless group.toml says otherwise ([papers] notice_days).
const DefaultNoticeDays = 7

// The versions a paper can be made in besides the standard one, as written
// in an agenda's [[paper]] formats.
const (
	FormatLargePrint = "large-print"
	FormatEasyRead   = "easy-read"
	FormatWelsh      = "cy"
)

// PaperFormats lists the versions a paper can be made in, in the order
// they are shown.
func PaperFormats() []string { return []string{FormatLargePrint, FormatEasyRead, FormatWelsh} }

// PaperFormatLabel is a paper format in plain words.
func PaperFormatLabel(f string) string {
	switch f {
	case FormatLargePrint:
		return "large print"
	case FormatEasyRead:
		return "easy read"
	case FormatWelsh:
		return "Welsh"
	}
	return f
}

// Notice is the group's notice period for papers, in days.
func (p Papers) Notice() int {
	if p.NoticeDays > 0 {
		return p.NoticeDays
	}
	return DefaultNoticeDays
}

// readPapersTable reads group.toml's [papers] table into p.
func readPapersTable(d *doc, t *table, p *Papers) {
	const want = "a whole number of days, 0 or more"
	if n, a, ok := t.integer("notice_days", want); ok {
		if n < 0 {
			d.fail(a, "must be %s (got %d)", want, n)
		} else {
			p.NoticeDays = n
		}
	}
	t.unknown("in [papers]", "notice_days")
}

// readEnd reads an agenda's end: a time of day (end = 12:30:00) on the
// day the meeting starts, or a date and time. It must come after start.
func readEnd(d *doc, t *table, ag *Agenda, loc *time.Location) {
	v, a, ok := t.get("end")
	if !ok {
		return
	}
	const want = "a time of day like 12:30:00, or a date and time like 2026-12-03T12:30:00 (no quotes)"
	tv, isTime := v.(time.Time)
	if !isTime {
		d.fail(a, "must be %s (got %s)", want, describe(v))
		return
	}
	var end time.Time
	switch tv.Location().String() {
	case tomlLocalTime:
		if ag.Start.IsZero() {
			return // start is missing or wrong, and says so
		}
		s := ag.Start
		end = time.Date(s.Year(), s.Month(), s.Day(), tv.Hour(), tv.Minute(), tv.Second(), tv.Nanosecond(), s.Location())
	case tomlLocalDatetime:
		end = time.Date(tv.Year(), tv.Month(), tv.Day(), tv.Hour(), tv.Minute(), tv.Second(), tv.Nanosecond(), loc)
	case tomlLocalDate:
		d.fail(a, "needs a time, like end = 12:30:00")
		return
	default:
		end = tv.In(loc)
	}
	if !ag.Start.IsZero() && !end.After(ag.Start) {
		d.fail(a, "must be after the start (%s); give the time the meeting finishes", ag.Start.Format("15:04 on 2006-01-02"))
		return
	}
	ag.End = end
}

// readPaper reads one [[paper]] table of an agenda.
func readPaper(d *doc, t *table, loc *time.Location) Paper {
	var p Paper
	if a, ok := t.str("title", &p.Title); ok && strings.TrimSpace(p.Title) == "" {
		d.fail(a, "is empty; give the paper its name")
	} else if !t.has("title") {
		d.fail(t.at.key("title"), "missing; give the paper its name, like title = \"Carers' survey results\"")
	}
	if v, a, ok := t.get("sent"); ok {
		tv, isTime := v.(time.Time)
		switch {
		case !isTime:
			d.fail(a, "must be a date like 2026-11-20 (no quotes) (got %s)", describe(v))
		case tv.Location().String() == tomlLocalTime:
			d.fail(a, "must be a date like 2026-11-20, not a time")
		default:
			if !strings.HasSuffix(tv.Location().String(), "-local") {
				tv = tv.In(loc)
			}
			p.Sent = time.Date(tv.Year(), tv.Month(), tv.Day(), 0, 0, 0, 0, loc)
		}
	}
	if t.has("formats") {
		formats, places, _ := t.strList("formats")
		for i, f := range formats {
			f = strings.ToLower(strings.TrimSpace(f))
			if !slices.Contains(PaperFormats(), f) {
				d.fail(places[i], "%s is not a paper format; use %s", strconv.Quote(formats[i]), prose.OrList(quoted(PaperFormats())))
				continue
			}
			if !slices.Contains(p.Formats, f) {
				p.Formats = append(p.Formats, f)
			}
		}
	}
	t.unknown("in [[paper]]", "title", "sent", "formats")
	return p
}

// quoted returns each of list in double quotes.
func quoted(list []string) []string {
	out := make([]string, len(list))
	for i, s := range list {
		out[i] = strconv.Quote(s)
	}
	return out
}
