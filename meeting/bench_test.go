package meeting

import (
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/gyda/gyda/meeting/meetingtest"
)

// BenchmarkExec is one command through the live meeting: parse, decide,
// record (in memory), apply, describe and publish a snapshot.
func BenchmarkExec(b *testing.B) {
	clock := NewSimClock(testStart)
	live, _, err := Start(testSetup(), nil, &meetingtest.Recorder{}, clock, Options{})
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []string{"sian", "dafydd", "mair", "rhys", "aled", "claire", "tom"} {
		if _, err := live.Do(ConsoleActor(), "arrive "+n); err != nil {
			b.Fatal(err)
		}
	}
	lines := []string{"hand mair", "hand aled", "speak", "speak", "note A point was made.", "done"}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := live.Do(ConsoleActor(), lines[i%len(lines)]); err != nil {
			b.Fatal(err)
		}
		clock.Advance(time.Second)
	}
}

// replayEvents is a long meeting's journal: people coming and going,
// hands, turns, notes and decisions.
func replayEvents(n int) []json.RawMessage {
	people := []string{"sian", "dafydd", "mair", "rhys", "aled", "claire", "tom"}
	at := testStart
	out := make([]json.RawMessage, 0, n)
	add := func(e Event) {
		at = at.Add(time.Second)
		e.At = at
		b, _ := json.Marshal(e)
		out = append(out, b)
	}
	add(Event{Type: EvOpened})
	for _, p := range people {
		add(Event{Type: EvArrived, Person: p})
	}
	for i := 0; len(out) < n; i++ {
		p := people[i%len(people)]
		switch i % 6 {
		case 0:
			add(Event{Type: EvHand, Person: p})
		case 1:
			add(Event{Type: EvSpeaking, Person: p})
		case 2:
			add(Event{Type: EvNote, Text: fmt.Sprintf("Point %d about transport.", i)})
		case 3:
			add(Event{Type: EvLeft, Person: p})
		case 4:
			add(Event{Type: EvArrived, Person: people[(i-1)%len(people)], Remote: i%2 == 0}) // who left just now
		case 5:
			st := Status{Present: 7}
			add(Event{Type: EvDecided, Number: i, Text: "A decision.", Quorum: &st})
		}
	}
	return out
}

// BenchmarkReplay100k decodes and applies a 100,000-event journal, as
// resuming a long meeting does (reading the file is the journal's own
// benchmark).
func BenchmarkReplay100k(b *testing.B) {
	raw := replayEvents(100_000)
	var size int64
	for _, r := range raw {
		size += int64(len(r))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		events := make([]Event, len(raw))
		for j, r := range raw {
			if err := json.Unmarshal(r, &events[j]); err != nil {
				b.Fatal(err)
			}
		}
		if _, err := Replay(testSetup(), events); err != nil {
			b.Fatal(err)
		}
	}
}
