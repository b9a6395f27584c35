package config

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"time"

	"github.com/gyda/gyda/internal/atomicfile"
	"github.com/gyda/gyda/roster"
)

// FormatAgenda writes ag as an agenda file. Dates and times are written as
// wall-clock times in loc, the group's time zone (nil means
// Europe/London), without an offset, as a person would write them; a time
// that does not name one instant there (in the hour the clocks go back) is
// written with its offset. end is written as a time of day when the
// meeting ends on the day it starts. ParseAgendaIn reads the result back
// as ag (WriteAgenda checks that it does).
func FormatAgenda(ag Agenda, loc *time.Location) []byte {
	if loc == nil {
		loc = londonOrUTC()
	}
	var b bytes.Buffer
	w := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	if !ag.Start.IsZero() {
		w("# The agenda for %s.\n", ag.Start.In(loc).Format("Monday 2 January 2006"))
	}
	w("# gyda agenda check FILE checks it; gyda run FILE runs the meeting.\n\n")
	w("title = %s\n", tomlString(ag.Title))
	w("start = %s\n", tomlDateTime(ag.Start, loc))
	if !ag.End.IsZero() {
		w("end = %s\n", tomlEnd(ag.Start, ag.End, loc))
	}
	if ag.Place != "" {
		w("place = %s\n", tomlString(ag.Place))
	}
	if ag.Online {
		w("online = true   # people can join remotely\n")
	}
	if !ag.Next.IsZero() {
		if ag.NextDateOnly {
			w("next = %s   # the next meeting\n", ag.Next.In(loc).Format(time.DateOnly))
		} else {
			w("next = %s   # the next meeting\n", tomlDateTime(ag.Next, loc))
		}
	}
	for _, it := range ag.Items {
		w("\n[[item]]\n")
		w("title = %s\n", tomlString(it.Title))
		w("minutes = %d\n", it.Minutes)
		if it.Lead != "" {
			w("lead = %s\n", tomlString(it.Lead))
		}
		if it.Ladder != "" {
			w("ladder = %s\n", tomlString(string(it.Ladder)))
		}
		if it.Confidential {
			w("confidential = true   # its notes stay out of the minutes\n")
		}
		if it.Break != nil {
			w("break = %t   # whether the break starts when the meeting reaches this item\n", *it.Break)
		}
	}
	for _, p := range ag.Papers {
		w("\n[[paper]]\n")
		w("title = %s\n", tomlString(p.Title))
		if !p.Sent.IsZero() {
			w("sent = %s\n", p.Sent.In(loc).Format(time.DateOnly))
		}
		if len(p.Formats) > 0 {
			w("formats = %s\n", tomlStrings(p.Formats))
		}
	}
	return b.Bytes()
}

// tomlDateTime writes t as a TOML local date-time in loc, or with its
// offset when the wall-clock time would not read back as t.
func tomlDateTime(t time.Time, loc *time.Location) string {
	lt := t.In(loc)
	const layout = "2006-01-02T15:04:05.999999999"
	wall := time.Date(lt.Year(), lt.Month(), lt.Day(), lt.Hour(), lt.Minute(), lt.Second(), lt.Nanosecond(), loc)
	if wall.Equal(t) {
		return lt.Format(layout)
	}
	return lt.Format("2006-01-02T15:04:05.999999999Z07:00")
}

// tomlEnd writes end as a time of day when it falls on start's day in loc
// and reads back as end; otherwise as a date and time.
func tomlEnd(start, end time.Time, loc *time.Location) string {
	s, e := start.In(loc), end.In(loc)
	if s.Year() == e.Year() && s.YearDay() == e.YearDay() {
		back := time.Date(s.Year(), s.Month(), s.Day(), e.Hour(), e.Minute(), e.Second(), e.Nanosecond(), loc)
		if back.Equal(end) {
			return e.Format("15:04:05.999999999")
		}
	}
	return tomlDateTime(end, loc)
}

// WriteAgenda writes ag to the agenda file at path, atomically, after
// checking that ParseAgendaIn (with people, the roster, and loc, the
// group's time zone) reads what is written back as ag. With replace
// false an existing file is an error wrapping fs.ErrExist and is left as
// it is. An agenda is written whole: comments in a file it replaces are
// not kept.
func WriteAgenda(path string, ag Agenda, people *roster.Roster, loc *time.Location, replace bool) error {
	data, err := checkedAgenda(path, ag, people, loc)
	if err != nil {
		return err
	}
	if !replace {
		if _, err := os.Stat(path); err == nil {
			return fmt.Errorf("write %s: there is an agenda there already; nothing was changed: %w", path, fs.ErrExist)
		} else if !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("write %s: %w", path, err)
		}
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("write %s: make its folder: %w", path, err)
	}
	return atomicfile.Write(path, data, 0o644)
}

// checkedAgenda formats ag and checks that it reads back as ag.
func checkedAgenda(path string, ag Agenda, people *roster.Roster, loc *time.Location) ([]byte, error) {
	if loc == nil {
		loc = londonOrUTC()
	}
	data := FormatAgenda(ag, loc)
	back, err := ParseAgendaIn(path, bytes.NewReader(data), people, loc)
	if err != nil {
		return nil, fmt.Errorf("write %s: the agenda is not complete yet: %w", path, err)
	}
	if diff := AgendaDiff(ag, back); diff != "" {
		return nil, fmt.Errorf("write %s: %s would not read back as given; nothing was written", path, diff)
	}
	return data, nil
}

// AgendaDiff compares two agendas and names the first difference, such as
// "item[2].lead", or returns "" when they are the same. Times are equal
// when they are the same instant, whatever their time zone; an empty list
// equals a missing one.
func AgendaDiff(want, got Agenda) string {
	switch {
	case want.Title != got.Title:
		return "title"
	case !want.Start.Equal(got.Start):
		return "start"
	case !want.End.Equal(got.End):
		return "end"
	case want.Place != got.Place:
		return "place"
	case want.Online != got.Online:
		return "online"
	case !want.Next.Equal(got.Next) || want.NextDateOnly != got.NextDateOnly:
		return "next"
	case len(want.Items) != len(got.Items):
		return "the number of items"
	case len(want.Papers) != len(got.Papers):
		return "the number of papers"
	}
	for i := range want.Items {
		if !want.Items[i].same(got.Items[i]) {
			return fmt.Sprintf("item[%d]", i+1)
		}
	}
	for i := range want.Papers {
		w, g := want.Papers[i], got.Papers[i]
		if w.Title != g.Title || !w.Sent.Equal(g.Sent) || !reflect.DeepEqual(nilIfEmpty(w.Formats), nilIfEmpty(g.Formats)) {
			return fmt.Sprintf("paper[%d]", i+1)
		}
	}
	return ""
}

// nilIfEmpty makes an empty list nil.
func nilIfEmpty(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	return s
}

// same reports whether two items say the same (break compared by value).
func (it Item) same(o Item) bool {
	b1, b2 := it.Break, o.Break
	it.Break, o.Break = nil, nil
	return it == o && (b1 == nil) == (b2 == nil) && (b1 == nil || *b1 == *b2)
}
