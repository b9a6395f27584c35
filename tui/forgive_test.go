package tui

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
)

// keyNames is every key name the screen's key maps know, and those of
// the text inputs inside it.
func keyNames() []string {
	seen := map[string]bool{}
	var out []string
	add := func(v any) {
		rv := reflect.ValueOf(v)
		for i := 0; i < rv.NumField(); i++ {
			if !rv.Type().Field(i).IsExported() {
				continue
			}
			b, ok := rv.Field(i).Interface().(key.Binding)
			if !ok {
				continue
			}
			for _, k := range b.Keys() {
				if !seen[k] {
					seen[k] = true
					out = append(out, k)
				}
			}
		}
	}
	for _, km := range []any{DefaultKeyMap(), DefaultCommandKeys(), DefaultFormKeys(), DefaultEndKeys(), DefaultCloseKeys(),
		DefaultCardKeys(), DefaultMessageKeys(), DefaultQuestionKeys(), itemKeys(), entryKeys(), textinput.DefaultKeyMap} {
		add(km)
	}
	for _, extra := range []string{"space", "home", "end", "left", "right", "up", "down", "tab", "enter", "esc", "backspace", "delete"} {
		if !seen[extra] {
			out = append(out, extra)
		}
	}
	return out
}

// textFields opens each text field on a fresh screen and says where its
// text is.
var textFields = map[string]struct {
	open  func(r *rig)
	value func(r *rig) string
}{
	"command line": {func(r *rig) { r.keys(":") }, func(r *rig) string { return r.m.cmd.value() }},
	"action owner": {func(r *rig) { r.keys("a") }, func(r *rig) string { return r.m.form.fields[fieldOwner].Value() }},
	"action due":   {func(r *rig) { r.keys("a", "aled", "enter") }, func(r *rig) string { return r.m.form.fields[fieldDue].Value() }},
	"action what":  {func(r *rig) { r.keys("a", "aled", "enter", "enter") }, func(r *rig) string { return r.m.form.fields[fieldText].Value() }},
	"reflection":   {func(r *rig) { r.keys("e") }, func(r *rig) string { return r.m.end.input.Value() }},
}

// Every key name, sent as one burst of runes (as dictation, a braille
// display, a paste without bracketed paste or a slow SSH link sends
// words), is text in every text field: never that key.
func TestEveryKeyNameBurstIsText(t *testing.T) {
	names := keyNames()
	for _, n := range []string{"end", "left", "tab", "enter", "home", "up", "space", "esc", "ctrl+c", "backspace"} {
		if !slices.Contains(names, n) {
			t.Fatalf("the key maps do not know %q; the test would prove little", n)
		}
	}
	for field, tf := range textFields {
		t.Run(field, func(t *testing.T) {
			r := meetingRig(t)
			tf.open(r)
			events := r.state().Events
			for _, name := range names {
				before := tf.value(r)
				r.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("x" + name)})
				r.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(name)})
				if got, want := tf.value(r), before+"x"+name+name; got != want {
					t.Fatalf("after the burst %q the field holds %q; want %q", name, got, want)
				}
			}
			if r.state().Events != events {
				t.Fatal("a burst of text recorded something")
			}
		})
	}
}

// The words of the issue, sent as a dictation program sends them: a
// burst a word, a space between.
func TestDictatedWordsAreKept(t *testing.T) {
	r := meetingRig(t)
	r.keys("t")
	burst(r, "we are left waiting outside")
	r.keys("enter")
	if n := r.state().Notes; len(n) != 1 || n[0].Text != "we are left waiting outside" {
		t.Fatalf("notes %+v", n)
	}
	r.keys("a", "aled", "enter", "enter")
	burst(r, "please tab to the end of the form and press enter to save it")
	if got := r.m.form.fields[fieldText].Value(); got != "please tab to the end of the form and press enter to save it" {
		t.Fatalf("action text %q", got)
	}
	r.keys("esc")
	// ":end" in one burst opens the line with "end" in it: not pressed,
	// not lost.
	r.send(key1(":end"))
	if !r.m.cmd.open || r.m.cmd.value() != "end" {
		t.Fatalf(":end burst: open %v, %q", r.m.cmd.open, r.m.cmd.value())
	}
	r.keys("enter")
	if r.m.end.step == endNone && r.state().Ended.IsZero() {
		t.Fatal(":end did nothing")
	}
}

// burst sends text as a terminal reads it in one go: each word one
// message, each space its own.
func burst(r *rig, text string) {
	for i, w := range strings.Split(text, " ") {
		if i > 0 {
			r.send(tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}})
		}
		r.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(w)})
	}
}

// A name that only starts a surname is asked about: y carries out what
// was most likely meant; n changes nothing.
func TestNameAskedAboutOnScreen(t *testing.T) {
	r := meetingRig(t)
	// "willi" only starts John Williams's surname.
	r.keys(":", "leave willi", "enter")
	r.contains("Did you mean John Williams?", "yes: leave john")
	r.keys("n")
	if !r.state().IsPresent("john") {
		t.Fatal("n changed the meeting")
	}
	r.keys(":", "enter")
	r.keys("y")
	if r.state().IsPresent("john") {
		t.Fatal("y did not carry out leave john")
	}
	r.keys(":")
	if got := r.m.cmd.value(); got != "" {
		t.Fatalf("the line asked about is still kept: %q", got)
	}
}

