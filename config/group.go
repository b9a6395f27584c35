package config

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // time zones work on machines without a zoneinfo database

	"github.com/gyda/gyda/internal/prose"
)

// DefaultTimezone is the time zone a group meets in unless group.toml says
// otherwise, and the zone of agenda times written without an offset.
const DefaultTimezone = "Europe/London"

// DefaultGroup returns the rules a group has before group.toml changes
// them: quorum of 6 with at least 2 lived-experience members, remote
// attendees counting; a 10-minute break every 60 minutes; minutes in
// Markdown, in English; Europe/London; the theme chosen from the terminal;
// 2 minutes' grace for a dropped remote connection; every rotation rule on;
// a kind word to the chair after 3 meetings missed running without
// apologies; 1 time credit an hour and mileage at 45p a mile (the HMRC
// approved rate for a car); papers sent out 7 days before a meeting; a
// vote carried by a simple majority, and no term for an elected chair.
func DefaultGroup() Group {
	return Group{
		Timezone: DefaultTimezone,
		Theme:    "auto",
		Quorum:   Quorum{MinPresent: 6, MinLivedExperience: 2, RemoteCounts: true},
		Breaks:   Breaks{Every: Duration{60 * time.Minute}, Length: Duration{10 * time.Minute}},
		Minutes:  Minutes{Formats: []string{"md"}, Language: "en"},
		Share:    Share{Grace: Duration{2 * time.Minute}},
		Rotation: Rotation{TrainedFirst: true, ChairMustBeLivedExperience: true,
			NoChairAtFirstMeeting: true, MinutesNotStaffTwiceRunning: true},
		Attendance:  Attendance{FlagAfter: DefaultFlagAfter},
		Recognition: Recognition{CreditsPerHour: 1, MileageRate: DefaultMileageRate},
		Papers:      Papers{NoticeDays: DefaultNoticeDays},
		Votes:       Votes{Majority: MajoritySimple},
	}
}

// DefaultFlagAfter is how many meetings running a member may miss without
// apologies before the chair is told, unless group.toml says otherwise.
const DefaultFlagAfter = 3

// DefaultMileageRate is the mileage rate in pounds per mile unless
// group.toml says otherwise: HMRC's approved rate for a car.
const DefaultMileageRate = 0.45

// MinutesFormats lists the minutes file formats, in the order they are shown.
func MinutesFormats() []string { return []string{"md", "txt", "html", "docx", "ics", "csv"} }

// Languages lists the languages minutes can be written in: English, Welsh,
// or both.
func Languages() []string { return []string{"en", "cy", "en+cy"} }

// Themes lists the screen themes; "auto" picks light or dark from the
// terminal without waiting for it.
func Themes() []string { return []string{"auto", "dark", "light", "high-contrast"} }

// Location returns the group's time zone, or Europe/London if the name does
// not load (ParseGroup has checked it, so that only happens to a Group made
// in code).
func (g Group) Location() *time.Location {
	if loc, err := loadLocation(g.Timezone); err == nil {
		return loc
	}
	if loc, err := time.LoadLocation(DefaultTimezone); err == nil {
		return loc
	}
	return time.UTC
}

// loadLocation loads an IANA time zone, refusing "" and "Local", which
// time.LoadLocation would take as UTC and as this machine's zone.
func loadLocation(name string) (*time.Location, error) {
	if name == "" || name == "Local" {
		return nil, errors.New("not a time zone name")
	}
	return time.LoadLocation(name)
}

// LoadGroup reads and checks the group.toml at path. A missing file is an
// error that says to run gyda init.
func LoadGroup(path string) (Group, error) {
	f, err := os.Open(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return Group{}, &hintError{
				msg: fmt.Sprintf("load group %s: no such file; run %q to create a group folder", path, initCommand(filepath.Dir(path))),
				err: err,
			}
		}
		return Group{}, fmt.Errorf("load group %s: %w", path, err)
	}
	defer f.Close()
	return ParseGroup(path, f)
}

