package history

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/gyda/gyda/meeting/journal"
)

// An event that cannot be read is named by its journal line (the header
// is line 1, so event N is on line N+1) and its number, so that whoever
// opens the file finds it.
func TestDecodeEventsNamesTheLineOfAnEventItCannotRead(t *testing.T) {
	recs := []journal.Record{
		{Seq: 1, Event: json.RawMessage(`{"Type":"arrived","Person":"mair"}`)},
		{Seq: 2, Event: json.RawMessage(`{"Type":7}`)},
	}
	_, err := DecodeEvents("meeting.jsonl", recs)
	if err == nil || !strings.Contains(err.Error(), "journal meeting.jsonl line 3: event 2 cannot be read") {
		t.Fatalf("DecodeEvents = %v; want it to name line 3, event 2", err)
	}
	events, err := DecodeEvents("meeting.jsonl", recs[:1])
	if err != nil || len(events) != 1 || events[0].Person != "mair" {
		t.Fatalf("DecodeEvents of a good record = %+v, %v", events, err)
	}
}
