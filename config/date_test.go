package config

import (
	"errors"
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	ref := time.Date(2026, 12, 3, 0, 0, 0, 0, time.UTC)
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	for _, tc := range []struct {
		in   string
		want time.Time
	}{
		{"2027-01-31", day(2027, 1, 31)},
		{"2027/01/31", day(2027, 1, 31)},
		{"31/01/2027", day(2027, 1, 31)},
		{"31-01-2027", day(2027, 1, 31)},
		{"31.1.27", day(2027, 1, 31)},
		{"1/2/2027", day(2027, 2, 1)},
		{"31 Jan 2027", day(2027, 1, 31)},
		{"31 January 2027", day(2027, 1, 31)},
		{"31st January 2027", day(2027, 1, 31)},
		{"the 31st of January, 2027", day(2027, 1, 31)},
		{"Sunday 31 January 2027", day(2027, 1, 31)},
		{"January 31, 2027", day(2027, 1, 31)},
		{"31 Ionawr 2027", day(2027, 1, 31)},
		{"3 Rhagfyr 2026", day(2026, 12, 3)},
		{"dydd Mercher 3 Mawrth 2027", day(2027, 3, 3)},
		{"3 Sept 2027", day(2027, 9, 3)},
		{"31 Jan 27", day(2027, 1, 31)},
		{"  3 december 2026 ", day(2026, 12, 3)},
	} {
		got, err := ParseDate(tc.in, ref)
		if err != nil || !got.Equal(tc.want) {
			t.Errorf("ParseDate(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
		}
	}
}

func TestParseDateAsksRatherThanGuesses(t *testing.T) {
	ref := time.Date(2026, 12, 3, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		in      string
		suggest string // "" when nothing can be suggested
	}{
		{"31 Jan", "2027-01-31"},      // no year: the next 31 January
		{"31/01", "2027-01-31"},       // the same, in numbers
		{"25 December", "2026-12-25"}, // later this year
		{"01/31/2027", "2027-01-31"},  // only month first makes a date
		{"31/02/2027", ""},
		{"32 January 2027", ""},
		{"soon", ""},
		{"", ""},
		{"next meeting", ""},
		{"2027-13-01", ""},
		{"12345", ""},
		{"31/01/20277", ""},
	} {
		_, err := ParseDate(tc.in, ref)
		var de *DateError
		if !errors.As(err, &de) {
			t.Errorf("ParseDate(%q): err %v, want a *DateError", tc.in, err)
			continue
		}
		got := ""
		if !de.Suggest.IsZero() {
			got = de.Suggest.Format("2006-01-02")
		}
		if got != tc.suggest {
			t.Errorf("ParseDate(%q) suggests %q, want %q (%v)", tc.in, got, tc.suggest, err)
		}
	}
}

func TestIsNextMeeting(t *testing.T) {
	for in, want := range map[string]bool{
		"next meeting": true, "Next Meeting": true, "the next meeting": true, "by next meeting": true,
		"cyfarfod nesaf": true, "next week": false, "2027-01-31": false,
	} {
		if got := IsNextMeeting(in); got != want {
			t.Errorf("IsNextMeeting(%q) = %v", in, got)
		}
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"31/01/2027", "31 Jan", "2027-01-31", "1.2.3", "31st of Mawrth 2027", "99/99/99"} {
		f.Add(s)
	}
	ref := time.Date(2026, 12, 3, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s, ref)
		if err == nil && (d.Hour() != 0 || d.Location() != time.UTC) {
			t.Fatalf("ParseDate(%q) = %v: not a day at midnight UTC", s, d)
		}
		var de *DateError
		if err != nil && !errors.As(err, &de) {
			t.Fatalf("ParseDate(%q): %v is not a *DateError", s, err)
		}
	})
}

// The edges of a date typed in: years of four digits from 1000 to 9999,
// a two-digit year 00 as 2000, and 29 February without a year suggested
// as the next one, up to four years ahead.
func TestParseDateAtItsEdges(t *testing.T) {
	ref := time.Date(2028, 3, 1, 0, 0, 0, 0, time.UTC) // the day after a 29 February
	for _, tc := range []struct {
		in   string
		want string // the day read, or the day suggested; "" for neither
	}{
		{"01/01/1000", "1000-01-01"},
		{"31/12/9999", "9999-12-31"},
		{"31/12/0999", ""},
		{"1 January 1000", "1000-01-01"},
		{"31 December 9999", "9999-12-31"},
		{"31/01/00", "2000-01-31"},
		{"31 January 27", "2027-01-31"},
		{"January 31, 00", "2000-01-31"},
		{"31 January 027", ""},
		{"29/02", "2032-02-29"},
		{"29 February", "2032-02-29"},
	} {
		d, err := ParseDate(tc.in, ref)
		var de *DateError
		if errors.As(err, &de) {
			d = de.Suggest
		}
		got := ""
		if !d.IsZero() {
			got = d.Format("2006-01-02")
		}
		if got != tc.want {
			t.Errorf("ParseDate(%q) = %q (%v); want %q", tc.in, got, err, tc.want)
		}
	}
}
