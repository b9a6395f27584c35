package share

import (
	"fmt"
	"reflect"
	"runtime/debug"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
)

// guard wraps a session's model. It draws the model's view on the
// session's screen after every update (see screen), clamps window sizes,
// and keeps a panic in the model, its view or its commands inside this one
// session: the attendee sees an apology, the chair is told, and everyone
// else carries on. Bubble Tea's own panic catching is off, because it
// prints to the host's terminal.
//
// When the chair admits a guest, the guard makes the session's screen
// again with the factory (a screen's actor is fixed when it is made), and
// drops whatever the old screen's commands still return: every command's
// message is tagged with the generation of the screen that issued it.
type guard struct {
	inner   tea.Model
	scr     *screen
	lim     Limits
	sess    *Session     // nil in tests of the guard alone
	factory ModelFactory // makes the screen again on admission
	gen     uint64       // which screen this is; see genMsg
	onPanic func(r any, stack []byte)
	failed  bool
	last    string // the message left on the attendee's screen when the session ends
}

// genMsg is a message from a command, tagged with the generation of the
// screen that issued it. The program's filter unwraps it, or drops it if
// that screen has been replaced.
type genMsg struct {
	gen uint64
	msg tea.Msg
}

// rebuildMsg says the session's identity changed: make the screen again.
type rebuildMsg struct{}

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
	case rebuildMsg:
		cmd := g.rebuild()
		if g.failed {
			return g, tea.Quit
		}
		g.paint()
		if g.failed {
			return g, tea.Quit
		}
		return g, cmd
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

// rebuild replaces the screen with a new one from the factory, for the
// session's identity as it is now, sized to the window.
func (g *guard) rebuild() tea.Cmd {
	if g.sess == nil || g.factory == nil {
		return nil
	}
	if closer, ok := g.inner.(interface{ Close() }); ok {
		g.protect(closer.Close)
	}
	if g.failed {
		return nil
	}
	g.gen++
	w, h := g.scr.width, g.scr.height
	g.sess.renew(w, h)
	var next tea.Model
	g.protect(func() { next = g.factory(g.sess) })
	if g.failed {
		return nil
	}
	if next == nil {
		g.fail("the screen could not be made again", nil)
		return nil
	}
	g.inner = next
	var cmds [2]tea.Cmd
	g.protect(func() {
		cmds[0] = next.Init()
		m, cmd := next.Update(tea.WindowSizeMsg{Width: w, Height: h})
		if m != nil {
			g.inner = m
		}
		cmds[1] = cmd
	})
	if g.failed {
		return nil
	}
	return g.wrap(tea.Batch(cmds[:]...))
}

// View is empty: the guard draws on the screen itself (Bubble Tea runs
// without a renderer).
func (g *guard) View() string { return "" }

// lineViewer is a model that gives its view in lines, none wider than its
// window, so that screens showing the same thing can share them and need
// not measure them (see tui.Model.ViewLines).
type lineViewer interface{ ViewLines() []string }

func (g *guard) paint() {
	var lines []string
	var fitted bool
	g.protect(func() {
		if lv, ok := g.inner.(lineViewer); ok {
			lines, fitted = lv.ViewLines(), true
		} else {
			lines = strings.Split(g.inner.View(), "\n")
		}
	})
	if g.failed {
		return
	}
	_ = g.scr.paintLines(lines, fitted) // a write error ends the session through its context
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

// wrap makes a command safe: a panic becomes a panicMsg, the commands
// inside a batch or a sequence are wrapped too, and the message is tagged
// with the current screen's generation.
func (g *guard) wrap(cmd tea.Cmd) tea.Cmd { return g.wrapGen(cmd, g.gen) }

func (g *guard) wrapGen(cmd tea.Cmd, gen uint64) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				msg = panicMsg{r: r, stack: debug.Stack()}
			}
		}()
		return g.wrapMsg(cmd(), gen)
	}
}

func (g *guard) wrapMsg(msg tea.Msg, gen uint64) tea.Msg {
	if msg == nil {
		return nil
	}
	if b, ok := msg.(tea.BatchMsg); ok {
		out := make(tea.BatchMsg, len(b))
		for i, c := range b {
			out[i] = g.wrapGen(c, gen)
		}
		return out
	}
	// tea.Sequence's message is an unexported slice of commands.
	v := reflect.ValueOf(msg)
	if v.Kind() == reflect.Slice && v.Type().Elem() == cmdType {
		out := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		for i := 0; i < v.Len(); i++ {
			c, _ := v.Index(i).Interface().(tea.Cmd)
			out.Index(i).Set(reflect.ValueOf(g.wrapGen(c, gen)))
		}
		return out.Interface()
	}
	return genMsg{gen: gen, msg: msg}
}

// filter drops messages that would reach outside the session: suspending
// (it would stop the host, the chair's own laptop) and running a program
// on the host's terminal.
// It also unwraps a command's message, dropping it if the screen that
// issued the command has been replaced.
func filter(model tea.Model, msg tea.Msg) tea.Msg {
	if gm, ok := msg.(genMsg); ok {
		if g, ok := model.(*guard); ok && gm.gen != g.gen {
			return nil
		}
		msg = gm.msg
	}
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