// initCommand is the gyda init command line that makes a group folder in
// dir.
func initCommand(dir string) string {
	if dir == "." || dir == "" {
		return "gyda init"
	}
	return "gyda init " + dir
}

// ParseGroup reads a group.toml from r; file names it in errors. It starts
// from DefaultGroup and each key written overrides a default. Unknown keys,
// values of the wrong type and values out of range are errors (*Error, or
// several joined), and then no Group is returned.
func ParseGroup(file string, r io.Reader) (Group, error) {
	d, err := parse(file, r, MaxFileBytes)
	if err != nil {
		return Group{}, err
	}
	g := DefaultGroup()
	top := d.top()
	top.str("name", &g.Name)
	if a, ok := top.str("timezone", &g.Timezone); ok {
		if _, err := loadLocation(g.Timezone); err != nil {
			d.fail(a, "%q is not a time zone; use a name such as %q", g.Timezone, DefaultTimezone)
		}
	}
	oneOf(d, top, "theme", "a theme", Themes(), &g.Theme)
	if q := top.sub("quorum"); q != nil {
		readQuorum(d, q, &g.Quorum)
	}
	if b := top.sub("breaks"); b != nil {
		b.duration("every", &g.Breaks.Every)
		b.duration("length", &g.Breaks.Length)
		b.unknown("in [breaks]", "every", "length")
	}
	if m := top.sub("minutes"); m != nil {
		readMinutes(d, m, &g.Minutes)
	}
	if gl, ok := top.strMap("glossary"); ok {
		g.Glossary = gl
	}
	if p := top.sub("plain"); p != nil {
		if avoid, ok := p.strMap("avoid"); ok {
			g.Plain.Avoid = avoid
		}
		p.unknown("in [plain]", "[plain.avoid]")
	}
	if s := top.sub("share"); s != nil {
		s.duration("grace", &g.Share.Grace)
		s.unknown("in [share]", "grace")
	}
	if r := top.sub("room"); r != nil {
		r.boolean("show_passcode", &g.Room.ShowPasscode)
		r.unknown("in [room]", "show_passcode")
	}
	if r := top.sub("rotation"); r != nil {
		r.boolean("trained_first", &g.Rotation.TrainedFirst)
		r.boolean("chair_must_be_lived_experience", &g.Rotation.ChairMustBeLivedExperience)
		r.boolean("no_chair_at_first_meeting", &g.Rotation.NoChairAtFirstMeeting)
		r.boolean("minutes_not_staff_twice_running", &g.Rotation.MinutesNotStaffTwiceRunning)
		readTerm(d, r, &g.Rotation.Term)
		r.unknown("in [rotation]", "trained_first", "chair_must_be_lived_experience", "no_chair_at_first_meeting", "minutes_not_staff_twice_running", "term")
	}
	if a := top.sub("attendance"); a != nil {
		if n, at, ok := a.integer("flag_after", "a whole number of meetings, 0 to 52 (0 turns the flag off)"); ok {
			if n < 0 || n > 52 {
				d.fail(at, "must be a whole number of meetings, 0 to 52 (0 turns the flag off) (got %d)", n)
			} else {
				g.Attendance.FlagAfter = n
			}
		}
		a.unknown("in [attendance]", "flag_after")
	}
	if r := top.sub("recognition"); r != nil {
		readRecognition(d, r, &g.Recognition)
	}
	if p := top.sub("papers"); p != nil {
		readPapersTable(d, p, &g.Papers)
	}
	if v := top.sub("votes"); v != nil {
		readVotes(d, v, &g.Votes)
	}
	top.unknown("at the top level", "name", "timezone", "theme", "[quorum]", "[breaks]", "[minutes]", "[glossary]", "[plain]", "[share]",
		"[room]", "[rotation]", "[attendance]", "[recognition]", "[papers]", "[votes]")
	if err := d.err(); err != nil {
		return Group{}, err
	}
	return g, nil
}

