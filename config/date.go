package config

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/gyda/gyda/roster"
)

// Dates typed by people. This is the one parser for a day typed anywhere
// in gyda: an action's due date, a new date in the matters arising, the
// agenda form's date and papers' sent dates, and gyda credits and audit's
// --from and --to. It reads:
//
//	2027-01-31                         ISO
//	31/01/2027, 31-01-2027, 31.1.27    UK day-first (a two-digit year is 20YY)
//	31 Jan 2027, 31 January 2027       the month in words, English or Welsh
//	31 Ionawr 2027, Jan 31 2027        (31st, "the 31st of", a weekday and commas are fine)
//
// A date that could be read two ways is asked about, never guessed
// (DateError.Suggest): one without a year ("31 Jan", "31/01"), and a
// numeric one that is only a date month first ("01/31/2027"). "next
// meeting" is not a day this parser can know; callers check IsNextMeeting
// first and use the agenda's next meeting.

// DateError says why a typed day is not one. When Suggest is set, the text
// could be that day, and the person should be asked ("31 January 2027?").
type DateError struct {
	Input   string
	Msg     string
	Suggest time.Time // a day at midnight UTC, or zero
}

func (e *DateError) Error() string { return e.Msg }

// DateHelp is how a date may be typed, for errors and prompts.
const DateHelp = "like 31/01/2027, 31 January 2027 or 2027-01-31"

// IsNextMeeting reports whether s means the next meeting ("next meeting",
// "the next meeting", "by next meeting", "cyfarfod nesaf").
func IsNextMeeting(s string) bool {
	f := strings.Join(strings.Fields(roster.Fold(s)), " ")
	f = strings.TrimPrefix(f, "by ")
	f = strings.TrimPrefix(f, "the ")
	f = strings.TrimPrefix(f, "y ")
	switch f {
	case "next meeting", "the next meeting", "next time", "cyfarfod nesaf", "cyfarfod nesa":
		return true
	}
	return false
}

// ParseDate reads a day typed by a person, as listed above; the day is
// returned at midnight UTC. ref is the day it is typed for (the meeting's
// day): a day without a year is suggested as the first such day from ref
// on.
func ParseDate(s string, ref time.Time) (time.Time, error) {
	in := strings.TrimSpace(s)
	if in == "" {
		return time.Time{}, &DateError{Input: s, Msg: "no date given: type one " + DateHelp}
	}
	if d, ok := parseISO(in); ok {
		return d, nil
	}
	if d, err, ok := parseNumeric(in, ref); ok {
		return d, err
	}
	if d, err, ok := parseWords(in, ref); ok {
		return d, err
	}
	return time.Time{}, &DateError{Input: s, Msg: fmt.Sprintf("%q is not a date: type it %s", in, DateHelp)}
}

// LongDate shows a day as people write it: "31 January 2027".
func LongDate(t time.Time) string { return t.Format("2 January 2006") }

func parseISO(s string) (time.Time, bool) {
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, true
	}
	if t, err := time.Parse("2006/01/02", s); err == nil {
		return t, true
	}
	return time.Time{}, false
}

// parseNumeric reads 31/01/2027, 31-01-27, 31.1.2027 and 31/01. ok is
// false when s is not made of two or three numbers.
func parseNumeric(s string, ref time.Time) (time.Time, error, bool) {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '/' || r == '-' || r == '.' })
	if len(parts) < 2 || len(parts) > 3 {
		return time.Time{}, nil, false
	}
	nums := make([]int, len(parts))
	for i, p := range parts {
		n, err := strconv.Atoi(strings.TrimSpace(p))
		if err != nil || n < 0 {
			return time.Time{}, nil, false
		}
		nums[i] = n
	}
	if strings.Count(s, "/")+strings.Count(s, "-")+strings.Count(s, ".") != len(parts)-1 {
		return time.Time{}, nil, false
	}
	day, month := nums[0], nums[1]
	if len(nums) == 2 {
		d, ok := nextDay(day, time.Month(month), ref)
		if !ok {
			return time.Time{}, badDate(s), true
		}
		return time.Time{}, noYear(s, d), true
	}
	year := nums[2]
	switch {
	case len(parts[2]) <= 2:
		year += 2000
	case len(parts[2]) != 4:
		return time.Time{}, badDate(s), true
	}
	if d, ok := makeDay(year, time.Month(month), day); ok {
		return d, nil, true
	}
	if d, ok := makeDay(year, time.Month(day), month); ok {
		// Only month first makes a date: ask, never guess.
		return time.Time{}, &DateError{Input: s, Suggest: d,
			Msg: fmt.Sprintf("%q is not a date day first (as 31/01/2027 is); did you mean %s?", s, LongDate(d))}, true
	}
	return time.Time{}, badDate(s), true
}

