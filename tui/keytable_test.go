package tui

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/key"

	"github.com/gyda/gyda/meeting"
)

// allBindings are the key map's bindings by field name.
func allBindings(k *KeyMap) map[string]*key.Binding {
	out := map[string]*key.Binding{}
	v := reflect.ValueOf(k).Elem()
	for i := 0; i < v.NumField(); i++ {
		if f := v.Type().Field(i); f.IsExported() && f.Type == reflect.TypeOf(key.Binding{}) {
			out[f.Name] = v.Field(i).Addr().Interface().(*key.Binding)
		}
	}
	return out
}

// TestEveryVerbOnTheSameKey holds every screen, for every viewer, in every
// state of a meeting, to one table of keys (verbKeys, the chair's keys):
// a verb's key is the same wherever it is on; a key someone may not use is
// off, hidden from the help and does nothing when pressed; and no other
// key ever has a verb's key.
func TestEveryVerbOnTheSameKey(t *testing.T) {
	reference := map[string]meeting.Verb{"h": meeting.VerbHand, "t": meeting.VerbNote, "d": meeting.VerbDecide,
		"a": meeting.VerbAction, "c": meeting.VerbCard, "b": meeting.VerbBreak, "s": meeting.VerbSpeak,
		"n": meeting.VerbNext, "e": meeting.VerbEnd, "+": meeting.VerbFor, "-": meeting.VerbAgainst, "0": meeting.VerbAbstain,
		"1": meeting.VerbBallot}
	verbOf := map[string]meeting.Verb{}
	for _, vk := range verbKeys() {
		verbOf[vk.key] = vk.verb
		if vk.numbered() {
			for _, k := range ballotKeys(maxBallotKeys) {
				verbOf[k] = vk.verb
			}
		}
	}
	for k, v := range reference {
		if verbOf[k] != v {
			t.Errorf("the table has %q for %s, the chair's screen's key for %s", k, verbOf[k], v)
		}
	}
	if k := DefaultKeyMap(); !slices.Equal(k.Command.Keys(), []string{":"}) || !slices.Equal(k.Help.Keys(), []string{"?"}) {
		t.Errorf("command is %v and help %v, want : and ?", k.Command.Keys(), k.Help.Keys())
	}

	live, clock, rec := privateLive(t)
	var rs []*rig
	var names []string
	for _, v := range viewers() {
		cfg := Config{Live: live, Actor: meeting.ConsoleActor()}
		v.cfg(&cfg)
		rs = append(rs, rigOn(t, clock, rec, cfg))
		names = append(names, v.name)
	}
	do := func(lines ...string) {
		t.Helper()
		for _, line := range lines {
			if _, err := live.Do(meeting.ConsoleActor(), line); err != nil {
				t.Fatalf("%q: %v", line, err)
			}
		}
		for _, r := range rs {
			r.sync()
		}
	}
	check := func(state string) {
		t.Helper()
		for i, r := range rs {
			who := names[i] + " (" + string(r.m.role) + "), " + state
			keys := &r.m.keys
			table := map[*key.Binding]verbKey{}
			for _, vk := range verbKeys() {
				b := vk.binding(keys)
				table[b] = vk
				if !b.Enabled() {
					continue
				}
				want, help := []string{vk.key}, []string{vk.key}
				if vk.numbered() {
					// One number for each choice on the screen: 1, 1-2, ... 1-9.
					want = ballotKeys(len(b.Keys()))
					help = []string{"1", "1-" + itoa(len(want))}
				}
				if !slices.Equal(b.Keys(), want) || !slices.Contains(help, b.Help().Key) {
					t.Errorf("%s: %s is on %v (help %q), want %q", who, vk.verb, b.Keys(), b.Help().Key, want)
				}
				if !meeting.Allowed(r.m.role, vk.verb) {
					t.Errorf("%s: %q for %s is on, but the role may not use it", who, vk.key, vk.verb)
				}
			}
			for name, b := range allBindings(keys) {
				if _, ok := table[b]; ok || !b.Enabled() {
					continue
				}
				for _, k := range b.Keys() {
					if v, ok := verbOf[k]; ok {
						t.Errorf("%s: %s has %q, the key for %s", who, name, k, v)
					}
				}
			}
			// Off keys are not in the help line, and do nothing.
			line := r.lastLine()
			for _, vk := range verbKeys() {
				b := vk.binding(keys)
				if b.Enabled() {
					continue
				}
				if strings.Contains(line, vk.key+" "+b.Help().Desc) {
					t.Errorf("%s: the help line offers %q, which is off: %q", who, vk.key, line)
				}
				events := live.Snapshot(meeting.ConsoleActor()).State.Events
				r.keys(vk.key)
				if live.Snapshot(meeting.ConsoleActor()).State.Events != events || !r.m.shareable() && r.m.screen != screenStart {
					t.Errorf("%s: %q, which is off, did something", who, vk.key)
					r.keys("esc")
				}
			}
		}
	}

	do("arrive sian", "arrive dafydd", "arrive mair", "arrive rhys remote", "arrive john", "arrive aled",
		"arrive claire", "arrive tom", "arrive priya", "chair sian", "minutes dafydd")
	check("the start")
	do("item 4", "hand claire", "speak")
	check("someone speaking")
	do("hand rhys", "speak mair")
	check("Mair speaking, Rhys waiting")
	do("card mair red")
	check("a red card")
	do("resume", "break")
	check("a break")
	do("resume", "vote Shall we run the survey again?", "for sian")
	check("an open vote")
	for _, r := range rs {
		if want := r.m.role != meeting.RoleObserver; r.m.keys.VoteFor.Enabled() != want {
			t.Errorf("%s: + is on: %v, want %v", r.m.role, r.m.keys.VoteFor.Enabled(), want)
		}
	}
	do("vote close", "elect chair: sian, mair")
	check("an open secret ballot")
	ballots := 0
	for _, r := range rs {
		if r.m.keys.Ballot.Enabled() {
			ballots++
			if r.m.cfg.Actor.Person != "rhys" {
				t.Errorf("%s has the numbers of a secret ballot, but is not a member joining remotely", r.m.who())
			}
		}
	}
	if ballots != 1 {
		t.Errorf("%d screens have the ballot's numbers, want Rhys's only", ballots)
	}
	do("elect close", "end")
	check("the end")
}
