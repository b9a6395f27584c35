package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/gyda/gyda/internal/prose"
	"github.com/gyda/gyda/meeting"
)

// EndKeys are the keys of the end flow.
type EndKeys struct {
	Add     key.Binding // add the reflection typed (or go on when empty)
	Skip    key.Binding // go on to ending without (more) reflection
	Confirm key.Binding // end the meeting
	Back    key.Binding // back to the meeting
	Leave   key.Binding // leave once the minutes are written
}

// DefaultEndKeys are the end flow's keys.
func DefaultEndKeys() EndKeys {
	return EndKeys{
		Add:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "add it (empty: go on)")),
		Skip:    key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "go on")),
		Confirm: key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "end and write the minutes")),
		Back:    key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back to the meeting")),
		Leave:   key.NewBinding(key.WithKeys("q", "enter"), key.WithHelp("q", "leave gyda")),
	}
}

type endStep int

const (
	endNone    endStep = iota
	endReflect         // asking for the reflection
	endConfirm         // asking whether to end now
	endWriting         // ended; the minutes are being written
	endDone            // the minutes are written (or could not be)
)

// endFlow closes the meeting: it asks for the closing reflection
// (optional), asks once more, sends end, has the minutes written and shows
// where they are.
type endFlow struct {
	keys     EndKeys
	step     endStep
	input    field
	paths    []string
	writeErr error
	writes   bool // this screen writes the minutes (the chair's laptop)
}

func newEndFlow(s *Styles) endFlow {
	return endFlow{keys: DefaultEndKeys(), input: newField(s, "▸ ", "what went well, what was hard (optional)", meeting.MaxLineLength-len("reflect "))}
}

// ShortHelp is the help line for the step the flow is at.
func (e endFlow) ShortHelp() []key.Binding {
	switch e.step {
	case endReflect:
		return []key.Binding{e.keys.Add, e.keys.Skip, e.keys.Back}
	case endConfirm:
		return []key.Binding{e.keys.Confirm, e.keys.Back}
	case endDone:
		return []key.Binding{e.keys.Leave}
	}
	return nil
}

// FullHelp is the same keys in one column.
func (e endFlow) FullHelp() [][]key.Binding { return [][]key.Binding{e.ShortHelp()} }

// field is the reflection's text field while it is being asked for, or
// nil.
func (e *endFlow) field() *field {
	if e.step == endReflect {
		return &e.input
	}
	return nil
}

// reflection is the reflection typed so far; setReflection puts one in
// (a draft put back, or "" once it is recorded).
func (e *endFlow) reflection() string     { return e.input.Value() }
func (e *endFlow) setReflection(v string) { e.input.SetValue(v) }

// restyle gives the reflection's field new styles (a theme switched).
func (e *endFlow) restyle(s *Styles) { e.input.restyle(s) }

func (e *endFlow) begin() {
	e.step = endReflect
	e.input.Focus()
}

type endAction int

const (
	endNothing endAction = iota
	endReflectLine
	endSendEnd
	endCancel
	endQuit
)

// update handles a key; it says what the root should do.
func (e *endFlow) update(msg tea.KeyMsg) (endAction, string, tea.Cmd) {
	switch e.step {
	case endReflect:
		switch {
		case key.Matches(msg, e.keys.Back):
			e.step = endNone
			e.input.Blur()
			return endCancel, "", nil
		case key.Matches(msg, e.keys.Skip):
			e.step = endConfirm
			e.input.Blur()
			return endNothing, "", nil
		case key.Matches(msg, e.keys.Add):
			text := strings.TrimSpace(e.input.Value())
			if text == "" {
				e.step = endConfirm
				e.input.Blur()
				return endNothing, "", nil
			}
			return endReflectLine, "reflect " + text, nil
		}
		var cmd tea.Cmd
		cmd = e.input.Update(msg)
		return endNothing, "", cmd
	case endConfirm:
		switch {
		case key.Matches(msg, e.keys.Confirm):
			return endSendEnd, "end", nil
		case key.Matches(msg, e.keys.Back):
			e.step = endReflect
			e.input.Focus()
		}
	case endDone:
		if key.Matches(msg, e.keys.Leave) {
			return endQuit, "", nil
		}
	}
	return endNothing, "", nil
}

