package config

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/gyda/gyda/internal/prose"
	"github.com/gyda/gyda/roster"
)

// Warning is something in a valid agenda worth a second look before it
// goes out: items that add up to more time than the meeting has, no break
// in a long meeting, papers that go out late or without a version someone
// needs. Unlike an Error it does not stop the agenda being used.
type Warning struct {
	// Key is what the warning is about, named as errors name keys: "end",
	// "item", "item[3].lead", "paper[2].sent". KeyLine finds its line.
	Key string
	// Msg says what is wrong and what to do, in plain words.
	Msg string
}

// String formats w as "key: message".
func (w Warning) String() string { return w.Key + ": " + w.Msg }

// FormatNeed is a version of the papers that some members need.
type FormatNeed struct {
	Format string   // from PaperFormats
	People []string // the names of the active members who need it
}

// PaperNeeds lists, for each paper format, the active (not retired)
// members who need it: large print and easy read from their access needs,
// Welsh from their language. Formats nobody needs are left out.
func PaperNeeds(people *roster.Roster) []FormatNeed {
	var out []FormatNeed
	for _, f := range PaperFormats() {
		var names []string
		for _, p := range people.Active() {
			if needsFormat(p, f) {
				names = append(names, p.Name)
			}
		}
		if len(names) > 0 {
			out = append(out, FormatNeed{Format: f, People: names})
		}
	}
	return out
}

// needsFormat reports whether p needs papers in format f.
func needsFormat(p roster.Person, f string) bool {
	switch f {
	case FormatWelsh:
		return strings.EqualFold(strings.TrimSpace(p.Language), "cy") || p.HasNeed("welsh")
	default:
		return p.HasNeed(f)
	}
}

// breakWords are words that mark an agenda item as a break.
func breakWords() *regexp.Regexp {
	return regexp.MustCompile(`(?i)\b(break|breaks|lunch|tea|coffee|egwyl|toriad|cinio)\b`)
}

// IsBreak reports whether an agenda item is a planned break: break = true,
// or (without break = false) a title with a word such as "break", "lunch"
// or "egwyl" that is not a break-out group.
func (it Item) IsBreak() bool {
	if it.Break != nil {
		return *it.Break
	}
	return breakWords().MatchString(it.Title) && !breakOut().MatchString(it.Title)
}

// breakOut matches break-out groups, which are not breaks.
func breakOut() *regexp.Regexp { return regexp.MustCompile(`(?i)\bbreak[- ]?outs?\b`) }

// TotalMinutes is the time all the items of ag are given.
func (ag Agenda) TotalMinutes() int {
	n := 0
	for _, it := range ag.Items {
		n += it.Minutes
	}
	return n
}

