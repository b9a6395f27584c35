package minutes

import (
	"bytes"
	"encoding/csv"
	"fmt"
	gydatext "github.com/gyda/gyda/config/text"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/gyda/gyda/meeting"
)

// CSV writes three spreadsheets, for the organisers, and two more when
// the meeting voted:
//
//	attendance.csv  everyone who was there: name, kind, organisation, in
//	                person or remote, arrived, left, hours
//	actions.csv     the action log: this meeting's actions, then those
//	                carried from earlier meetings with what became of them
//	credits.csv     volunteers' time credits: 1 for each hour they gave
//	votes.csv       each vote: its question, result, counts, counts by
//	                kind, who did not vote and the rule that decided it
//	elections.csv   each election: a row for each candidate, with their
//	                ballots and whether they were elected
//
// Three files rather than one with sections, so each opens in a
// spreadsheet as one table that can be sorted and filtered, and files from
// many meetings can be stacked. Each starts with a UTF-8 byte-order mark
// so Excel shows Welsh letters (ŵ, ŷ, â) rightly; lines end in CRLF; dates
// are YYYY-MM-DD and times HH:MM so spreadsheets read them. A cell that
// starts with = + - @, a tab or a carriage return is written with a ' in
// front, so a spreadsheet never runs what someone typed as a formula.
func CSV(m *Model) []File {
	langs := languages(m.Language)
	date := m.Date.Format("2006-01-02")
	header := func(f func(p phrasebook) []string) []string { return csvHeader(langs, f) }
	word := func(f func(p phrasebook) string) string { return joinFixed(langs, f) }
	end := ""
	if !m.Ended.IsZero() {
		end = clock(m.Ended)
	}

	attendance := [][]string{header(func(p phrasebook) []string { return p.csvAttendance() })}
	everyone := append(append([]Attendee(nil), m.Present...), m.InAttendance...)
	for _, a := range everyone {
		left := end
		if !a.Left.IsZero() {
			left = clock(a.Left)
		}
		attendance = append(attendance, []string{date, a.Name, word(func(p phrasebook) string { return p.kind(a.Kind) }),
			a.Organisation, word(func(p phrasebook) string { return p.how(a) }), clock(a.Arrived), left, hours(a.Hours)})
	}

	x := newExpander(m.Glossary)
	actions := [][]string{header(func(p phrasebook) []string { return p.csvActions() })}
	for _, a := range m.Actions {
		actions = append(actions, []string{date, strconv.Itoa(a.Number), strconv.Itoa(a.Item), a.Owner, x.Expand(a.Text),
			a.Due.Format("2006-01-02"), word(func(p phrasebook) string { return p.actionOpen() })})
	}

	// Then the actions carried from earlier meetings, with what became of
	// them, so the file is the whole action log.
	for _, a := range m.Arising.Actions {
		due := a.Due
		if a.Outcome == meeting.OutcomeNewDate {
			due = a.NewDue
		}
		actions = append(actions, []string{a.FromDate.Format("2006-01-02"), strconv.Itoa(a.FromNumber), "", a.Owner, x.Expand(a.Text),
			due.Format("2006-01-02"), word(func(p phrasebook) string { return p.outcome(a.Outcome) })})
	}

	credits := [][]string{header(func(p phrasebook) []string { return p.csvCredits() })}
	for _, a := range everyone {
		if a.Volunteer() {
			credits = append(credits, []string{date, a.Name, word(func(p phrasebook) string { return p.kind(a.Kind) }),
				hours(a.Hours), strconv.Itoa(meeting.TimeCredits(a.Hours, m.CreditsPerHour))})
		}
	}
	return append([]File{
		{"attendance.csv", WriteCSV(attendance)},
		{"actions.csv", WriteCSV(actions)},
		{"credits.csv", WriteCSV(credits)},
	}, votesCSV(m, langs, date)...)
}

// csvHeader is a header row in every language: "Dyddiad / Date", ...
func csvHeader(langs []phrasebook, f func(p phrasebook) []string) []string {
	n := len(f(langs[0]))
	out := make([]string, n)
	for i := range n {
		out[i] = joinFixed(langs, func(p phrasebook) string { return f(p)[i] })
	}
	return out
}

func hours(h float64) string { return fmt.Sprintf("%.2f", h) }

// WriteCSV writes rows as a spreadsheet file: UTF-8 with a byte-order
// mark (so Excel shows Welsh letters), CRLF line ends, and every cell
// through CSVCell. The minutes' CSV files and gyda credits both use it.
func WriteCSV(rows [][]string) []byte {
	var b bytes.Buffer
	b.WriteString("\ufeff")
	w := csv.NewWriter(&b)
	w.UseCRLF = true
	for _, row := range rows {
		safe := make([]string, len(row))
		for i, c := range row {
			safe[i] = CSVCell(c)
		}
		_ = w.Write(safe) // writing to a bytes.Buffer never fails
	}
	w.Flush()
	return b.Bytes()
}

// CSVCell cleans a cell (gydatext.Clean: no escape sequence, control or
// invisible character reaches a spreadsheet or a terminal that shows the
// file) and guards it against formula injection (OWASP's advice): a cell
// whose first character, after any spaces, is = + - @, or their
// full-width forms, gets a ' in front so spreadsheets show it as text and
// never run it. Cleaning comes first, so a cell led by a control
// character ("\x1b=cmd") is guarded too.
func CSVCell(s string) string {
	s = gydatext.Clean(s)
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s, " "))
	if s != "" && strings.ContainsRune("=+-@＝＋－＠", r) {
		return "'" + s
	}
	return s
}
