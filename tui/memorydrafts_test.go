package tui

import "testing"

// A save overtaken by a newer one never wins; a new screen counts its
// generations afresh; an empty draft forgets.
func TestMemoryDraftsKeepTheNewest(t *testing.T) {
	var m MemoryDrafts
	if got := m.Load(); got != (Draft{}) {
		t.Fatalf("new: %+v", got)
	}
	_ = m.Save(2, Draft{Line: "note newer"})
	_ = m.Save(1, Draft{Line: "note older"})
	if got := m.Load().Line; got != "note newer" {
		t.Fatalf("after an overtaken save: %q", got)
	}
	// Loaded by a new screen, whose first change is generation 1.
	_ = m.Save(1, Draft{Line: "note on the new screen"})
	if got := m.Load().Line; got != "note on the new screen" {
		t.Fatalf("a new screen's first save: %q", got)
	}
	_ = m.Save(1, Draft{})
	if got := m.Load(); got != (Draft{}) {
		t.Fatalf("after an empty save: %+v", got)
	}
}

// One screen at a time has a person's drafts.
func TestMemoryDraftsOneScreenAtATime(t *testing.T) {
	var m MemoryDrafts
	if !m.Claim() || !m.Held() {
		t.Fatal("the first screen could not claim the drafts")
	}
	if m.Claim() {
		t.Fatal("a second screen claimed drafts an open screen has")
	}
	m.Release()
	if m.Held() || !m.Claim() {
		t.Fatal("the drafts were not free after the screen closed")
	}
}