// AgendaWarnings checks a valid agenda against the group's rules and the
// roster (which may be nil) and returns what is worth a second look, in
// the order of the file:
//
//   - the items add up to more time than there is between start and end;
//   - a meeting over an hour (by its end, or by its items when it has no
//     end) with no break item;
//   - an item led by someone who has retired;
//   - a paper not sent yet, or sent later than the group's notice period
//     (g.Papers.Notice days before the day of the meeting);
//   - a paper without a version (large print, easy read, Welsh) that an
//     active member needs.
func AgendaWarnings(ag Agenda, g Group, people *roster.Roster) []Warning {
	var out []Warning
	loc := g.Location()
	total := time.Duration(ag.TotalMinutes()) * time.Minute
	length := total
	if !ag.End.IsZero() && !ag.Start.IsZero() {
		length = ag.End.Sub(ag.Start)
		if total > length {
			out = append(out, Warning{Key: "end", Msg: fmt.Sprintf(
				"the items add up to %s, but the meeting has %s (%s to %s); take %s off the items or end later",
				Span(total), Span(length), ag.Start.In(loc).Format("15:04"), ag.End.In(loc).Format("15:04"), Span(total-length))})
		}
	}
	if length > time.Hour && !slices.ContainsFunc(ag.Items, Item.IsBreak) {
		msg := fmt.Sprintf("no break is planned in a meeting of %s; add an item called \"Break\"", Span(length))
		if g.Breaks.Every.Duration > 0 && g.Breaks.Length.Duration > 0 {
			every := "every " + Span(g.Breaks.Every.Duration)
			if g.Breaks.Every.Duration == time.Hour {
				every = "every hour"
			}
			msg += fmt.Sprintf(" (the group takes a break of %s %s)", Span(g.Breaks.Length.Duration), every)
		}
		out = append(out, Warning{Key: "item", Msg: msg})
	}
	for i, it := range ag.Items {
		if p, ok := people.Get(it.Lead); ok && p.Retired {
			out = append(out, Warning{Key: fmt.Sprintf("item[%d].lead", i+1), Msg: fmt.Sprintf("%s leads %q but has retired from the group", p.Name, it.Title)})
		}
	}
	if ag.Start.IsZero() {
		return out
	}
	notice := g.Papers.Notice()
	day := ag.Start.In(loc)
	meetingDay := time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, 0, loc)
	deadline := meetingDay.AddDate(0, 0, -notice)
	needs := PaperNeeds(people)
	for i, p := range ag.Papers {
		key := fmt.Sprintf("paper[%d]", i+1)
		switch {
		case p.Sent.IsZero():
			out = append(out, Warning{Key: key, Msg: fmt.Sprintf("%q has not been sent yet; send it by %s (%s before the meeting)",
				p.Title, deadline.Format("Monday 2 January"), days(notice))})
		case p.Sent.After(deadline):
			sent := p.Sent.In(loc)
			sentDay := time.Date(sent.Year(), sent.Month(), sent.Day(), 0, 0, 0, 0, loc)
			before := int(meetingDay.Sub(sentDay).Hours()/24 + 0.5)
			when := days(before) + " before the meeting"
			if before <= 0 {
				when = "on or after the day of the meeting"
			}
			out = append(out, Warning{Key: key + ".sent", Msg: fmt.Sprintf("%q goes out on %s, %s; the group's notice is %s, so it should have gone by %s",
				p.Title, sent.Format("Monday 2 January"), when, days(notice), deadline.Format("Monday 2 January"))})
		}
		for _, n := range needs {
			if !slices.Contains(p.Formats, n.Format) {
				out = append(out, Warning{Key: key + ".formats", Msg: fmt.Sprintf("%q has no %s version; %s %s %s",
					p.Title, PaperFormatLabel(n.Format), andList(n.People), needOrNeeds(len(n.People)), PaperFormatLabel(n.Format))})
			}
		}
	}
	return out
}

// andList joins names as a person would say them: "a", "a and b",
// "a, b and c".
func andList(items []string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}

// needOrNeeds agrees the verb with the number of people.
func needOrNeeds(n int) string {
	if n == 1 {
		return "needs"
	}
	return "need"
}

// days writes a number of days: "1 day", "7 days".
func days(n int) string { return prose.Count(n, "day", "days") }

// Span writes a length of time as people say it: "45 minutes", "1 hour",
// "2 hours 10 minutes".
func Span(d time.Duration) string {
	m := int(d.Round(time.Minute) / time.Minute)
	h, m := m/60, m%60
	var parts []string
	switch {
	case h == 1:
		parts = append(parts, "1 hour")
	case h > 1:
		parts = append(parts, strconv.Itoa(h)+" hours")
	}
	switch {
	case m == 1:
		parts = append(parts, "1 minute")
	case m > 1 || h == 0:
		parts = append(parts, strconv.Itoa(m)+" minutes")
	}
	return strings.Join(parts, " ")
}

// KeyLine returns the line of src, a TOML file, where key is written; key
// is named as errors and warnings name keys ("item[2].title", "paper[1]",
// "end"). A key that is not written gives the line of its nearest written
// parent, and 1 when there is none.
func KeyLine(src, key string) int {
	var segs []string
	for _, part := range strings.Split(key, ".") {
		name, rest, _ := strings.Cut(part, "[")
		segs = append(segs, keySeg(name))
		for rest != "" {
			num, after, _ := strings.Cut(rest, "]")
			if n, err := strconv.Atoi(num); err == nil {
				segs = append(segs, indexSeg(n-1))
			}
			rest = strings.TrimPrefix(after, "[")
		}
	}
	return locateKeys(src).find(segs).line
}
