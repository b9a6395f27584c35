package history

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// benchGroup is three years of monthly meetings of the sample group, each
// with about 150 events: arrivals, a busy speaking queue, decisions,
// actions, matters arising, expenses and a reflection.
func benchGroup(b *testing.B, months int) string {
	b.Helper()
	dir, folder, agenda := sampleGroup(b)
	people := []string{"sian", "dafydd", "mair", "rhys", "bethan", "john", "aled", "claire", "tom"}
	for i := range months {
		start := time.Date(2024, 1, 4, 10, 0, 0, 0, time.UTC).AddDate(0, i, 0)
		var s strings.Builder
		for _, p := range people {
			s.WriteString("arrive " + p + "\n")
		}
		s.WriteString("chair sian\nminutes dafydd\narising\n")
		if i > 0 {
			s.WriteString("review 1 done\n")
		}
		s.WriteString("next\nnext\nnext\n")
		for j := range 40 {
			p := people[j%len(people)]
			fmt.Fprintf(&s, "hand %s\nspeak\nwait 1m\ndone\n", p)
		}
		fmt.Fprintf(&s, "decide Decision of month %d.\naction aled by %s: do the thing\n", i+1, start.AddDate(0, 0, 14).Format("2006-01-02"))
		s.WriteString("expense sian: 12 miles\nexpense rhys: £2.50 bus fare\nreflect 4/5 Good.\nend\n")
		runMeeting(b, dir, folder, agenda, start, s.String())
	}
	return dir
}

func BenchmarkLoadAndAudit36Meetings(b *testing.B) {
	dir := benchGroup(b, 36)
	_, folder, _ := sampleGroup(b)
	b.ResetTimer()
	for b.Loop() {
		h, err := Load(dir)
		if err != nil || len(h.Meetings) != 36 {
			b.Fatalf("load: %d meetings, %v", len(h.Meetings), err)
		}
		a := BuildAudit(h, Period{}, folder.Group, folder.Roster.People())
		_ = a.HTML()
		_ = h.Carried()
		_ = h.Credits(1)
		_ = h.Suggest(folder.Roster.People(), folder.Group, nil, meetingDays[2])
	}
}
