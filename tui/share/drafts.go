package share

import (
	"sync"

	"github.com/gyda/gyda/tui"
)

// draftBook keeps what each person in the roster was typing on their
// screen, for as long as the host runs, so that a dropped connection
// loses no half-typed note or decision: joining again puts it back. Guests
// keep none (they cannot record anything); a guest the chair admits as
// someone gets that person's.
type draftBook struct {
	mu sync.Mutex
	by map[string]*tui.MemoryDrafts // by roster id
}

// claim returns the person's drafts for a new screen, or nil while
// another screen of theirs is open (see tui.MemoryDrafts).
func (b *draftBook) claim(person string) *tui.MemoryDrafts {
	if d := b.of(person); d.Claim() {
		return d
	}
	return nil
}

// of returns the person's drafts, made on first use.
func (b *draftBook) of(person string) *tui.MemoryDrafts {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.by == nil {
		b.by = map[string]*tui.MemoryDrafts{}
	}
	d, ok := b.by[person]
	if !ok {
		d = &tui.MemoryDrafts{}
		b.by[person] = d
	}
	return d
}
