package meeting

import (
	"testing"
	"time"
)

// Speaking is counted per item and for the whole meeting (item 0): a turn
// counts for the item it was on, and a turn still going counts up to now.
func TestSpeakingIsCountedForTheItemItWasOn(t *testing.T) {
	r := newRig(t)
	r.do("arrive sian", "arrive aled", "arrive gwen", "speak sian")
	r.wait(time.Minute)
	r.do("speak gwen")
	r.wait(10 * time.Second)
	r.do("next", "speak aled")
	r.wait(2 * time.Minute)
	r.do("speak sian")
	r.wait(30 * time.Second)
	st, now := r.state(), r.clock.Now()
	spoken := []struct {
		person string
		item   int
		want   time.Duration
	}{
		{"sian", 0, 90 * time.Second}, {"sian", 1, time.Minute}, {"sian", 2, 30 * time.Second}, {"sian", 3, 0},
		{"aled", 0, 2 * time.Minute}, {"aled", 1, 0}, {"aled", 2, 2 * time.Minute},
		{"gwen", 0, 10 * time.Second}, {"gwen", 2, 0},
	}
	for _, s := range spoken {
		if got := st.SpokenFor(s.person, s.item, now); got != s.want {
			t.Errorf("%s spoke %v on item %d; want %v", s.person, got, s.item, s.want)
		}
		if got := st.HasSpoken(s.person, s.item); got != (s.want > 0) {
			t.Errorf("%s has spoken on item %d: %v; want %v", s.person, s.item, got, s.want > 0)
		}
	}
	shares := map[int]SpeakingShare{
		0: {Lived: 90 * time.Second, Staff: 2 * time.Minute, Guests: 10 * time.Second},
		1: {Lived: time.Minute, Guests: 10 * time.Second},
		2: {Lived: 30 * time.Second, Staff: 2 * time.Minute},
		3: {},
	}
	for item, want := range shares {
		if got := st.SpeakingByKind(item, now); got != want {
			t.Errorf("item %d share %+v; want %+v", item, got, want)
		}
	}
	// Asked about a moment before the turn began, it has not yet counted.
	if got := st.SpokenFor("sian", 2, st.Speaker.From); got != 0 {
		t.Errorf("sian's turn counted %v at the moment it began", got)
	}
	if got := st.SpeakingByKind(2, st.Speaker.From.Add(-time.Second)); got.Lived != 0 {
		t.Errorf("a turn counted before it began: %+v", got)
	}
}
