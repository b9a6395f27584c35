package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/gyda/gyda/internal/atomicfile"
	"github.com/gyda/gyda/internal/prose"
	"github.com/gyda/gyda/meeting/history"
	"github.com/gyda/gyda/meeting/minutes"
)

// runCredits is "gyda credits [--group DIR] [--from DATE] [--to DATE]
// [--out FILE]": volunteers' time credits and expenses for a period, as a
// CSV for the organisers, on standard output or in a file.
func runCredits(args []string, e env) error {
	fs := newFlagSet("credits", e)
	out := fs.String("out", "", "write the CSV to this file instead of standard output")
	g, err := loadGroupPeriod("credits", fs, args)
	if err != nil {
		return err
	}
	folder, h, p := g.folder, g.history, g.period
	for _, n := range h.Between(p).Notes() {
		fmt.Fprintln(e.stderr, "note: "+n)
	}
	data := creditsCSV(h.Between(p), p, folder.Group.Recognition.CreditsPerHour)
	if *out == "" {
		_, err := e.stdout.Write(data)
		return err
	}
	if err := atomicfile.Write(*out, data, 0o644); err != nil {
		return fmt.Errorf("write the credits: %w", err)
	}
	fmt.Fprintf(e.stderr, "Credits written: %s\n", *out)
	return nil
}

// creditsHeader is the CSV's first row.
func creditsHeader() []string {
	return []string{"Line", "Date", "Meeting", "Name", "Taking part as", "Hours", "Time credits",
		"Miles", "Mileage £", "Other costs £", "Expenses to pay £", "What for"}
}

// creditsCSV is the organisers' spreadsheet: a line for each person at
// each meeting (volunteers, and anyone else who claimed expenses), then a
// total for each person over the period, then a grand total. The Line
// column says which, so a spreadsheet can filter them. It is UTF-8 with a
// byte-order mark (so Excel shows Welsh letters), CRLF line ends, amounts
// in pounds with two decimals, and every cell that a spreadsheet would run
// as a formula guarded with a '.
func creditsCSV(h *history.History, p history.Period, rate float64) []byte {
	rows := [][]string{creditsHeader()}
	credits := h.Credits(rate)
	type total struct {
		name, kind     string
		meetings       int
		hours          float64
		credits        int
		miles          float64
		mileage, other int
	}
	var order []string
	totals := map[string]*total{}
	var all total
	for _, c := range credits {
		rows = append(rows, []string{"meeting", c.Date, c.Title, c.Name, c.Kind.Label(), hoursCell(c.Hours), strconv.Itoa(c.Credits),
			milesCell(c.Miles), pounds(c.Mileage), pounds(c.Other), pounds(c.Expenses()), strings.Join(c.Claims, "; ")})
		t := totals[c.Person]
		if t == nil {
			t = &total{name: c.Name, kind: c.Kind.Label()}
			totals[c.Person] = t
			order = append(order, c.Person)
		}
		for _, x := range []*total{t, &all} {
			x.meetings++
			x.hours += c.Hours
			x.credits += c.Credits
			x.miles += c.Miles
			x.mileage += c.Mileage
			x.other += c.Other
		}
	}
	span := periodCell(h, p)
	for _, id := range order {
		t := totals[id]
		rows = append(rows, []string{"person total", span, prose.Count(t.meetings, "meeting", "meetings"), t.name, t.kind, hoursCell(t.hours), strconv.Itoa(t.credits),
			milesCell(t.miles), pounds(t.mileage), pounds(t.other), pounds(t.mileage + t.other), ""})
	}
	rows = append(rows, []string{"grand total", span, prose.Count(len(h.Meetings), "meeting", "meetings"), fmt.Sprintf("All (%d people)", len(order)), "",
		hoursCell(all.hours), strconv.Itoa(all.credits), milesCell(all.miles), pounds(all.mileage), pounds(all.other), pounds(all.mileage + all.other), ""})
	return minutes.WriteCSV(rows)
}

// periodCell says the period as dates: the flags given, or the first and
// last meetings.
func periodCell(h *history.History, p history.Period) string {
	from, to := dayOr(p.From, ""), dayOr(p.To, "")
	if n := len(h.Meetings); n > 0 {
		if from == "" {
			from = h.Meetings[0].Day()
		}
		if to == "" {
			to = h.Meetings[n-1].Day()
		}
	}
	if from == "" && to == "" {
		return "no meetings"
	}
	return from + " to " + to
}

func hoursCell(h float64) string { return strconv.FormatFloat(h, 'f', 2, 64) }

func milesCell(m float64) string { return strconv.FormatFloat(m, 'f', -1, 64) }

// pounds shows pence as pounds for a spreadsheet: "5.40".
func pounds(pence int) string { return fmt.Sprintf("%d.%02d", pence/100, pence%100) }
