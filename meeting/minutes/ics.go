package minutes

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"
)

// ICS writes the actions as a calendar (RFC 5545): each action an all-day
// event on its due date, with the owner in the summary, marked free so it
// blocks no one's diary; the next meeting, if the agenda gives it, at
// this meeting's place (and online, if this one was), with a description
// that says so, as the agenda has no place for the next meeting; and, for
// a chair or minute-taker elected for a term ([rotation] term), the day
// the term ends, when an election is due.
// Lines end in CRLF and are folded at 75 octets; each event's UID comes
// from the meeting's key and the action's number, so writing the minutes
// again updates the same events instead of adding new ones. DTSTAMP is
// when the meeting ended (or opened), so the file is the same every time.
func ICS(m *Model) []byte {
	langs := languages(m.Language)
	p := langs[0]
	w := &icsWriter{}
	stamp := m.Ended
	if stamp.IsZero() {
		stamp = m.Opened
	}
	dtstamp := stamp.UTC().Format("20060102T150405Z")
	w.prop("BEGIN", "VCALENDAR")
	w.prop("VERSION", "2.0")
	w.prop("PRODID", "-//gyda//gyda minutes//EN")
	w.prop("CALSCALE", "GREGORIAN")
	w.prop("METHOD", "PUBLISH")
	lang := ""
	if len(langs) == 1 {
		lang = ";LANGUAGE=" + p.tag()
	}
	name := m.Title + ": " + lowerFirst(joinFixed(langs, func(p phrasebook) string { return p.actions() }))
	w.prop("X-WR-CALNAME", icsText(name))
	for _, a := range m.Actions {
		// Each event is read on its own, so each spells out its acronyms.
		x := newExpander(m.Glossary)
		text := x.Expand(a.Text)
		w.prop("BEGIN", "VEVENT")
		w.prop("UID", fmt.Sprintf("%s-action-%d@gyda", m.Key, a.Number))
		w.prop("DTSTAMP", dtstamp)
		w.prop("DTSTART;VALUE=DATE", a.Due.Format("20060102"))
		w.prop("DTEND;VALUE=DATE", a.Due.AddDate(0, 0, 1).Format("20060102"))
		w.prop("SUMMARY"+lang, icsText(joinFixed(langs, func(p phrasebook) string { return p.actionSummary(a, text) })))
		w.prop("DESCRIPTION"+lang, icsText(joinFixed(langs, func(p phrasebook) string { return p.actionDescription(m, a) })))
		w.prop("TRANSP", "TRANSPARENT")
		w.prop("STATUS", "CONFIRMED")
		w.prop("END", "VEVENT")
	}
	icsElections(w, m, langs, lang, dtstamp)
	if !m.Next.IsZero() {
		w.prop("BEGIN", "VEVENT")
		w.prop("UID", m.Key+"-next-meeting@gyda")
		w.prop("DTSTAMP", dtstamp)
		if m.NextDateOnly {
			w.prop("DTSTART;VALUE=DATE", m.Next.Format("20060102"))
			w.prop("DTEND;VALUE=DATE", m.Next.AddDate(0, 0, 1).Format("20060102"))
		} else {
			length := m.Planned
			if length <= 0 {
				length = 2 * time.Hour
			}
			w.prop("DTSTART", m.Next.UTC().Format("20060102T150405Z"))
			w.prop("DTEND", m.Next.Add(length).UTC().Format("20060102T150405Z"))
		}
		w.prop("SUMMARY"+lang, icsText(joinFixed(langs, func(p phrasebook) string { return p.nextSummary(m.Title) })))
		if where := icsLocation(langs, m); where != "" {
			// The agenda gives only this meeting's place: say so.
			w.prop("LOCATION"+lang, icsText(where))
			w.prop("DESCRIPTION"+lang, icsText(joinFixed(langs, func(p phrasebook) string { return p.nextPlace(m) })))
		}
		w.prop("END", "VEVENT")
	}
	w.prop("END", "VCALENDAR")
	return []byte(w.b.String())
}

// icsLocation is where the meeting was, in one line: "Orangery, Margam
// Park, and online"; bilingually, "..., ac ar-lein / and online".
func icsLocation(langs []phrasebook, m *Model) string {
	switch {
	case m.Place != "" && m.Online:
		return m.Place + ", " + joinFixed(langs, func(p phrasebook) string { return p.alsoOnline() })
	case m.Online:
		return joinFixed(langs, func(p phrasebook) string { return p.place("", true) })
	}
	return m.Place
}

// joinFixed is a fixed phrase in every language, "Welsh / English".
func joinFixed(langs []phrasebook, f func(p phrasebook) string) string {
	return fixedLine(langs, f).plainText()
}

type icsWriter struct{ b strings.Builder }

// prop writes one content line, folded so no line is longer than 75
// octets: a long line breaks (never inside a character) and each
// continuation starts with a space.
func (w *icsWriter) prop(name, value string) {
	s := name + ":" + value
	limit := 75
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		if cut == 0 { // no character starts in reach: not UTF-8, cut anyway
			cut = limit
		}
		w.b.WriteString(s[:cut] + "\r\n ")
		s = s[cut:]
		limit = 74 // the space takes one octet
	}
	w.b.WriteString(s + "\r\n")
}

// icsText escapes a TEXT value: backslash, semicolon, comma and newline.
func icsText(s string) string {
	r := strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\r\n", `\n`, "\n", `\n`, "\r", `\n`)
	return r.Replace(s)
}
