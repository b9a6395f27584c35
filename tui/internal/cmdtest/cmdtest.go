// Package cmdtest runs a screen's Bubble Tea commands in tests the way a
// program would, without waiting for time: the commands that finish at
// once (writing the minutes, saving a draft, a batch) are run to the end
// and their messages returned; the ones that wait for a timer (a tick, a
// cursor's blink) are told apart by name and left alone, as a test has
// no time to spend on them and they change nothing it checks.
//
// It is imported only by tests.
package cmdtest

import (
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

// Name is the name of the function cmd runs: for a closure, the function
// that made it ("github.com/charmbracelet/bubbletea.Tick.func1"), with the
// names of the functions it was inlined into before it.
func Name(cmd tea.Cmd) string {
	return runtime.FuncForPC(reflect.ValueOf(cmd).Pointer()).Name()
}

// Named reports whether cmd was made by one of the functions named
// ("listen", "(*Model).BlinkCmd"), wherever it was inlined.
func Named(cmd tea.Cmd, makers ...string) bool {
	name := Name(cmd)
	for _, m := range makers {
		if strings.Contains(name, "."+m+".func") {
			return true
		}
	}
	return false
}

// Waits reports whether cmd waits on a timer before it says anything: a
// tick (tea.Tick, tea.Every) or a cursor's blink.
func Waits(cmd tea.Cmd) bool {
	return Named(cmd, "Tick", "Every", "BlinkCmd")
}

// deadline is how long a command that finishes at once may take on a
// machine that is busy and running the race detector: far longer than
// any does, so it is reached only when a command that waits has been
// taken for one that finishes.
const deadline = time.Minute

// Finish runs cmd, which must finish without waiting for anything, and
// returns its message. It fails the test, naming the command, if cmd has
// not returned by a generous deadline.
func Finish(t testing.TB, cmd tea.Cmd) tea.Msg {
	t.Helper()
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	select {
	case msg := <-done:
		return msg
	case <-time.After(deadline):
		t.Fatalf("the command %s did not return in %s: if it waits for something, leave it out (cmdtest.Waits)", Name(cmd), deadline)
		return nil
	}
}
