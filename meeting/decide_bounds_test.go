package meeting

import "testing"

// Refusals at the edges: the first person to arrive, the last item.
func TestRefusedAtTheEdges(t *testing.T) {
	tests := []struct {
		name  string
		steps []string
		line  string
		err   string
	}{
		{"the first to arrive arriving again", []string{"arrive sian"}, "arrive sian", "Siân Davies is already here (arrived at 10:00)"},
		{"a later arrival arriving again", []string{"arrive sian", "arrive aled"}, "arrive aled", "Aled Price is already here"},
		{"next on the last item", []string{"item 4"}, "next", "this is the last item; type end to close the meeting"},
		{"an item after the last", nil, "item 5", "there is no item 5; the agenda has items 1 to 4"},
		{"the current item", []string{"item 4"}, "item 4", "item 4 is the current item"},
		{"a break on a break", []string{"break"}, "break", "the meeting is already on a break; type resume to end it"},
		{"resume when running", nil, "resume", "the meeting is not paused"},
		{"speak while paused", []string{"arrive sian", "card sian red"}, "speak sian", "the meeting is paused (red card); type resume first"},
		{"an item while paused", []string{"break"}, "next", "the meeting is paused (break); type resume first"},
		{"speak to the one speaking", []string{"arrive sian", "speak sian"}, "speak sian", "Siân Davies is already speaking"},
		{"a hand from someone not here", nil, "hand sian", "Siân Davies is not here; record their arrival first with: arrive sian"},
		{"a guest as chair", []string{"arrive gwen"}, "chair gwen", "Gwen Morgan is a guest; the chair should be a member of the group"},
		{"speak with nobody waiting", nil, "speak", "nobody is waiting to speak; give someone the floor with: speak NAME"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newRig(t)
			r.do(tt.steps...)
			r.fails(tt.line, tt.err)
		})
	}
	t.Run("the last item, and the one before it", func(t *testing.T) {
		r := newRig(t)
		r.do("item 3", "next")
		if r.state().Item != 4 {
			t.Fatalf("item %d; want 4", r.state().Item)
		}
	})
}

// A break may start while a red card has paused the meeting: the break
// takes over the pause, and resuming ends it.
func TestBreakDuringARedCardPause(t *testing.T) {
	r := newRig(t)
	r.do("arrive sian", "card sian red", "break")
	p := r.state().Pause
	if p == nil || p.Kind != PauseBreak || len(r.state().Breaks) != 1 {
		t.Fatalf("pause %+v, breaks %+v; want the break", p, r.state().Breaks)
	}
	r.do("resume")
	if r.state().Pause != nil {
		t.Errorf("still paused after resume: %+v", r.state().Pause)
	}
	r.do("card sian red")
	if _, err := r.live.Do(Actor{Person: "sian"}, "break"); err != nil { // a member may ask for one during a red card
		t.Fatal(err)
	}
	if n := len(r.state().BreakRequests); n != 1 {
		t.Errorf("%d break requests; want 1", n)
	}
}
