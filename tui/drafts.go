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
	Line       string             `json:"line,omitempty"`
	Form       [fieldCount]string `json:"form,omitzero"`
	Reflection string             `json:"reflection,omitempty"`
}

func (d Draft) empty() bool { return d == Draft{} }

// draftDelay is how long typing must pause before the draft is saved.
const draftDelay = 300 * time.Millisecond

// drafter saves drafts to one file, atomically (atomicfile.Write), private
// to the chair (0600), newest last: a write that was overtaken by a newer one is
// dropped.
type drafter struct {
	path string
	mu   sync.Mutex
	done uint64 // the newest generation written
}

// loadDraft reads a saved draft; a missing or unreadable file is no draft.
func loadDraft(path string) Draft {
	var d Draft
	if path == "" {
		return d
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return d
	}
	if json.Unmarshal(b, &d) != nil {
		return Draft{}
	}
	return d
}

func (w *drafter) save(gen uint64, d Draft) error {
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

// saveCmd writes the draft off the update loop.
func (w *drafter) saveCmd(gen uint64, d Draft) tea.Cmd {
	return func() tea.Msg { return draftSavedMsg{err: w.save(gen, d)} }
}
