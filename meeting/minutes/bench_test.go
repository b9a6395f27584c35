package minutes

import (
	"fmt"
	"strings"
	"testing"

	"github.com/gyda/gyda/config/demo"
	"github.com/gyda/gyda/meeting"
)

// busyMeeting is a long meeting of the sample group: every item has ten
// notes, two decisions, four actions and six speakers, with people coming
// and going.
func busyMeeting(b *testing.B) *Model {
	b.Helper()
	folder, agenda, err := demo.WriteTo(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	folder.Group.Minutes.Language = "en+cy"
	setup := &meeting.Setup{Group: folder.Group, Agenda: agenda, People: folder.Roster.People(), Clock: "sim"}
	var s strings.Builder
	for _, p := range []string{"sian", "dafydd", "mair", "rhys remote", "aled", "claire", "priya", "tom"} {
		s.WriteString("arrive " + p + "\n")
	}
	s.WriteString("apologies bethan\napologies john\nchair sian\nminutes dafydd\n")
	people := []string{"sian", "dafydd", "mair", "aled", "claire", "tom"}
	for item := 1; item <= len(agenda.Items); item++ {
		if item > 1 {
			s.WriteString("next\n")
		}
		for n := range 10 {
			fmt.Fprintf(&s, "note Point %d on item %d: the RPB and the ITB heard that carers in Neath and Swansea wait too long for respite, and the CTB will look at it.\n", n+1, item)
		}
		for _, p := range people {
			fmt.Fprintf(&s, "hand %s\n", p)
		}
		for range people {
			s.WriteString("speak\nwait 2m\ndone\n")
		}
		for n := range 2 {
			fmt.Fprintf(&s, "decide Decision %d on item %d: ask the RPB to fund weekend respite for another year.\n", n+1, item)
		}
		for n := range 4 {
			fmt.Fprintf(&s, "action %s by 2027-01-%02d: write to the T&F group about point %d, and copy in the WGRP.\n", people[n], 10+n, n+1)
		}
		if item == 4 {
			s.WriteString("leave mair\nwait 5m\narrive mair\nbreak\nwait 10m\nresume\n")
		}
		s.WriteString("wait 5m\n")
	}
	s.WriteString("reflect Everyone had a say.\nend\n")
	setup, events := runScript(b, setup, s.String())
	m, err := Build(setup, events)
	if err != nil {
		b.Fatal(err)
	}
	return m
}

// BenchmarkWriteMinutes renders every format (12 files) of a busy,
// bilingual meeting: 70 notes, 14 decisions, 28 actions.
func BenchmarkWriteMinutes(b *testing.B) {
	m := busyMeeting(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, f := range Formats() {
			if _, err := Render(f, m); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkWriteMinutesToDisk also writes the files, each fsynced and
// renamed into place.
func BenchmarkWriteMinutesToDisk(b *testing.B) {
	m := busyMeeting(b)
	dir := b.TempDir()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := WriteFiles(dir, m, Formats()); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBuild replays the fixed meeting's events into the minutes model.
func BenchmarkBuild(b *testing.B) {
	setup, events := fixedMeeting(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Build(setup, events); err != nil {
			b.Fatal(err)
		}
	}
}