// view draws the step the flow is at, in w columns.
func (e *endFlow) view(f frame, w int) []string {
	st, s := f.st, f.s
	lines := []string{rule("Closing the meeting", w, s)}
	switch e.step {
	case endReflect:
		lines = append(lines, wrapIndent(" Closing reflection (optional). What went well? What was hard? Did people feel involved? Did the group have a good mix of people?", w, 1)...)
		if len(st.Reflections) > 0 {
			lines = append(lines, s.Bold.Render(" Noted so far:"))
			for _, r := range st.Reflections {
				lines = append(lines, hang("   • ", r.Text, w)...)
			}
		}
		lines = append(lines, "", " "+e.input.View(max(w-4, 4)))
		lines = append(lines, styleLines(s.Dim.Render, wrapIndent(" enter adds it · enter on an empty line, or tab, goes on · esc goes back to the meeting", w, 1))...)
	case endConfirm:
		// What ending now leaves undone, said before asking.
		left := st.LeftUndone(f.now)
		for _, l := range left {
			lines = append(lines, wrapIndent(" "+l, w, 3)...)
		}
		if ns := st.NotHeard(st.Item); len(ns) > 0 {
			names := make([]string, len(ns))
			for i, id := range ns {
				names[i] = f.name(id)
			}
			lines = append(lines, listWrap(" Not heard on this item: ", names, w)...)
		}
		ask := " End the meeting now?"
		if len(left) > 0 {
			ask = " End the meeting now, with these left as they are?"
		}
		lines = append(lines, s.Bold.Render(ask))
		lines = append(lines, wrapIndent(" "+prose.Count(len(st.Reflections), "reflection", "reflections")+" noted. The minutes are written to the meeting folder.", w, 1)...)
		lines = append(lines, "", "   "+s.HelpKey.Render(pad("y", 5))+"end the meeting and write the minutes")
		lines = append(lines, "   "+s.HelpKey.Render(pad("esc", 5))+"go back")
	case endWriting:
		lines = append(lines, " The meeting ended at "+st.LocalTime(st.Ended)+".", "", " Writing the minutes…")
	case endDone:
		lines = append(lines, " The meeting ended at "+st.LocalTime(st.Ended)+".", "")
		if e.writeErr != nil {
			lines = append(lines, styleLines(s.StatusErr.Render, wrapIndent(" The meeting is saved, but its minutes could not be written: "+e.writeErr.Error(), w, 1))...)
			lines = append(lines, wrapIndent(" Everything is in the journal; write them later with: gyda minutes JOURNAL", w, 1)...)
		} else if !e.writes {
			lines = append(lines, " The minutes are written on the laptop running the meeting.")
		} else {
			lines = append(lines, s.Bold.Render(" Minutes written:"))
			for _, p := range e.paths {
				lines = append(lines, "   "+p)
			}
		}
		if e.writes {
			lines = append(lines, "", s.Next.Render(" Press q or enter to leave gyda."))
		} else {
			lines = append(lines, "", s.Next.Render(" Press q or enter to leave."))
		}
	}
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = trunc(l, w)
	}
	return out
}

// endedView is what a screen that does not write the minutes (a remote
// session) shows once the meeting has ended.
func endedView(f frame, w int) []string {
	st, s := f.st, f.s
	lines := []string{rule("The meeting has ended", w, s)}
	lines = append(lines, " The meeting ended at "+st.LocalTime(st.Ended)+". Thank you for taking part.")
	lines = append(lines, " "+prose.Count(len(st.Decisions), "decision", "decisions")+" and "+prose.Count(len(st.Actions), "action", "actions")+" were recorded; the chair's laptop writes the minutes.")
	lines = append(lines, "", s.Next.Render(" Press q to leave."))
	for i := range lines {
		lines[i] = trunc(lines[i], w)
	}
	return lines
}
