package setup

import (
	"crypto/ed25519"
	"crypto/rand"
	"reflect"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"golang.org/x/crypto/ssh"

	"github.com/gyda/gyda/tui/internal/cmdtest"
)

// driver sends messages to a model the way a Bubble Tea program would:
// after each Update it runs the command returned and sends on the
// messages that makes, so that a huh form inside the model moves from
// field to field. Commands that wait (cursor blinks) are dropped
// (cmdtest).
type driver struct {
	t    *testing.T
	m    tea.Model
	quit bool
}

func newDriver(t *testing.T, m tea.Model) *driver {
	d := &driver{t: t, m: m}
	d.send(tea.WindowSizeMsg{Width: 100, Height: 40})
	return d
}

// send delivers msg and everything it leads to.
func (d *driver) send(msg tea.Msg) {
	d.t.Helper()
	queue := []tea.Msg{msg}
	for n := 0; len(queue) > 0; n++ {
		if n > 500 {
			d.t.Fatal("messages kept coming")
		}
		var cmd tea.Cmd
		d.m, cmd = d.m.Update(queue[0])
		queue = append(queue[1:], d.run(cmd)...)
	}
}

// run runs cmd and returns the messages it makes.
func (d *driver) run(cmd tea.Cmd) []tea.Msg {
	if cmd == nil || cmdtest.Waits(cmd) {
		return nil
	}
	msg := cmdtest.Finish(d.t, cmd)
	switch msg := msg.(type) {
	case nil:
		return nil
	case tea.QuitMsg:
		d.quit = true
		return nil
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, d.run(c)...)
		}
		return out
	}
	// tea.Sequence makes an unexported slice of commands.
	if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeFor[tea.Cmd]() {
		var out []tea.Msg
		for i := range v.Len() {
			out = append(out, d.run(v.Index(i).Interface().(tea.Cmd))...)
		}
		return out
	}
	if reflect.TypeOf(msg).String() == "tea.windowSizeMsg" {
		return []tea.Msg{tea.WindowSizeMsg{Width: 100, Height: 40}}
	}
	return []tea.Msg{msg}
}

// typ types text, then presses the keys named (enter, down, up, esc, tab).
func (d *driver) typ(text string, keys ...string) {
	d.t.Helper()
	if text != "" {
		d.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(text)})
	}
	for _, k := range keys {
		d.key(k)
	}
}

// key presses one key.
func (d *driver) key(k string) {
	d.t.Helper()
	types := map[string]tea.KeyType{"enter": tea.KeyEnter, "down": tea.KeyDown, "up": tea.KeyUp, "esc": tea.KeyEsc, "tab": tea.KeyTab, "ctrl+c": tea.KeyCtrlC, "backspace": tea.KeyBackspace}
	if kt, ok := types[k]; ok {
		d.send(tea.KeyMsg{Type: kt})
		return
	}
	d.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)})
}

// view is the screen as text.
func (d *driver) view() string { return ansi.Strip(d.m.View()) }

// wantView fails unless the screen shows each of want.
func (d *driver) wantView(want ...string) {
	d.t.Helper()
	v := d.view()
	for _, w := range want {
		if !strings.Contains(v, w) {
			d.t.Errorf("the screen lacks %q:\n%s", w, v)
		}
	}
}

// newKey makes an SSH public key line.
func newKey(t *testing.T, comment string) string {
	t.Helper()
	pub, _, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	sp, err := ssh.NewPublicKey(pub)
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimSpace(string(ssh.MarshalAuthorizedKey(sp))) + " " + comment
}
