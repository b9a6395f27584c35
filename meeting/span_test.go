package meeting

import (
	"testing"
	"time"
)

// Span on both sides of each of its boundaries: seconds are shown only
// under ten minutes, and whole minutes without them.
func TestSpanBoundaries(t *testing.T) {
	tests := []struct {
		d    time.Duration
		want string
	}{
		{0, "0s"},
		{time.Second, "1s"},
		{59 * time.Second, "59s"},
		{time.Minute, "1m"},
		{time.Minute + time.Second, "1m 01s"},
		{9*time.Minute + 59*time.Second, "9m 59s"},
		{10 * time.Minute, "10m"},
		{10*time.Minute + 30*time.Second, "10m"},
		{59*time.Minute + 59*time.Second, "59m"},
		{time.Hour, "1h 00m"},
		{time.Hour + time.Second, "1h 00m"},
		{500 * time.Millisecond, "1s"},
		{499 * time.Millisecond, "0s"},
		{-90 * time.Second, "1m 30s"},
	}
	for _, tt := range tests {
		if got := Span(tt.d); got != tt.want {
			t.Errorf("Span(%v) = %q; want %q", tt.d, got, tt.want)
		}
	}
}
