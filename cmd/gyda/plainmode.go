package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"time"

	"github.com/gyda/gyda/meeting"
)

// plainLoop runs the meeting line by line: one command per line of input,
// plain lines of output with no escape codes, for screen readers, fast
// typists, scripts and tests. An error starts with "error:" and changes
// nothing; a bad line never ends the meeting. It returns when the meeting
// ends (after writing the minutes) or the input ends.
func plainLoop(s *session, in io.Reader, out io.Writer, do func(line string) (meeting.Result, error)) error {
	p := &plainPrinter{out: out, exec: do}
	p.lines(s.opening)
	snap := s.live.Snapshot(meeting.ConsoleActor())
	p.lines(snap.State.Summary(s.live.Now()))
	p.line("Type help for the commands, or end to close the meeting.")
	r := bufio.NewReaderSize(in, 4096)
	stopReminders := p.remindEvery(s, reminderPeriod)
	defer func() { stopReminders() }()
	for {
		line, err := readLine(r)
		if line = strings.TrimSpace(line); line != "" {
			done, ferr := p.do(s, line)
			var se *meeting.SaveError
			if errors.As(ferr, &se) {
				stopReminders()
				ferr = p.offerAnotherFolder(s, r)
				done = ferr != nil
				stopReminders = p.remindEvery(s, reminderPeriod)
			}
			if ferr != nil || done {
				return ferr
			}
			p.remind(s.live)
		}
		if errors.Is(err, io.EOF) {
			if s.live.Snapshot(meeting.ConsoleActor()).State.IsOpen() {
				p.line("The input ended but the meeting has not: everything is saved. Run gyda run again in the group folder to resume it.")
			}
			return nil
		}
		if err != nil {
			return fmt.Errorf("read commands: %w", err)
		}
	}
}

// offerAnotherFolder asks, after the journal could not be written, for a
// folder to carry the meeting on in. An empty answer (or the end of the
// input) stops with the save error.
func (p *plainPrinter) offerAnotherFolder(s *session, r *bufio.Reader) error {
	for {
		p.line("To carry on in another folder (a USB stick, say), type its path; or press Enter to stop here.")
		answer, err := readLine(r)
		answer = strings.TrimSpace(answer)
		if answer == "" {
			return s.journal.Err()
		}
		if rerr := s.relocate(answer); rerr != nil {
			p.line("error: " + rerr.Error())
			if err != nil {
				return s.journal.Err()
			}
			continue
		}
		p.lines(s.opening)
		return nil
	}
}

// readLine reads one line, however long; an over-long line is still read
// whole so the next line starts in the right place (Parse refuses it).
func readLine(r *bufio.Reader) (string, error) {
	var b strings.Builder
	for {
		chunk, isPrefix, err := r.ReadLine()
		if b.Len() < 2*meeting.MaxLineLength {
			b.Write(chunk)
		}
		if err != nil {
			return b.String(), err
		}
		if !isPrefix {
			return b.String(), nil
		}
	}
}

// plainPrinter writes the plain mode's lines. The reminder ticker writes
// too, so every write holds the lock and a line is never split.
type plainPrinter struct {
	mu  sync.Mutex
	out io.Writer
	rem reminders
	// exec carries out a line for the chair's laptop when the SSH host
	// must see it (it also knows "admit N NAME"); nil sends lines straight
	// to the session's meeting.
	exec func(line string) (meeting.Result, error)
	// endAsked is true when the last line was "end" and it was answered
	// with what ending would leave undone: "end" again ends.
	endAsked bool
}

func (p *plainPrinter) line(s string) { p.lines([]string{s}) }

func (p *plainPrinter) lines(ls []string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, l := range ls {
		fmt.Fprintln(p.out, l)
	}
}

// reminderPeriod is how often a chair who types nothing is reminded of a
// break falling due or an item running over.
const reminderPeriod = 15 * time.Second

// remind tells the chair, once each, that a break is due or an item has
// run over.
func (p *plainPrinter) remind(live *meeting.Live) {
	st, now := live.Snapshot(meeting.ConsoleActor()).State, live.Now()
	p.mu.Lock()
	lines := p.rem.check(st, now)
	p.mu.Unlock()
	p.lines(lines)
}

// remindEvery checks for reminders on the wall clock, so a chair who is
// listening rather than typing still hears that a break is due. On the
// simulated clock time moves only with wait, after which remind runs
// anyway. It returns a func that stops it.
func (p *plainPrinter) remindEvery(s *session, period time.Duration) (stop func()) {
	if s.setup.Clock == "sim" {
		return func() {}
	}
	live := s.live
	done := make(chan struct{})
	var once sync.Once
	go func() {
		t := time.NewTicker(period)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				p.remind(live)
			case <-done:
				return
			}
		}
	}()
	return func() { once.Do(func() { close(done) }) }
}

// do runs one command line; done is true when the meeting has ended and
// its minutes are written. A failure to save ends the loop with the error.
func (p *plainPrinter) do(s *session, line string) (done bool, err error) {
	if p.askBeforeEnd(s, line) {
		return false, nil
	}
	exec := p.exec
	if exec == nil {
		exec = func(line string) (meeting.Result, error) { return s.live.Do(meeting.ConsoleActor(), line) }
	}
	res, err := exec(line)
	if err != nil {
		var se *meeting.SaveError
		if errors.As(err, &se) {
			p.line("error: " + err.Error())
			return true, err
		}
		p.line("error: " + err.Error())
		return false, nil
	}
	p.lines(res.Lines)
	for _, e := range res.Events {
		if e.Type == meeting.EvEnded {
			paths, err := s.writeMinutes()
			if err != nil {
				p.line("error: the meeting is saved, but its minutes could not be written: " + err.Error())
				p.line("Write them later with: gyda minutes " + s.journal.Path())
				return true, err
			}
			for _, path := range paths {
				p.line("Minutes written: " + path)
			}
			return true, nil
		}
	}
	return false, nil
}

// askBeforeEnd answers the first "end" of a meeting that would leave
// items not reached, a speaker or hands up by listing them and asking for
// "end" again; it reports whether it did.
func (p *plainPrinter) askBeforeEnd(s *session, line string) bool {
	asked := p.endAsked
	p.endAsked = false
	c, err := meeting.Parse(meeting.Clean(line))
	if err != nil || c.Verb != meeting.VerbEnd || asked {
		return false
	}
	st := s.live.Snapshot(meeting.ConsoleActor()).State
	left := st.LeftUndone(s.live.Now())
	if len(left) == 0 || !st.IsOpen() {
		return false
	}
	p.lines(left)
	p.line("Type end again to end the meeting now, with these left as they are; or carry on.")
	p.endAsked = true
	return true
}

// reminders tells the chair once when a break falls due and when an item
// runs over, without repeating itself after every line.
type reminders struct {
	breakDue time.Time
	overItem int
}

func (r *reminders) check(st *meeting.State, now time.Time) []string {
	var out []string
	if due := st.BreakDueAt(); !due.IsZero() && !now.Before(due) && !due.Equal(r.breakDue) {
		r.breakDue = due
		out = append(out, "reminder: "+st.BreakText(now)+". Start one with: break")
	}
	if st.IsOpen() && st.Pause == nil && st.ItemLeft(now) < 0 && r.overItem != st.Item {
		r.overItem = st.Item
		n, title := st.CurrentItem()
		out = append(out, fmt.Sprintf("reminder: item %d, %s, is %s its time. Nobody is cut off; move on with next when ready.", n, title, st.ItemTimeText(now)))
	}
	return out
}
