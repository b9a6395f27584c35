package meeting

import (
	"reflect"
	"testing"
	"time"
)

func TestQueueOrder(t *testing.T) {
	everyone := []string{"arrive sian", "arrive dafydd", "arrive mair", "arrive rhys", "arrive aled", "arrive claire"}
	type step struct {
		line string
		wait time.Duration
	}
	tests := []struct {
		name    string
		steps   []step
		want    []string
		reasons []string
	}{
		{"first come first served when nobody has spoken",
			[]step{{"hand aled", 0}, {"hand mair", 0}, {"hand dafydd", 0}},
			[]string{"aled", "mair", "dafydd"},
			[]string{"has not spoken yet", "has not spoken yet", "has not spoken yet"}},
		{"not spoken on this item goes first",
			[]step{{"speak aled", 2 * time.Minute}, {"done", 0}, {"hand aled", time.Second}, {"hand mair", 0}},
			[]string{"mair", "aled"},
			[]string{"has not spoken yet", "has spoken 2m in all"}},
		{"then least speaking time in the meeting",
			[]step{{"speak aled", 3 * time.Minute}, {"speak mair", time.Minute}, {"done", 0},
				{"next", 0}, {"speak aled", time.Minute}, {"speak mair", time.Minute}, {"done", 0},
				{"hand aled", 0}, {"hand mair", 0}},
			[]string{"mair", "aled"},
			[]string{"has spoken 2m in all, less than those after", "has spoken 4m in all"}},
		{"someone who spoke on an earlier item but not this one",
			[]step{{"speak claire", 5 * time.Minute}, {"done", 0}, {"next", 0}, {"speak mair", time.Minute}, {"done", 0},
				{"hand mair", 0}, {"hand claire", 0}, {"hand rhys", 0}},
			[]string{"rhys", "claire", "mair"},
			[]string{"has not spoken yet", "has not spoken on this item", "has spoken 1m in all"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newRig(t)
			r.do(everyone...)
			for _, s := range tt.steps {
				r.do(s.line)
				r.wait(s.wait)
			}
			q := r.state().QueueOrder(r.clock.Now())
			var got, reasons []string
			for _, w := range q {
				got, reasons = append(got, w.Person), append(reasons, w.Reason)
			}
			if !reflect.DeepEqual(got, tt.want) || !reflect.DeepEqual(reasons, tt.reasons) {
				t.Errorf("queue %v %q\nwant  %v %q", got, reasons, tt.want, tt.reasons)
			}
		})
	}
}

func TestSpeakTakesTheNextInFairOrder(t *testing.T) {
	r := newRig(t)
	r.do("arrive sian", "arrive aled", "arrive mair", "speak aled")
	r.wait(time.Minute)
	r.do("done", "hand aled", "hand mair", "speak")
	if sp := r.state().Speaker; sp == nil || sp.Person != "mair" {
		t.Fatalf("speaker %+v; want mair, who had not spoken", sp)
	}
	if q := r.state().Queue; len(q) != 1 || q[0].Person != "aled" {
		t.Fatalf("queue %v; want aled left", q)
	}
}

func TestSpeakingTimeByPersonAndKind(t *testing.T) {
	r := newRig(t)
	r.do("arrive sian", "arrive aled", "speak sian")
	r.wait(90 * time.Second)
	r.do("speak aled")
	r.wait(30 * time.Second)
	s := r.state()
	now := r.clock.Now()
	if got := s.SpokenFor("sian", 0, now); got != 90*time.Second {
		t.Errorf("sian spoke %v; want 1m30s", got)
	}
	if got := s.SpokenFor("aled", 1, now); got != 30*time.Second {
		t.Errorf("aled spoke %v on item 1 (turn still going); want 30s", got)
	}
	sh := s.SpeakingByKind(0, now)
	if sh.Lived != 90*time.Second || sh.Staff != 30*time.Second {
		t.Errorf("share %+v; want lived 1m30s, staff 30s", sh)
	}
}

func TestQueueRules(t *testing.T) {
	r := newRig(t)
	r.do("arrive sian", "arrive aled", "hand aled")
	r.fails("hand aled", "already has a hand up (number 1 in the queue)")
	r.fails("hand mair", "Mair Jones is not here")
	r.fails("lower sian", "does not have a hand up")
	r.fails("done", "nobody is speaking")
	r.do("speak", "hand sian")
	r.fails("hand aled", "is speaking now")
	r.do("next")
	if len(r.state().Queue) != 0 {
		t.Fatalf("the queue should start empty on a new item: %v", r.state().Queue)
	}
	r.fails("speak", "nobody is waiting to speak")
}

func TestNotSpokenOfferedWhenItemCloses(t *testing.T) {
	r := newRig(t)
	r.do("arrive sian", "arrive aled", "arrive mair", "arrive gwen", "speak aled")
	lines := r.do("next")
	if lines[0] != "Not heard on the last item: Siân Davies and Mair Jones." {
		t.Fatalf("closing lines %q", lines)
	}
	if got := r.state().Items[0].NotSpoken; !reflect.DeepEqual(got, []string{"sian", "mair"}) {
		t.Fatalf("not spoken %v", got)
	}
}
