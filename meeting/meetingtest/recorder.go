// Package meetingtest holds what tests of every package need to run a live
// meeting without a disk: Recorder, a journal in memory.
//
// It does not import meeting, so that meeting's own tests can use it too;
// Events and Decode decode what was recorded into meeting.Event (or any
// type) for the caller.
package meetingtest

import (
	"encoding/json"
	"fmt"
	"slices"
	"sync"
	"testing"
)

// Recorder is a meeting's journal in memory, a meeting.Recorder: it keeps
// every event appended, as recorded, in order. Its zero value is ready to
// use, and it is safe for use from many goroutines (a live meeting's
// commands and a test reading what they recorded).
type Recorder struct {
	mu   sync.Mutex
	raw  []json.RawMessage
	fail error
}

// Append keeps the events and returns the sequence number of the first
// (the first event recorded is 1), or, after Fail, records nothing and
// returns that error, as a full disk would.
func (r *Recorder) Append(events ...json.RawMessage) (uint64, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.fail != nil {
		return 0, r.fail
	}
	r.raw = append(r.raw, events...)
	return uint64(len(r.raw) - len(events) + 1), nil
}

// Fail makes every Append from now on fail with err; Fail(nil) lets them
// succeed again.
func (r *Recorder) Fail(err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.fail = err
}

// Len is how many events have been recorded.
func (r *Recorder) Len() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.raw)
}

// Raw is every event recorded, as recorded; the list is a copy.
func (r *Recorder) Raw() []json.RawMessage {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.raw)
}

// Events decodes every event r recorded as an E (meeting.Event), failing
// the test if one cannot be decoded. Call it from the test's goroutine.
func Events[E any](t testing.TB, r *Recorder) []E {
	t.Helper()
	events, err := Decode[E](r)
	if err != nil {
		t.Fatal(err)
	}
	return events
}

// Decode decodes every event r recorded as an E (meeting.Event): Events
// for where a test cannot be failed, such as a command a screen runs.
func Decode[E any](r *Recorder) ([]E, error) {
	raw := r.Raw()
	out := make([]E, len(raw))
	for i, b := range raw {
		if err := json.Unmarshal(b, &out[i]); err != nil {
			return nil, fmt.Errorf("decode recorded event %d: %w", i+1, err)
		}
	}
	return out, nil
}
