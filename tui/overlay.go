package tui

import (
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// overlay is something open over the meeting that takes this screen's
// keys: the leave question, the full help, the message log, a question, a
// picker, the end flow, the action form, the card chooser, the
// go-round offered at an item's end, the command line. Model.top is the
// one place that says which is on top; the root asks it for the keys,
// the help line, the body and the text field, and repeats no order.
type overlay interface {
	// key handles a key pressed while it is on top.
	key(msg tea.KeyMsg) tea.Cmd
	// keys are the keys the help line shows.
	keys() help.KeyMap
	// body draws it in h lines of w columns; nil leaves the meeting's own
	// body on screen (the command line sits at the bottom).
	body(f frame, w, h int) []string
	// line is what it shows at the bottom in place of the help line; nil
	// keeps the help line.
	line(f frame, w int) []string
	// input is the text field that has the keys (for typing and pasting),
	// or nil.
	input() *field
}

// top is the overlay on top, most urgent first, or nil when the meeting
// itself has the keys.
func (m *Model) top() overlay {
	switch {
	case m.confirmQuit:
		return quitOverlay{dialog{m}}
	case m.showHelp:
		return helpOverlay{dialog{m}}
	case m.messages.open:
		return messagesOverlay{dialog{m}}
	case m.ask.open:
		return askOverlay{dialog{m}}
	case m.pick.open:
		return pickOverlay{dialog{m}}
	case m.end.step != endNone:
		return endOverlay{dialog{m}}
	case m.form.open:
		return formOverlay{dialog{m}}
	case m.card.open:
		return cardOverlay{dialog{m}}
	case m.closing.open:
		return closingOverlay{dialog{m}}
	case m.cmd.open:
		return cmdOverlay{dialog{m}}
	}
	return nil
}

// dialog is what every overlay holds (the screen), with what most of
// them share: no line of their own at the bottom, and no text field.
type dialog struct{ m *Model }

func (dialog) line(frame, int) []string { return nil }
func (dialog) input() *field            { return nil }

// quitOverlay asks before leaving a meeting that has not ended.
type quitOverlay struct{ dialog }

func (o quitOverlay) key(msg tea.KeyMsg) tea.Cmd {
	switch msg.String() {
	case "y", "Y":
		return tea.Quit
	case "n", "N", "esc":
		o.m.confirmQuit = false
	}
	return nil
}
func (quitOverlay) keys() help.KeyMap { return quitKeys() }
func (o quitOverlay) body(f frame, w, h int) []string {
	return fill(o.m.quitView(f, min(w, 76)), w, h)
}

// helpOverlay is the full help.
type helpOverlay struct{ dialog }

func (o helpOverlay) key(msg tea.KeyMsg) tea.Cmd {
	if key.Matches(msg, o.m.keys.Help, o.m.keys.Dismiss) || msg.String() == "q" {
		o.m.showHelp = false
	}
	return nil
}
func (o helpOverlay) keys() help.KeyMap { return simpleKeys{o.m.keys.Dismiss} }
func (o helpOverlay) body(f frame, w, h int) []string {
	return fill(f.s.help.full(f, &o.m.keys, w, h), w, h)
}

// messagesOverlay is every message said so far.
type messagesOverlay struct{ dialog }

func (o messagesOverlay) key(msg tea.KeyMsg) tea.Cmd { o.m.messages.update(msg); return nil }
func (o messagesOverlay) keys() help.KeyMap          { return o.m.messages.keys }
func (o messagesOverlay) body(f frame, w, h int) []string {
	return fill(o.m.messages.view(f, w, h), w, h)
}

// askOverlay is a yes-or-no question.
type askOverlay struct{ dialog }

func (o askOverlay) key(msg tea.KeyMsg) tea.Cmd { return o.m.answer(msg) }
func (o askOverlay) keys() help.KeyMap          { return o.m.ask.keys }
func (o askOverlay) body(f frame, w, h int) []string {
	return o.m.withDialog(f, o.m.ask.view(f, min(w, 80)), w, h)
}

// pickOverlay is a list to choose from (an item, an entry of the record).
type pickOverlay struct{ dialog }

func (o pickOverlay) key(msg tea.KeyMsg) tea.Cmd { return o.m.picked(msg) }
func (o pickOverlay) keys() help.KeyMap          { return o.m.pick.keys }
func (o pickOverlay) body(f frame, w, h int) []string {
	return o.m.withDialog(f, o.m.pick.view(f, min(w, 80), h), w, h)
}

// endOverlay is the end flow: the reflection, a last question, the
// minutes.
type endOverlay struct{ dialog }

func (o endOverlay) key(msg tea.KeyMsg) tea.Cmd { return o.m.endKey(msg) }
func (o endOverlay) keys() help.KeyMap          { return o.m.end }
func (o endOverlay) body(f frame, w, h int) []string {
	return fill(o.m.end.view(f, w), w, h)
}
func (o endOverlay) input() *field { return o.m.end.field() }

// formOverlay is the action form.
type formOverlay struct{ dialog }

func (o formOverlay) key(msg tea.KeyMsg) tea.Cmd { return o.m.formKey(msg) }
func (o formOverlay) keys() help.KeyMap          { return o.m.form.keys }
func (o formOverlay) body(f frame, w, h int) []string {
	return o.m.withDialog(f, o.m.form.view(f, min(w, 80)), w, h)
}
func (o formOverlay) input() *field { return o.m.form.field() }

// cardOverlay is a member's choice of card.
type cardOverlay struct{ dialog }

func (o cardOverlay) key(msg tea.KeyMsg) tea.Cmd {
	if line := o.m.card.update(msg); line != "" {
		return o.m.run(line)
	}
	return nil
}
func (o cardOverlay) keys() help.KeyMap { return o.m.card.keys }
func (o cardOverlay) body(f frame, w, h int) []string {
	return o.m.withDialog(f, o.m.card.view(f, min(w, 64)), w, h)
}

// closingOverlay offers a go-round before an item closes.
type closingOverlay struct{ dialog }

func (o closingOverlay) key(msg tea.KeyMsg) tea.Cmd { return o.m.closeKey(msg) }
func (o closingOverlay) keys() help.KeyMap          { return o.m.closing.keys }
func (o closingOverlay) body(f frame, w, h int) []string {
	return o.m.withDialog(f, o.m.closing.view(f, min(w, 80)), w, h)
}

// cmdOverlay is the command line, at the bottom under the meeting.
type cmdOverlay struct{ dialog }

func (o cmdOverlay) key(msg tea.KeyMsg) tea.Cmd {
	line, cmd := o.m.cmd.update(msg, o.m.st(), o.m.role)
	if line != "" {
		return tea.Batch(cmd, o.m.submit(line))
	}
	return cmd
}
func (o cmdOverlay) keys() help.KeyMap            { return o.m.cmd.keys }
func (cmdOverlay) body(frame, int, int) []string  { return nil }
func (o cmdOverlay) line(f frame, w int) []string { return o.m.cmd.view(f, w) }
func (o cmdOverlay) input() *field                { return o.m.cmd.field() }
