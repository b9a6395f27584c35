package tui

import (
	"reflect"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

// Before anything is recorded, the chair can leave the start screen to
// change the people or the agenda; once someone has arrived, not.
func TestStartScreenOffersPeopleAndAgendaBeforeAnythingIsRecorded(t *testing.T) {
	for _, tt := range []struct{ key, want string }{{"P", "people"}, {"A", "agenda"}} {
		r := newRig(t, func(c *Config) { c.SetUp = true })
		if !r.m.keys.People.Enabled() || !r.m.keys.Agenda.Enabled() {
			t.Fatal("P and A are not offered on the start screen of a fresh meeting")
		}
		r.size(120, 40)
		r.contains("P people", "A agenda")
		cmd := r.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(tt.key)})
		if cmd == nil || !reflect.DeepEqual(cmd(), tea.Quit()) {
			t.Fatalf("%s did not leave the screen", tt.key)
		}
		if got := r.m.SetupRequested(); got != tt.want {
			t.Fatalf("%s asked for %q; want %q", tt.key, got, tt.want)
		}
	}
	r := newRig(t, func(c *Config) { c.SetUp = true })
	r.do("arrive sian")
	if r.m.keys.People.Enabled() || r.m.keys.Agenda.Enabled() {
		t.Fatal("P and A are still offered after someone arrived")
	}
	r.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("P")})
	if r.m.SetupRequested() != "" {
		t.Fatal("P asked for the people screen after someone arrived")
	}
	if r2 := newRig(t); r2.m.keys.People.Enabled() {
		t.Fatal("P is offered without Config.SetUp")
	}
}
