package tui

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"sync"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/gyda/gyda/internal/atomicfile"
)

// Draft is text being typed that has not been carried out yet: the command
// line, the action form and the closing reflection. It is saved so that it
// survives a crash and is offered again on resume.
type Draft struct {
	Line string             `json:"line,omitempty"`
	Form [fieldCount]string `json:"form,omitzero"`
	// FormField is the action form's field that had the keys, so that
	// someone typing on after a reconnect types into the same field.
	FormField  int    `json:"form_field,omitempty"`
	Reflection string `json:"reflection,omitempty"`
}

func (d Draft) empty() bool { return d == Draft{} }

// draftDelay is how long typing must pause before the draft is saved.
const draftDelay = 300 * time.Millisecond

// Drafts keeps one screen's Draft so that it outlives the screen: the
// laptop's in a file, through a crash (FileDrafts); a remote person's in
// the host's memory, through a dropped connection (MemoryDrafts). Save is
// called off the update loop with a generation that grows with each
// change: a save overtaken by a newer one must not win.
type Drafts interface {
	// Load returns the draft kept, or an empty one; a new screen calls it
	// once, first, and counts its generations afresh from there.
	Load() Draft
	// Save keeps d, unless a newer generation was kept already; an empty
	// d forgets the draft.
	Save(gen uint64, d Draft) error
	// Release says the screen has closed: another may take the drafts.
	Release()
}

// FileDrafts keeps drafts in the file at path, written atomically
// (atomicfile.Write) and private to the chair (0600).
func FileDrafts(path string) Drafts { return &drafter{path: path} }

// drafter saves drafts to one file, newest last: a write that was
// overtaken by a newer one is dropped.
type drafter struct {
	path string
	mu   sync.Mutex
	done uint64 // the newest generation written
}

// Load reads the saved draft; a missing or unreadable file is no draft.
func (w *drafter) Load() Draft {
	w.mu.Lock()
	w.done = 0
	w.mu.Unlock()
	var d Draft
	b, err := os.ReadFile(w.path)
	if err != nil {
		return d
	}
	if json.Unmarshal(b, &d) != nil {
		return Draft{}
	}
	return d
}

// Release does nothing: the file is the laptop's, used by one screen.
func (w *drafter) Release() {}

// Save writes d, or removes the file when d is empty.
func (w *drafter) Save(gen uint64, d Draft) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if gen < w.done {
		return nil
	}
	w.done = gen
	if d.empty() {
		err := os.Remove(w.path)
		if errors.Is(err, fs.ErrNotExist) {
			return nil
		}
		return err
	}
	b, err := json.Marshal(d)
	if err != nil {
		return err
	}
	return atomicfile.Write(w.path, b, 0o600)
}

type draftTickMsg struct{ gen uint64 }

type draftSavedMsg struct{ err error }

// saveDraft keeps the draft off the update loop.
func saveDraft(w Drafts, gen uint64, d Draft) tea.Cmd {
	return func() tea.Msg { return draftSavedMsg{err: w.Save(gen, d)} }
}

// MemoryDrafts keeps one person's draft in memory, for as long as the
// meeting's host runs: a remote screen's, so that what someone was typing
// when their connection dropped is back when they join again. One screen
// at a time has it (Claim, then Release when it closes): a second screen
// of the same person, open while the first is, starts with nothing, so
// that nothing half-typed on one device turns up on another.
type MemoryDrafts struct {
	mu   sync.Mutex
	done uint64
	d    Draft
	held bool
}

// Claim takes the drafts for a new screen, or reports false when an open
// screen has them.
func (m *MemoryDrafts) Claim() bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.held {
		return false
	}
	m.held = true
	return true
}

// Held reports whether an open screen has the drafts.
func (m *MemoryDrafts) Held() bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.held
}

// Release gives the drafts back when the screen closes.
func (m *MemoryDrafts) Release() {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.held = false
}

// Load returns the draft kept.
func (m *MemoryDrafts) Load() Draft {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.done = 0
	return m.d
}

// Save keeps d unless a newer generation was kept already.
func (m *MemoryDrafts) Save(gen uint64, d Draft) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if gen < m.done {
		return nil
	}
	m.done, m.d = gen, d
	return nil
}