// readQuorum reads the [quorum] table into q.
func readQuorum(d *doc, t *table, q *Quorum) {
	minPresent, presentAt, presentOK := t.integer("min_present", "a whole number, 1 or more")
	if presentOK {
		if minPresent < 1 {
			d.fail(presentAt, "must be a whole number, 1 or more (got %d)", minPresent)
			presentOK = false
		} else {
			q.MinPresent = minPresent
		}
	}
	minLived, livedAt, livedOK := t.integer("min_lived_experience", "a whole number, 0 or more")
	if livedOK {
		if minLived < 0 {
			d.fail(livedAt, "must be a whole number, 0 or more (got %d)", minLived)
			livedOK = false // not compared with min_present: the default is not what was written
		} else {
			q.MinLivedExperience = minLived
		}
	}
	if (presentOK || !t.has("min_present")) && (livedOK || !t.has("min_lived_experience")) &&
		q.MinLivedExperience > q.MinPresent {
		a := livedAt
		if !t.has("min_lived_experience") {
			a = presentAt
		}
		d.fail(a, "min_lived_experience (%d) cannot be more than min_present (%d)", q.MinLivedExperience, q.MinPresent)
	}
	t.boolean("remote_counts", &q.RemoteCounts)
	t.unknown("in [quorum]", "min_present", "min_lived_experience", "remote_counts")
}

// readRecognition reads the [recognition] table into r.
func readRecognition(d *doc, t *table, r *Recognition) {
	const creditsWant = "a number of time credits more than 0 and at most 10, like 1 or 1.5"
	if v, a, ok := t.number("credits_per_hour", creditsWant); ok {
		if v <= 0 || v > 10 {
			d.fail(a, "must be %s (got %s)", creditsWant, formatNumber(v))
		} else {
			r.CreditsPerHour = v
		}
	}
	const rateWant = "pounds per mile, 0 to 5, in pounds and pence like 0.45 for 45p"
	if v, a, ok := t.number("mileage_rate", rateWant); ok {
		switch {
		case v < 0 || v > 5:
			d.fail(a, "must be %s (got %s)", rateWant, formatNumber(v))
		case math.Abs(v*100-math.Round(v*100)) > 1e-6:
			d.fail(a, "must be in whole pence, like 0.45 for 45p (got %s)", formatNumber(v))
		default:
			r.MileageRate = v
		}
	}
	t.unknown("in [recognition]", "credits_per_hour", "mileage_rate")
}

// readMinutes reads the [minutes] table into m.
func readMinutes(d *doc, t *table, m *Minutes) {
	if t.has("formats") {
		formats, places, ok := t.strList("formats")
		var kept []string
		for i, f := range formats {
			f = strings.ToLower(strings.TrimSpace(f))
			if !slices.Contains(MinutesFormats(), f) {
				d.fail(places[i], "%s is not a minutes format; use %s", strconv.Quote(formats[i]), prose.OrList(MinutesFormats()))
				continue
			}
			if !slices.Contains(kept, f) {
				kept = append(kept, f)
			}
		}
		if ok && len(formats) == 0 {
			_, a, _ := t.get("formats")
			d.fail(a, "list at least one format: %s", prose.OrList(MinutesFormats()))
		}
		m.Formats = kept
	}
	oneOf(d, t, "language", "a minutes language", Languages(), &m.Language)
	t.boolean("large_print", &m.LargePrint)
	t.unknown("in [minutes]", "formats", "language", "large_print")
}

// oneOf reads key into dst when its value is one of allowed; what names
// the thing for the error (`"blue" is not a theme; use ...`).
func oneOf(d *doc, t *table, key, what string, allowed []string, dst *string) {
	var s string
	a, ok := t.str(key, &s)
	if !ok {
		return
	}
	if !slices.Contains(allowed, s) {
		d.fail(a, "%s is not %s; use %s", strconv.Quote(s), what, prose.OrList(allowed))
		return
	}
	*dst = s
}
