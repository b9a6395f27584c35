package main

import (
	"strings"
	"testing"
	"time"

	"github.com/gyda/gyda/config"
	"github.com/gyda/gyda/meeting"
	"github.com/gyda/gyda/meeting/history"
	"github.com/gyda/gyda/roster"
)

// A name and an expense typed as formulas reach the spreadsheet as text.
func TestCreditsCSVGuardsFormulas(t *testing.T) {
	start := time.Date(2026, 10, 1, 9, 0, 0, 0, time.UTC)
	setup := &meeting.Setup{
		Group:  config.DefaultGroup(),
		Agenda: config.Agenda{Title: "=cmd|' /C calc'!A0", Start: start, Items: []config.Item{{Title: "Welcome", Minutes: 10}}},
		People: []roster.Person{{ID: "eve", Name: "=HYPERLINK(\"http://example.com\")", Kind: roster.Carer}},
	}
	events := []meeting.Event{
		{Type: meeting.EvOpened, At: start},
		{Type: meeting.EvArrived, At: start, Person: "eve"},
		{Type: meeting.EvExpense, At: start, Person: "eve", Pence: 120, Text: "+bus"},
		{Type: meeting.EvEnded, At: start.Add(2 * time.Hour)},
	}
	m, err := history.NewMeeting("2026-10-01-x", "", setup, events)
	if err != nil {
		t.Fatal(err)
	}
	out := string(creditsCSV(history.New(m), history.Period{}, 1))
	rows := readCSV(t, out)
	if rows[1][2] != "'=cmd|' /C calc'!A0" || rows[1][3] != `'=HYPERLINK("http://example.com")` || rows[1][11] != "£1.20 +bus" {
		t.Errorf("row %q", rows[1])
	}
	for _, r := range rows {
		for _, c := range r {
			if c != "" && strings.ContainsRune("=+-@", rune(c[0])) {
				t.Errorf("an unguarded cell %q", c)
			}
		}
	}
	if rows[1][5] != "2.00" || rows[1][6] != "2" {
		t.Errorf("two hours should be 2.00 hours and 2 credits: %q", rows[1])
	}
}
