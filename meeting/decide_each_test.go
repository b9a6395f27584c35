package meeting

import (
	"slices"
	"testing"
)

// A chair records several people arriving, leaving or sending apologies
// in one line, as votes already take several names; a name refused
// refuses the whole line and records nothing.
func TestSeveralPeopleInOneLine(t *testing.T) {
	present := func(st *State) []string {
		var ids []string
		for _, s := range st.Present() {
			ids = append(ids, s.Person)
		}
		slices.Sort(ids)
		return ids
	}
	t.Run("arrive with commas and and", func(t *testing.T) {
		r := newRig(t)
		r.do("arrive sian, mair and dafydd")
		if got, want := present(r.state()), []string{"dafydd", "mair", "sian"}; !slices.Equal(got, want) {
			t.Fatalf("present %v; want %v", got, want)
		}
		if n := r.rec.Len(); n != 4 { // the opening, then one arrival each
			t.Fatalf("%d events recorded; want 4 (opened and three arrivals)", n)
		}
	})
	t.Run("arrive split at spaces, remote for all", func(t *testing.T) {
		r := newRig(t)
		r.do("arrive rhys claire remote")
		st := r.state()
		for _, s := range st.Present() {
			if !s.Remote {
				t.Fatalf("%s arrived in the room; want remote, as the line says", s.Person)
			}
		}
		if got := present(st); !slices.Equal(got, []string{"claire", "rhys"}) {
			t.Fatalf("present %v; want claire and rhys", got)
		}
	})
	t.Run("a full name is still one person", func(t *testing.T) {
		r := newRig(t)
		r.do("arrive Siân Davies")
		if got := present(r.state()); !slices.Equal(got, []string{"sian"}) {
			t.Fatalf("present %v; want sian", got)
		}
	})
	t.Run("one unknown name refuses the line", func(t *testing.T) {
		r := newRig(t)
		r.fails("arrive sian, nobody and mair", `"nobody"`)
		if got := present(r.state()); len(got) != 0 {
			t.Fatalf("present %v after a refused line; want nobody", got)
		}
	})
	t.Run("one already here refuses the line", func(t *testing.T) {
		r := newRig(t)
		r.do("arrive mair")
		r.fails("arrive sian, mair", "Mair Jones is already here")
	})
	t.Run("named twice", func(t *testing.T) {
		r := newRig(t)
		r.fails("arrive sian, Siân Davies", "Siân Davies is named twice")
	})
	t.Run("leave several, one not here", func(t *testing.T) {
		r := newRig(t)
		r.do("arrive sian, mair, dafydd")
		r.fails("leave sian and rhys", "Rhys Evans is not here")
		r.do("leave sian and mair")
		if got := present(r.state()); !slices.Equal(got, []string{"dafydd"}) {
			t.Fatalf("present %v; want dafydd", got)
		}
	})
	t.Run("apologies from several", func(t *testing.T) {
		r := newRig(t)
		r.do("apologies tom & claire")
		st := r.state()
		if !st.HasApologies("tom") || !st.HasApologies("claire") {
			t.Fatal("apologies from tom and claire not both recorded")
		}
	})
	t.Run("a member may leave only themselves", func(t *testing.T) {
		r := newRig(t)
		r.do("arrive sian, mair")
		r.as(Actor{Person: "mair"}, "leave mair, sian", "only for yourself, not for Siân Davies")
	})
	t.Run("a near miss among several names is asked about", func(t *testing.T) {
		r := newRig(t)
		_, err := r.live.Do(ConsoleActor(), "arrive dafydd, jon")
		if s, ok := SuggestionOf(err); !ok || s.Ask != "Mair Jones?" || s.Line != "arrive dafydd, mair" {
			t.Fatalf("arrive dafydd, jon: %v, %+v; want Mair Jones asked about", err, s)
		}
		if got := present(r.state()); len(got) != 0 {
			t.Fatalf("present %v after a refused line; want nobody", got)
		}
	})
	// A command with no name (a screen's leave key) is about the one
	// typing; from the chair's laptop, which is nobody, it is refused.
	t.Run("no name means the one typing", func(t *testing.T) {
		r := newRig(t)
		r.do("arrive sian, mair")
		if _, err := r.live.Exec(Actor{Person: "mair"}, Command{Verb: VerbLeave}); err != nil {
			t.Fatal(err)
		}
		if got := present(r.state()); !slices.Equal(got, []string{"sian"}) {
			t.Fatalf("present %v; want sian, after mair left", got)
		}
		_, err := r.live.Exec(ConsoleActor(), Command{Verb: VerbArrive})
		if err == nil || err.Error() != "arrive needs a name here: arrive NAME" {
			t.Fatalf("an arrival with no name from the chair's laptop: %v", err)
		}
	})
}
