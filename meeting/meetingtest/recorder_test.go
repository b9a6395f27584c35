package meetingtest_test

import (
	"encoding/json"
	"errors"
	"sync"
	"testing"

	"github.com/gyda/gyda/meeting"
	"github.com/gyda/gyda/meeting/meetingtest"
)

var _ meeting.Recorder = (*meetingtest.Recorder)(nil)

func TestRecorder(t *testing.T) {
	var r meetingtest.Recorder
	first, err := r.Append(json.RawMessage(`{"type":"arrived","person":"sian"}`), json.RawMessage(`{"type":"left","person":"sian"}`))
	if err != nil || first != 1 {
		t.Fatalf("first Append = %d, %v; want 1, nil", first, err)
	}
	if first, err = r.Append(json.RawMessage(`{"type":"arrived","person":"aled"}`)); err != nil || first != 3 {
		t.Fatalf("second Append = %d, %v; want 3, nil", first, err)
	}
	full := errors.New("no space left on the device")
	r.Fail(full)
	if _, err := r.Append(json.RawMessage(`{"type":"left","person":"aled"}`)); !errors.Is(err, full) {
		t.Fatalf("Append after Fail = %v; want %v", err, full)
	}
	r.Fail(nil)
	if r.Len() != 3 {
		t.Fatalf("Len = %d; want 3 (a failed Append records nothing)", r.Len())
	}
	events := meetingtest.Events[meeting.Event](t, &r)
	if len(events) != 3 || events[0].Person != "sian" || events[2].Person != "aled" || events[1].Type != "left" {
		t.Errorf("Events = %+v", events)
	}
	raw := r.Raw()
	raw[0] = nil
	if r.Raw()[0] == nil {
		t.Error("changing what Raw returned changed the recorder")
	}
}

// Many goroutines may append at once; each event is kept once.
func TestRecorderConcurrent(t *testing.T) {
	var r meetingtest.Recorder
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 100 {
				r.Append(json.RawMessage(`{}`))
			}
		})
	}
	wg.Wait()
	if r.Len() != 800 {
		t.Errorf("Len = %d; want 800", r.Len())
	}
}
