package meeting

import (
	"reflect"
	"strings"
	"testing"

	"github.com/gyda/gyda/meeting/meetingtest"
	"github.com/gyda/gyda/roster"
)

// hinter hints at every text with "facilitate" in it.
type hinter struct{}

func (hinter) Hint(text string) string {
	if strings.Contains(text, "facilitate") {
		return `"facilitate": try "help"`
	}
	return ""
}

func TestHintsOnlyForWordsTheMinutesPrint(t *testing.T) {
	rec := &meetingtest.Recorder{}
	live, _, err := Start(testSetup(), nil, rec, NewSimClock(testStart), Options{Hinter: hinter{}})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		line string
		hint bool
	}{
		{"arrive sian", false},
		{"decide We will facilitate a session", true},
		{"decide We will run a session", false},
		{"action sian by 2026-12-20: facilitate it", true},
		{"note Siân will facilitate", true},
		{"offrecord Siân will facilitate", false},
		{"reflect We did facilitate", true},
	}
	for _, tt := range tests {
		res, err := live.Do(ConsoleActor(), tt.line)
		if err != nil {
			t.Fatal(err)
		}
		last := res.Lines[len(res.Lines)-1]
		if got := last == `hint: "facilitate": try "help"`; got != tt.hint {
			t.Errorf("%q: hinted %v; want %v (%q)", tt.line, got, tt.hint, res.Lines)
		}
	}
}

func TestHelpForOneVerb(t *testing.T) {
	tests := []struct {
		role Role
		verb string
		want []string
	}{
		{RoleChair, "action", []string{"action NAME by DATE: TEXT: record an action with its owner and due date (31/01/2027, 31 Jan 2027, next meeting)."}},
		{RoleChair, " HERE ", []string{"arrive NAME [remote]: record someone arriving, in the room or remote (several: arrive NAME, NAME and NAME)."}},
		{RoleObserver, "next", []string{"next: move to the next agenda item."}},
		{RoleChair, "teleport", []string{`"teleport" is not a command; type help for the list`}},
	}
	for _, tt := range tests {
		if got := HelpLines(tt.role, tt.verb); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("HelpLines(%s, %q) = %q; want %q", tt.role, tt.verb, got, tt.want)
		}
	}
	observer := HelpLines(RoleObserver, "")
	if observer[0] != "Commands you can use as an observer:" || len(observer) != 4 {
		t.Errorf("an observer's help %q; want quorum, help and arising", observer)
	}
	if chair := HelpLines(RoleChair, ""); chair[0] != "Commands you can use as a chair:" || len(chair) != len(Verbs())+1 {
		t.Errorf("the chair's help has %d lines; want every verb", len(chair))
	}
}

func TestWhereSomeoneIsJoiningFrom(t *testing.T) {
	tests := []struct {
		arrivals []string
		want     map[string]bool
	}{
		{[]string{"arrive sian", "arrive aled remote", "arrive mair", "leave mair"},
			map[string]bool{"sian": false, "aled": true, "mair": false, "tom": false}},
		// The first to arrive (the first in the attendance) joining remotely.
		{[]string{"arrive aled remote", "arrive sian"}, map[string]bool{"aled": true, "sian": false}},
	}
	for _, tt := range tests {
		r := newRig(t)
		r.do(tt.arrivals...)
		st := r.state()
		for id, want := range tt.want {
			if got := st.IsRemote(id); got != want {
				t.Errorf("after %q, IsRemote(%s) = %v; want %v", tt.arrivals, id, got, want)
			}
		}
	}
}

func TestSetupCheck(t *testing.T) {
	good := testSetup()
	if err := good.Check(); err != nil {
		t.Fatalf("a good setup: %v", err)
	}
	noItems := testSetup()
	noItems.Agenda.Items = nil
	if err := noItems.Check(); err == nil || err.Error() != `the agenda "Co-production Group" has no items` {
		t.Errorf("no items: %v", err)
	}
	twice := testSetup()
	twice.People = append(twice.People, roster.Person{ID: "sian", Name: "Siân Again", Kind: roster.Carer})
	if err := twice.Check(); err == nil || !strings.HasPrefix(err.Error(), "the roster: ") {
		t.Errorf("a roster with an id twice: %v", err)
	}
}
