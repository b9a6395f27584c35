//go:build linux

package room

import (
	"bytes"
	"os"
	"path/filepath"
	"sync"
	"syscall"
	"unsafe"

	"github.com/gyda/gyda/meeting/history"
)

// wakeups tells the room screen at once when a file it shows changes, so
// a change reaches the room in milliseconds rather than at the next
// second's look. On Linux it asks the kernel (inotify, through the
// standard library's syscall package: no dependency) to report changes in
// the group folder, its meetings folder, the meeting's folder and the
// folder of the sharing file; only changes to the files the room reads
// wake it. Elsewhere the one-second look does it all.
type wakeups struct {
	fd   int
	file *os.File // fd, read through the runtime's poller
	c    chan struct{}

	mu      sync.Mutex
	watched map[string]int32 // folder -> watch descriptor
	dirs    map[int32]string
}

// The changes that matter: a file written, made, moved or removed.
const wakeMask = syscall.IN_MODIFY | syscall.IN_CREATE | syscall.IN_DELETE |
	syscall.IN_MOVED_TO | syscall.IN_MOVED_FROM | syscall.IN_CLOSE_WRITE

func newWakeups() *wakeups {
	fd, err := syscall.InotifyInit1(syscall.IN_CLOEXEC | syscall.IN_NONBLOCK)
	if err != nil {
		return nil // the one-second look still finds every change
	}
	w := &wakeups{
		fd:      fd,
		file:    os.NewFile(uintptr(fd), "inotify"), // non-blocking: reads wait in the runtime's poller, and Close ends them (never call its Fd, which would make it blocking)
		c:       make(chan struct{}, 1),
		watched: map[string]int32{},
		dirs:    map[int32]string{},
	}
	go w.read()
	return w
}

// watch adds folders to those watched; a folder that does not exist yet
// is tried again on the next call.
func (w *wakeups) watch(dirs ...string) {
	if w == nil {
		return
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, dir := range dirs {
		if _, ok := w.watched[dir]; ok {
			continue
		}
		wd, err := syscall.InotifyAddWatch(w.fd, dir, wakeMask)
		if err != nil {
			continue
		}
		w.watched[dir] = int32(wd)
		w.dirs[int32(wd)] = dir
	}
}

// C delivers a wake-up after changes (several changes at once may give
// one); it is closed after Close.
func (w *wakeups) C() <-chan struct{} {
	if w == nil {
		return nil
	}
	return w.c
}

// Close stops watching.
func (w *wakeups) Close() {
	if w != nil {
		w.file.Close()
	}
}

// read waits for changes until Close, and wakes the screen for those that
// concern it.
func (w *wakeups) read() {
	defer close(w.c) // so that nothing waits on it after Close
	buf := make([]byte, 4096)
	for {
		n, err := w.file.Read(buf)
		if err != nil {
			return
		}
		if w.matters(buf[:n]) {
			select {
			case w.c <- struct{}{}:
			default: // a wake-up is already waiting
			}
		}
	}
}

// matters reports whether any of the events in buf is a change the room
// reads: the journal, the sharing file, or a folder coming or going.
func (w *wakeups) matters(buf []byte) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	for len(buf) >= syscall.SizeofInotifyEvent {
		ev := (*syscall.InotifyEvent)(unsafe.Pointer(&buf[0]))
		end := syscall.SizeofInotifyEvent + int(ev.Len)
		if end > len(buf) {
			return true
		}
		name := string(bytes.TrimRight(buf[syscall.SizeofInotifyEvent:end], "\x00"))
		buf = buf[end:]
		switch {
		case ev.Mask&syscall.IN_Q_OVERFLOW != 0, ev.Mask&syscall.IN_ISDIR != 0:
			return true
		case name == history.JournalName || name == filepath.Base(JoiningPath("")):
			return true
		case filepath.Base(w.dirs[ev.Wd]) == "meetings":
			return true
		}
	}
	return false
}
