package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// QuestionKeys are the keys of a yes-or-no question.
type QuestionKeys struct {
	Yes, No key.Binding
}

// DefaultQuestionKeys are a question's keys.
func DefaultQuestionKeys() QuestionKeys {
	return QuestionKeys{
		Yes: key.NewBinding(key.WithKeys("y", "Y"), key.WithHelp("y", "yes")),
		No:  key.NewBinding(key.WithKeys("n", "N", "esc"), key.WithHelp("n", "no")),
	}
}

// ShortHelp is the help line while a question is asked.
func (k QuestionKeys) ShortHelp() []key.Binding { return []key.Binding{k.Yes, k.No} }

// FullHelp is the same keys in one column.
func (k QuestionKeys) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }

// question asks before something is done: whether a name or a date meant
// what gyda would take it for ("Mair Jones? y/n"), or what undo is about
// to take back. Yes carries out line; no changes nothing.
type question struct {
	keys QuestionKeys
	open bool
	ask  string   // "Did you mean Mair Jones?"
	why  []string // what led to it (the refusal)
	line string   // what yes carries out: "arrive mair"
	// undo is what undo said it would take back when asked: yes checks it
	// still would, so nobody takes back something recorded meanwhile.
	undo string
}

func (q *question) start(ask string, why []string, line string) {
	*q = question{keys: q.keys, open: true, ask: ask, why: why, line: line}
}

// update answers the question: the line to carry out on yes. Any key
// but yes is no (enter too, so that a line typed on is never confirmed by
// mistake): other says it was another key, for the screen to carry out as
// if the question had not been asked.
func (q *question) update(msg tea.KeyMsg) (line string, other bool) {
	q.open = false
	switch {
	case key.Matches(msg, q.keys.Yes):
		return q.line, false
	case key.Matches(msg, q.keys.No):
		return "", false
	}
	return "", true
}

func (q *question) view(f frame, w int) []string {
	s := f.s
	inner := max(w-4, 10)
	var lines []string
	for _, l := range q.why {
		lines = append(lines, wrap(l, inner)...)
	}
	lines = append(lines, styleLines(s.Bold.Render, wrap(q.ask, inner))...)
	lines = append(lines, "")
	yes := "yes"
	if q.line != "" && q.undo == "" {
		yes += ": " + q.line
	}
	for _, row := range [][2]string{{"y", yes}, {"n", "no: change nothing"}} {
		lines = append(lines, hang("  "+s.HelpKey.Render(pad(row[0], 5)), row[1], inner)...)
	}
	for i := range lines {
		lines[i] = pad(lines[i], inner)
	}
	return strings.Split(s.Dialog.Render(strings.Join(lines, "\n")), "\n")
}
