package meeting

import (
	"testing"
	"time"
)

func TestItemClockAndOverrun(t *testing.T) {
	tests := []struct {
		name  string
		steps []any // string commands or durations to wait
		item  int
		left  time.Duration
		text  string
	}{
		{"fresh item", nil, 1, 10 * time.Minute, "10m left"},
		{"time passes", []any{4 * time.Minute}, 1, 6 * time.Minute, "6m left"},
		{"overrun is shown, never cut off", []any{13 * time.Minute}, 1, -3 * time.Minute, "3m over"},
		{"a break pauses the item clock", []any{4 * time.Minute, "break", 10 * time.Minute, "resume", time.Minute}, 1, 5 * time.Minute, "5m left"},
		{"a red card pauses the item clock", []any{"arrive mair", 2 * time.Minute, "card mair red", 5 * time.Minute, "resume"}, 1, 8 * time.Minute, "8m left"},
		{"next item starts its own clock", []any{12 * time.Minute, "next", 5 * time.Minute}, 2, 15 * time.Minute, "15m left"},
		{"going back continues the item's clock", []any{6 * time.Minute, "next", 5 * time.Minute, "item 1", time.Minute}, 1, 3 * time.Minute, "3m left"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newRig(t)
			r.play(tt.steps...)
			st, now := r.state(), r.clock.Now()
			if st.Item != tt.item {
				t.Fatalf("item %d; want %d", st.Item, tt.item)
			}
			if got := st.ItemLeft(now); got != tt.left {
				t.Errorf("left %v; want %v", got, tt.left)
			}
			if got := st.ItemTimeText(now); got != tt.text {
				t.Errorf("text %q; want %q", got, tt.text)
			}
		})
	}
}

func TestBreakDue(t *testing.T) {
	r := newRig(t)
	st := r.state()
	if got := st.BreakDueAt(); !got.Equal(testStart.Add(time.Hour)) {
		t.Fatalf("first break due %v; want an hour after opening", got)
	}
	r.wait(59 * time.Minute)
	if r.state().BreakDue(r.clock.Now()) {
		t.Fatal("break due too early")
	}
	if got := r.state().BreakText(r.clock.Now()); got != "next break due at 11:00 (in 1m)" {
		t.Fatalf("break text %q", got)
	}
	r.wait(5 * time.Minute)
	if !r.state().BreakDue(r.clock.Now()) {
		t.Fatal("break not due after 64 minutes")
	}
	if got := r.state().BreakText(r.clock.Now()); got != "a break is due: it was due at 11:00 (4m ago)" {
		t.Fatalf("break text %q", got)
	}
	lines := r.do("break 15m")
	if lines[0] != "Break started at 11:04 for 15m: back at 11:19." {
		t.Fatalf("break line %q", lines[0])
	}
	r.wait(20 * time.Minute)
	if got := r.state().BreakText(r.clock.Now()); got != "on a break; was due back at 11:19 (5m ago)" {
		t.Fatalf("break text %q", got)
	}
	r.do("resume")
	if got := r.state().BreakDueAt(); !got.Equal(testStart.Add(84*time.Minute + time.Hour)) {
		t.Fatalf("next break due %v; want an hour after the break ended", got)
	}
	if b := r.state().Breaks[0]; b.To.Sub(b.From) != 20*time.Minute || b.Planned != 15*time.Minute {
		t.Fatalf("break %+v", b)
	}
}

func TestAnyoneCanAskForABreak(t *testing.T) {
	r := newRig(t)
	r.do("arrive mair remote")
	res, err := r.live.Do(Actor{Person: "mair"}, "break")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Events) != 1 || res.Events[0].Type != EvBreakRequested {
		t.Fatalf("a member's break should be a request: %+v", res.Events)
	}
	if r.state().Pause != nil {
		t.Fatal("a request must not start the break")
	}
	r.as(Actor{Person: "mair"}, "break", "already asked")
	r.do("break")
	if len(r.state().BreakRequests) != 0 || r.state().Pause == nil {
		t.Fatalf("starting the break should clear requests and pause: %+v", r.state())
	}
}

func TestSpan(t *testing.T) {
	for d, want := range map[time.Duration]string{
		0: "0s", 45 * time.Second: "45s", 90 * time.Second: "1m 30s", 2 * time.Minute: "2m",
		12*time.Minute + 30*time.Second: "12m", 65 * time.Minute: "1h 05m", -3 * time.Minute: "3m",
	} {
		if got := Span(d); got != want {
			t.Errorf("Span(%v) = %q; want %q", d, got, want)
		}
	}
}
