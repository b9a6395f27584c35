package tui

import (
	"testing"

	"github.com/gyda/gyda/meeting"
)

// TestDraftKeepsTheFormFieldBeingTyped drops a remote minute-taker halfway
// through an action's "What" and brings them back: the keys are in "What"
// again, so typing on finishes the sentence instead of spoiling the owner.
func TestDraftKeepsTheFormFieldBeingTyped(t *testing.T) {
	live, _, _ := newLive(t)
	var kept MemoryDrafts
	actor := meeting.ConsoleActor()
	m := New(Config{Live: live, Actor: actor, Drafts: &kept})
	defer m.Close()
	r := &rig{t: t, live: live, m: m}
	r.keys("enter", "a", "aled", "enter", "next meeting", "enter", "Send the survey results")
	if m.form.focus != fieldText {
		t.Fatalf("before the drop the keys are in field %d, want %d", m.form.focus, fieldText)
	}
	saveDraftNow(r)

	m2 := New(Config{Live: live, Actor: actor, Drafts: &kept})
	defer m2.Close()
	r2 := &rig{t: t, live: live, m: m2}
	r2.size(80, 24)
	r2.keys(" to everyone")
	if got := m2.form.fields[fieldText].Value(); got != "Send the survey results to everyone" {
		t.Errorf("What = %q after typing on", got)
	}
	if got := m2.form.fields[fieldOwner].Value(); got != "aled" {
		t.Errorf("Who will do it = %q after typing on", got)
	}
}
