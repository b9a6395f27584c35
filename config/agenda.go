package config

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/gyda/gyda/internal/prose"
	"github.com/gyda/gyda/roster"
)

// Ladders lists the rungs of the ladder of co-production an item can be
// tagged with.
func Ladders() []Ladder { return []Ladder{DoingTo, DoingFor, DoingWith} }

// Valid reports whether l is a rung of the ladder, or empty (not tagged).
func (l Ladder) Valid() bool {
	return l == "" || l == DoingTo || l == DoingFor || l == DoingWith
}

// maxListedIDs is how many roster ids an unknown lead's error lists.
const maxListedIDs = 10

// LoadAgenda reads and checks the agenda file at path, as ParseAgenda does.
func LoadAgenda(path string, people *roster.Roster) (Agenda, error) {
	return LoadAgendaIn(path, people, nil)
}

// LoadAgendaIn reads and checks the agenda file at path, as ParseAgendaIn
// does.
func LoadAgendaIn(path string, people *roster.Roster, loc *time.Location) (Agenda, error) {
	f, err := os.Open(path)
	if err != nil {
		return Agenda{}, fmt.Errorf("load agenda %s: %w", path, err)
	}
	defer f.Close()
	return ParseAgendaIn(path, f, people, loc)
}

// ParseAgenda reads an agenda from r, taking dates and times written
// without an offset (start = 2026-12-03T10:00:00) as Europe/London time.
// See ParseAgendaIn.
func ParseAgenda(file string, r io.Reader, people *roster.Roster) (Agenda, error) {
	return ParseAgendaIn(file, r, people, nil)
}

// ParseAgendaIn reads an agenda from r; file names it in errors. Dates and
// times written without an offset are wall-clock times in loc (the group's
// time zone; nil means Europe/London); those written with one keep their
// instant, shown in loc.
//
// The agenda needs a title, a start (a date and a time), and at least one
// [[item]], each with a title and a whole number of minutes, 1 or more. An
// item's lead, if given, must be the id of someone in people (unless
// people is nil); its ladder, if given, is "doing to", "doing for" or
// "doing with". next, the next meeting, may be a date and time or a date
// alone (then NextDateOnly is set). end, when the meeting finishes, may be
// a time of day (on the day it starts) or a date and time, after start.
// Each [[paper]] has a title, and may have the date it was sent (sent =
// 2026-11-20) and the versions made of it (formats, from PaperFormats).
// Problems are *Error, or several joined.
func ParseAgendaIn(file string, r io.Reader, people *roster.Roster, loc *time.Location) (Agenda, error) {
	if loc == nil {
		loc = londonOrUTC()
	}
	d, err := parse(file, r, MaxFileBytes)
	if err != nil {
		return Agenda{}, err
	}
	var ag Agenda
	top := d.top()
	if a, ok := top.str("title", &ag.Title); ok && strings.TrimSpace(ag.Title) == "" {
		d.fail(a, "is empty; give the meeting a title")
	} else if !top.has("title") {
		d.fail(at{}.key("title"), "missing; give the meeting a title, like title = \"Co-production Group\"")
	}
	if t, _, ok := when(d, top, "start", loc, false); ok {
		ag.Start = t
	} else if !top.has("start") {
		d.fail(at{}.key("start"), "missing; give the date and time the meeting starts, like start = 2026-12-03T10:00:00")
	}
	top.str("place", &ag.Place)
	top.boolean("online", &ag.Online)
	if t, dateOnly, ok := when(d, top, "next", loc, true); ok {
		ag.Next, ag.NextDateOnly = t, dateOnly
	}
	readEnd(d, top, &ag, loc)
	items := top.tables("item")
	for _, t := range items {
		ag.Items = append(ag.Items, readItem(d, t, people))
	}
	for _, t := range top.tables("paper") {
		ag.Papers = append(ag.Papers, readPaper(d, t, loc))
	}
	if len(items) == 0 && !d.failed(at{}.key("item")) {
		d.fail(at{}.key("item"), "missing; add at least one [[item]] with a title and minutes")
	}
	top.unknown("at the top level", "title", "start", "end", "place", "online", "next", "[[item]]", "[[paper]]")
	if err := d.err(); err != nil {
		return Agenda{}, err
	}
	return ag, nil
}

