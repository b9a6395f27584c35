package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gyda/gyda/config/demo"
	"github.com/gyda/gyda/meeting"
)

type nullRecorder struct{}

func (nullRecorder) Append(events ...json.RawMessage) (uint64, error) { return 1, nil }

// syncBuffer is a buffer two goroutines may write and read.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// A chair who types nothing still hears, once, that a break is due.
func TestRemindersComeWithoutTyping(t *testing.T) {
	folder, agenda, err := demo.WriteTo(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	setup := &meeting.Setup{Group: folder.Group, Agenda: agenda, People: folder.Roster.People()}
	clock := meeting.NewSimClock(agenda.Start) // moved by hand; the setup says wall clock
	live, _, err := meeting.Start(setup, nil, nullRecorder{}, clock, meeting.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var out syncBuffer
	p := &plainPrinter{out: &out}
	stop := p.remindEvery(&session{live: live, setup: setup}, 5*time.Millisecond)
	defer stop()
	clock.Advance(61 * time.Minute)
	deadline := time.Now().Add(5 * time.Second)
	for !strings.Contains(out.String(), "reminder: a break is due") && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	time.Sleep(30 * time.Millisecond) // several more ticks
	stop()
	got := out.String()
	if n := strings.Count(got, "reminder: a break is due"); n != 1 {
		t.Fatalf("break reminder said %d times; want once:\n%s", n, got)
	}
	if !strings.Contains(got, "reminder: item 1, Welcome, apologies and quorum, is 51m over its time") {
		t.Fatalf("no overrun reminder:\n%s", got)
	}
}