// u names what it will take back and asks first; y takes it back.
func TestUndoKeyAsksFirst(t *testing.T) {
	r := meetingRig(t)
	r.keys(":", "arrive gareth", "enter", "u")
	r.contains("Take back Gareth Lewis arriving at 10:00?")
	r.keys("n")
	if !r.state().IsPresent("gareth") {
		t.Fatal("n took it back")
	}
	r.keys("u", "y")
	if r.state().IsPresent("gareth") {
		t.Fatal("y did not take it back")
	}
	r.contains("Undone: Gareth Lewis arriving at 10:00.")
	// Something recorded by the time the answer comes: asked again.
	r.keys("u")
	r.do("note A note from the minute-taker's laptop")
	r.keys("y")
	r.contains("Take back note 1")
	r.keys("n")
	if len(r.state().Notes) != 1 {
		t.Fatal("undo took back something other than it asked about")
	}
}

// x lists the record's entries; enter opens the line to change the
// wording, s to strike it with a reason.
func TestFixPicksFromTheRecord(t *testing.T) {
	r := meetingRig(t)
	r.do("note 212 carers answered", "decide Ask the RPB for funding")
	r.keys("x")
	r.contains("Which entry?", "Item 1 · Decision 1: Ask the RPB for funding", "Item 1 · Note 1: 212 carers answered")
	r.keys("down", "enter")
	if got := r.m.cmd.value(); got != "correct note 1: 212 carers answered" {
		t.Fatalf("correct line %q", got)
	}
	r.keys("backspace", "backspace", "backspace", "backspace", "backspace", "backspace", "backspace", "backspace", "replied", "enter")
	if n := r.state().Notes[0]; n.Text != "212 carers replied" || n.Corrected != 1 {
		t.Fatalf("note %+v", n)
	}
	r.keys("x", "up", "s", "recorded by mistake", "enter")
	if len(r.state().Decisions) != 0 || len(r.state().Struck) != 1 {
		t.Fatal("s did not strike the decision")
	}
	r.contains("Struck", "Decision 1 is out of the minutes: recorded by mistake")
	r.lacks("Ask the RPB for funding")
}

// v records a visitor; they are listed like anyone present.
func TestVisitorKey(t *testing.T) {
	r := meetingRig(t)
	r.keys("v")
	burst(r, "Dr Anita Patel, NHS England")
	r.keys("enter")
	if !r.state().IsPresent("anita") {
		t.Fatalf("no visitor: %q", statusText(r))
	}
	r.contains("Dr Anita Patel")
}

// A declaration without its item asks which item; the number picks it.
func TestDeclarationAsksWhichItem(t *testing.T) {
	r := meetingRig(t)
	r.keys(":", "declare claire: her team runs the transport scheme", "enter")
	r.contains("Which item is Claire Thomas's interest in?", "5. Transport to hospital appointments")
	if len(r.state().Declarations) != 0 {
		t.Fatal("declared before the item was picked")
	}
	r.keys("5", "enter")
	d := r.state().Declarations
	if len(d) != 1 || d[0].Item != 5 || d[0].Person != "claire" {
		t.Fatalf("declarations %+v", d)
	}
}

// A long message is never cut off: the status says how to read it all,
// and m shows every message, whole.
func TestMessageLogKeepsEverything(t *testing.T) {
	r := meetingRig(t)
	r.do("hand mair", "speak")
	r.keys(":", "card dafydd red", "enter")
	r.size(80, 16)
	r.contains("m shows all")
	r.keys("m")
	r.contains("Messages, newest last", "RED CARD from Dafydd ap Gwilym", "Mair Jones's", "turn has ended (0s)", "press r (or type resume)")
	r.keys("esc")
	r.lacks("Messages, newest last")
}

// Only y says yes to a question: enter, or a key pressed while it is
// asked, is no, and the key then does what it does.
func TestQuestionOnlyYesIsYes(t *testing.T) {
	r := meetingRig(t)
	r.keys("h", "willi", "enter")
	r.contains("Did you mean John Williams?")
	r.keys("enter")
	if len(r.state().Queue) != 0 || r.m.ask.open {
		t.Fatal("enter said yes")
	}
	r.keys("h", "willi", "enter", "h")
	if r.m.ask.open || !r.m.cmd.open || r.m.cmd.value() != "hand " {
		t.Fatalf("h after a question: asked %v, line %q", r.m.ask.open, r.m.cmd.value())
	}
	r.keys("mair", "enter")
	if q := r.state().Queue; len(q) != 1 || q[0].Person != "mair" {
		t.Fatalf("queue %+v", q)
	}
}

// Ending at item 1 of 7 with hands up: the items left and the hands are
// listed whole at 80 columns, wrapped, never cut.
func TestEndListsWhatIsLeftWhole(t *testing.T) {
	r := meetingRig(t)
	r.do("hand mair", "hand aled")
	r.keys("e", "enter")
	r.contains("Items not reached (6 of 7)", "7. Any other", "Hands still up (2): Mair Jones and Aled Price.", "End the meeting now, with these left as they are?")
	for _, l := range strings.Split(r.screen(), "\n") {
		if strings.HasSuffix(l, "…") {
			t.Fatalf("a line is cut: %q\n%s", l, r.screen())
		}
	}
}