// parseWords reads a date with the month in words: "31 Jan 2027",
// "Thursday 31st January 2027", "January 31, 2027", "31 Ionawr 2027".
func parseWords(s string, ref time.Time) (time.Time, error, bool) {
	var day, year int
	var month time.Month
	for _, w := range strings.FieldsFunc(roster.Fold(s), func(r rune) bool {
		return unicode.IsSpace(r) || r == ',' || r == '/' || r == '-' || r == '.'
	}) {
		if m, ok := monthNamed(w); ok && month == 0 {
			month = m
			continue
		}
		if n, ok := ordinal(w); ok {
			switch {
			case day == 0 && n >= 1 && n <= 31:
				day = n
			case year == 0 && n >= 1000:
				year = n
			case year == 0 && day != 0 && n < 100 && len(w) == 2:
				year = 2000 + n
			default:
				return time.Time{}, badDate(s), true
			}
			continue
		}
		if fillerWords[w] {
			continue
		}
		return time.Time{}, nil, false
	}
	if month == 0 || day == 0 {
		return time.Time{}, nil, false
	}
	if year == 0 {
		d, ok := nextDay(day, month, ref)
		if !ok {
			return time.Time{}, badDate(s), true
		}
		return time.Time{}, noYear(s, d), true
	}
	d, ok := makeDay(year, month, day)
	if !ok {
		return time.Time{}, badDate(s), true
	}
	return d, nil, true
}

// fillerWords may stand in a date without changing it: weekdays in English
// and Welsh, "the", "of".
var fillerWords = map[string]bool{
	"the": true, "of": true, "on": true, "dydd": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thur": true, "thurs": true, "fri": true, "sat": true, "sun": true,
	"llun": true, "mercher": true, "iau": true, "gwener": true, "sadwrn": true, "sul": true,
}

// monthNamed finds a month by its English or Welsh name or a short form
// of it ("Jan", "Sept", "Ion"); w is folded.
func monthNamed(w string) (time.Month, bool) {
	english := []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}
	welsh := []string{"ionawr", "chwefror", "mawrth", "ebrill", "mai", "mehefin", "gorffennaf", "awst", "medi", "hydref", "tachwedd", "rhagfyr"}
	for i := range english {
		if w == english[i] || w == welsh[i] || len(w) >= 3 && strings.HasPrefix(english[i], w) {
			return time.Month(i + 1), true
		}
	}
	if w == "sept" {
		return time.September, true
	}
	return 0, false
}

// ordinal reads "31", "31st", "2nd", "3rd", "4th", "1af" (Welsh "cyntaf").
func ordinal(w string) (int, bool) {
	for _, suffix := range []string{"st", "nd", "rd", "th", "af", "ydd", "fed", "ed"} {
		if t, ok := strings.CutSuffix(w, suffix); ok && t != "" {
			w = t
			break
		}
	}
	n, err := strconv.Atoi(w)
	return n, err == nil
}

func makeDay(year int, month time.Month, day int) (time.Time, bool) {
	if month < 1 || month > 12 || day < 1 || day > 31 || year < 1000 || year > 9999 {
		return time.Time{}, false
	}
	t := time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
	return t, t.Day() == day
}

// nextDay is the first day/month on or after ref's day.
func nextDay(day int, month time.Month, ref time.Time) (time.Time, bool) {
	from := time.Date(ref.Year(), ref.Month(), ref.Day(), 0, 0, 0, 0, time.UTC)
	for y := from.Year(); y <= from.Year()+4; y++ {
		if d, ok := makeDay(y, month, day); ok && !d.Before(from) {
			return d, true
		}
	}
	return time.Time{}, false
}

func noYear(s string, d time.Time) error {
	return &DateError{Input: s, Suggest: d, Msg: fmt.Sprintf("%q has no year; did you mean %s?", s, LongDate(d))}
}

func badDate(s string) error {
	return &DateError{Input: s, Msg: fmt.Sprintf("%q is not a day of the calendar: type a date %s", s, DateHelp)}
}
