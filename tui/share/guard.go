package share

import (
	"fmt"
	"reflect"
	"runtime/debug"

	tea "github.com/charmbracelet/bubbletea"
)

// guard wraps a session's model. It draws the model's view on the
// session's screen after every update (see screen), clamps window sizes,
// and keeps a panic in the model, its view or its commands inside this one
// session: the attendee sees an apology, the chair is told, and everyone
// else carries on. Bubble Tea's own panic catching is off, because it
// prints to the host's terminal.
type guard struct {
	inner   tea.Model
	scr     *screen
	lim     Limits
	onPanic func(r any, stack []byte)
	failed  bool
	last    string // the message left on the attendee's screen when the session ends
}

// panicMsg carries a panic out of a command's goroutine.
type panicMsg struct {
	r     any
	stack []byte
}

// closingMsg says the host is closing (the meeting ended or the chair
// stopped sharing).
type closingMsg struct{ why string }

// resizeMsg is a window change from the client, before clamping.
type resizeMsg struct{ w, h int }

const crashText = "Sorry: this screen hit a problem and has closed. The meeting goes on; connect again to rejoin it."

func (g *guard) Init() tea.Cmd {
	var cmd tea.Cmd
	g.protect(func() { cmd = g.inner.Init() })
	if g.failed {
		return tea.Quit
	}
	g.paint()
	if g.failed {
		return tea.Quit
	}
	return g.wrap(cmd)
}

func (g *guard) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if g.failed {
		return g, tea.Quit
	}
	switch m := msg.(type) {
	case panicMsg:
		g.fail(m.r, m.stack)
		return g, tea.Quit
	case closingMsg:
		g.last = m.why
		return g, tea.Quit
	case resizeMsg:
		w, h := g.lim.clampSize(m.w, m.h)
		g.scr.resize(w, h)
		msg = tea.WindowSizeMsg{Width: w, Height: h}
	case tea.WindowSizeMsg:
		w, h := g.lim.clampSize(m.Width, m.Height)
		g.scr.resize(w, h)
		msg = tea.WindowSizeMsg{Width: w, Height: h}
	}
	var cmd tea.Cmd
	g.protect(func() {
		var next tea.Model
		next, cmd = g.inner.Update(msg)
		if next != nil {
			g.inner = next
		}
	})
	if g.failed {
		return g, tea.Quit
	}
	g.paint()
	if g.failed {
		return g, tea.Quit
	}
	return g, g.wrap(cmd)
}

// View is empty: the guard draws on the screen itself (Bubble Tea runs
// without a renderer).
func (g *guard) View() string { return "" }

func (g *guard) paint() {
	var view string
	g.protect(func() { view = g.inner.View() })
	if g.failed {
		return
	}
	_ = g.scr.paint(view) // a write error ends the session through its context
}

// protect runs f, turning a panic into a failed session.
func (g *guard) protect(f func()) {
	defer func() {
		if r := recover(); r != nil {
			g.fail(r, debug.Stack())
		}
	}()
	f()
}

func (g *guard) fail(r any, stack []byte) {
	if g.failed {
		return
	}
	g.failed = true
	g.last = crashText
	if g.onPanic != nil {
		g.onPanic(r, stack)
	}
}

var cmdType = reflect.TypeOf(tea.Cmd(nil))

// wrap makes a command safe: a panic becomes a panicMsg, and the commands
// inside a batch or a sequence are wrapped too.
func (g *guard) wrap(cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				msg = panicMsg{r: r, stack: debug.Stack()}
			}
		}()
		return g.wrapMsg(cmd())
	}
}

func (g *guard) wrapMsg(msg tea.Msg) tea.Msg {
	if b, ok := msg.(tea.BatchMsg); ok {
		out := make(tea.BatchMsg, len(b))
		for i, c := range b {
			out[i] = g.wrap(c)
		}
		return out
	}
	// tea.Sequence's message is an unexported slice of commands.
	v := reflect.ValueOf(msg)
	if v.Kind() == reflect.Slice && v.Type().Elem() == cmdType {
		out := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		for i := 0; i < v.Len(); i++ {
			c, _ := v.Index(i).Interface().(tea.Cmd)
			out.Index(i).Set(reflect.ValueOf(g.wrap(c)))
		}
		return out.Interface()
	}
	return msg
}

// filter drops messages that would reach outside the session: suspending
// (it would stop the host, the chair's own laptop) and running a program
// on the host's terminal.
func filter(_ tea.Model, msg tea.Msg) tea.Msg {
	switch msg.(type) {
	case tea.SuspendMsg, tea.ResumeMsg:
		return nil
	}
	if t := reflect.TypeOf(msg); t != nil && t.PkgPath() == "github.com/charmbracelet/bubbletea" && t.Name() == "execMsg" {
		return nil
	}
	return msg
}

func panicText(r any) string { return fmt.Sprint(r) }
