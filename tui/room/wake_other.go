//go:build !linux

package room

// wakeups, on systems other than Linux, never wakes the screen: the room
// looks for changes once a second, with the clock.
type wakeups struct{}

func newWakeups() *wakeups { return nil }

func (w *wakeups) watch(dirs ...string) {}

func (w *wakeups) C() <-chan struct{} { return nil }

func (w *wakeups) Close() {}
