package meeting

import "testing"

func TestSnapshotVersionsOnlyGoUp(t *testing.T) {
	r := newRig(t)
	last := r.live.Snapshot(ConsoleActor()).Version
	if last == 0 {
		t.Fatal("the opening's snapshot has version 0")
	}
	for _, line := range []string{"arrive sian", "note one", "wait 5m", "note two"} {
		r.do(line)
		v := r.live.Snapshot(ConsoleActor()).Version
		if v != last+1 {
			t.Fatalf("after %q the version is %d; want %d", line, v, last+1)
		}
		last = v
	}
	m := r.live.Subscribe(ConsoleActor())
	defer r.live.Unsubscribe(m)
	if s := <-m.C(); s.Version != last {
		t.Errorf("a new subscriber got version %d; want the latest, %d", s.Version, last)
	}
}
