package main

import (
	"bytes"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
)

// lockedBuffer is a buffer that a program writes and a test reads at the
// same time: what a terminal or the chair's plain output shows.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// waitFor waits up to twenty seconds for the buffer, without escape
// sequences, to hold want; what names the buffer in the failure.
func (l *lockedBuffer) waitFor(t *testing.T, what, want string) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !strings.Contains(ansi.Strip(l.String()), want) {
		if time.Now().After(deadline) {
			s := ansi.Strip(l.String())
			if len(s) > 3000 {
				s = s[len(s)-3000:]
			}
			t.Fatalf("%s never showed %q; it shows:\n%s", what, want, s)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