// readItem reads one [[item]] table.
func readItem(d *doc, t *table, people *roster.Roster) Item {
	var it Item
	if a, ok := t.str("title", &it.Title); ok && strings.TrimSpace(it.Title) == "" {
		d.fail(a, "is empty; give the item a title")
	} else if !t.has("title") {
		d.fail(t.at.key("title"), "missing; give the item a title, like title = \"Welcome\"")
	}
	const wantMinutes = "a whole number of minutes, 1 or more"
	if n, a, ok := t.integer("minutes", wantMinutes); ok {
		if n < 1 {
			d.fail(a, "must be %s (got %d)", wantMinutes, n)
		} else {
			it.Minutes = n
		}
	} else if !t.has("minutes") {
		d.fail(t.at.key("minutes"), "missing; give the item a time, like minutes = 10")
	}
	if a, ok := t.str("lead", &it.Lead); ok && it.Lead != "" && people != nil {
		if _, found := people.Get(it.Lead); !found {
			d.fail(a, "%s", unknownLead(it.Lead, people))
		}
	}
	var ladder string
	if a, ok := t.str("ladder", &ladder); ok {
		if !Ladder(ladder).Valid() {
			d.fail(a, "%s is not a rung of the ladder; use %s (or leave it out)", strconv.Quote(ladder), ladderList())
		} else {
			it.Ladder = Ladder(ladder)
		}
	}
	t.boolean("confidential", &it.Confidential)
	if t.has("break") {
		var b bool
		t.boolean("break", &b)
		it.Break = &b
	}
	t.unknown("in [[item]]", "title", "minutes", "lead", "ladder", "confidential", "break")
	return it
}

// ladderList is the rungs of the ladder, quoted, as the errors list them.
func ladderList() string {
	var q []string
	for _, l := range Ladders() {
		q = append(q, strconv.Quote(string(l)))
	}
	return prose.OrList(q)
}

// unknownLead says that lead is not a roster id, and what is: the people
// the text might mean, or else the ids there are.
func unknownLead(lead string, people *roster.Roster) string {
	msg := strconv.Quote(lead) + " is not a roster id"
	if sugg := people.Suggest(lead); len(sugg) > 0 {
		var names []string
		for _, p := range sugg {
			names = append(names, p.ID+" ("+p.Name+")")
		}
		return msg + "; did you mean " + prose.OrList(names) + "?"
	}
	ids := people.IDs()
	switch {
	case len(ids) == 0:
		return msg + "; the roster has no one in it"
	case len(ids) > maxListedIDs:
		return fmt.Sprintf("%s; ids include %s (and %d more)", msg, strings.Join(ids[:maxListedIDs], ", "), len(ids)-maxListedIDs)
	}
	return msg + "; use one of " + strings.Join(ids, ", ")
}

// The zones the toml package gives times written without an offset.
const (
	tomlLocalDatetime = "datetime-local"
	tomlLocalDate     = "date-local"
	tomlLocalTime     = "time-local"
)

// when reads a TOML date and time at key. Local date-times are taken in
// loc; a local date alone is allowed only when dateOK (it is then midnight
// in loc, and dateOnly is true); a time alone never is.
func when(d *doc, t *table, key string, loc *time.Location, dateOK bool) (tm time.Time, dateOnly, ok bool) {
	v, a, present := t.get(key)
	if !present {
		return time.Time{}, false, false
	}
	const want = "a date and time, like 2026-12-03T10:00:00 (no quotes)"
	tv, isTime := v.(time.Time)
	if !isTime {
		d.fail(a, "must be %s (got %s)", want, describe(v))
		return time.Time{}, false, false
	}
	wall := func() time.Time {
		return time.Date(tv.Year(), tv.Month(), tv.Day(), tv.Hour(), tv.Minute(), tv.Second(), tv.Nanosecond(), loc)
	}
	switch tv.Location().String() {
	case tomlLocalDatetime:
		return wall(), false, true
	case tomlLocalDate:
		if dateOK {
			return wall(), true, true
		}
		d.fail(a, "needs a time as well as a date, like %s", tv.Format("2006-01-02")+"T10:00:00")
	case tomlLocalTime:
		d.fail(a, "needs a date as well as a time, like 2026-12-03T%s", tv.Format("15:04:05"))
	default:
		return tv.In(loc), false, true
	}
	return time.Time{}, false, false
}

// londonOrUTC is the default zone for agenda times.
func londonOrUTC() *time.Location {
	if loc, err := time.LoadLocation(DefaultTimezone); err == nil {
		return loc
	}
	return time.UTC
}
