package meeting

import (
	"encoding/json"
	"fmt"
	"testing"
)

// longMeeting is a meeting after n events (replayEvents' people coming
// and going, hands, turns, notes and decisions), each recorded by one of
// the people in turn, as if from their own screens.
func longMeeting(b *testing.B, n int) *State {
	b.Helper()
	people := []string{"sian", "dafydd", "mair", "rhys", "aled", "claire", "tom"}
	raw := replayEvents(n)
	events := make([]Event, len(raw))
	for i, r := range raw {
		if err := json.Unmarshal(r, &events[i]); err != nil {
			b.Fatal(err)
		}
		events[i].By = people[i%len(people)]
	}
	s, err := Replay(testSetup(), events)
	if err != nil {
		b.Fatal(err)
	}
	return s
}

// BenchmarkSeenByMember is the meeting as one member may see it, made
// from each new snapshot once for each member (members' views differ:
// each holds their own access needs and what they recorded). Its cost
// should grow with what the view hides, not with the meeting's length.
func BenchmarkSeenByMember(b *testing.B) {
	for _, n := range []int{200, 2000} {
		b.Run(fmt.Sprintf("events-%d", n), func(b *testing.B) {
			s := longMeeting(b, n)
			mair := Actor{Person: "mair"}
			if s.SightOf(mair).Full() {
				b.Fatal("Mair sees everything: no view to make")
			}
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if v := s.sharedView(s.SightOf(mair)); v == s {
					b.Fatal("no view was made")
				}
			}
		})
	}
}
