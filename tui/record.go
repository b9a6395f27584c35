package tui

import (
	"sort"
	"time"

	"github.com/gyda/gyda/config"
	"github.com/gyda/gyda/internal/prose"
	"github.com/gyda/gyda/meeting"
)

// record is what has been recorded on the current item: decisions first
// (provisional ones marked, with why), then actions, declarations of
// interest and notes (off-the-record ones shown as such), each in the
// order they were taken. When it does not fit, ] and [ scroll it.
type record struct{}

type recordEntry struct {
	kind  int // decisions, then actions, then the rest
	at    time.Time
	order int
	lines func(w int) []string
}

const recordLabel = 14 // the width of "Off record 12 "

func (record) block(f frame, w int, skip int) block {
	st, s := f.st, f.s
	item := st.Item
	var entries []recordEntry
	var nDec, nAct, nNote, nOff int
	kind := 0
	add := func(at time.Time, lines func(w int) []string) {
		entries = append(entries, recordEntry{kind: kind, at: at, order: len(entries), lines: lines})
	}
	label := func(text string) string { return pad(text, recordLabel) }
	for _, d := range st.Decisions {
		if d.Item != item {
			continue
		}
		nDec++
		d := d
		add(d.At, func(w int) []string {
			lbl := s.Decision.Render(label("Decision " + itoa(d.Number)))
			text := d.Text + corrected(d.Corrected)
			if d.Provisional {
				lbl = s.Provisional.Render(label("Decision " + itoa(d.Number)))
				text = "PROVISIONAL (" + d.Reason + "): " + text
			}
			out := hang(lbl, text, w)
			for _, warn := range d.Warnings {
				out = append(out, styleLines(s.Warn.Render, hang(pad("", recordLabel), "warning: "+warn, w))...)
			}
			if len(d.NotTaking) > 0 {
				names := make([]string, len(d.NotTaking))
				for i, id := range d.NotTaking {
					names[i] = f.name(id)
				}
				out = append(out, styleLines(s.Dim.Render, hang(pad("", recordLabel), "not taking part (declared an interest): "+prose.AndList(names), w))...)
			}
			return out
		})
	}
	kind = 1
	for _, a := range st.Actions {
		if a.Item != item {
			continue
		}
		nAct++
		a := a
		add(a.At, func(w int) []string {
			return hang(s.Action.Render(label("Action "+itoa(a.Number))), f.name(a.Owner)+", by "+dueText(a.Due)+": "+a.Text+corrected(a.Corrected), w)
		})
	}
	kind = 2
	for _, n := range st.Notes {
		if n.Item != item {
			continue
		}
		n := n
		if n.OffRecord {
			nOff++
			add(n.At, func(w int) []string {
				return styleLines(s.OffRecord.Render, hang(label("Off record "+itoa(n.Number)), "(kept out of every minutes file) "+n.Text+corrected(n.Corrected), w))
			})
			continue
		}
		nNote++
		add(n.At, func(w int) []string {
			return hang(s.Note.Render(label(numbered("Note", n.Number))), n.Text+corrected(n.Corrected), w)
		})
	}
	kind = 3
	for _, x := range st.Struck {
		if x.Item != item {
			continue
		}
		x := x
		// What was struck is not shown again: only that it was, and why.
		add(x.At, func(w int) []string {
			what := prose.UpperFirst(string(x.Entry)) + " " + itoa(x.Number)
			if x.Number == 0 {
				what = "A " + string(x.Entry)
			}
			return styleLines(s.Dim.Render, hang(label("Struck"), what+" is out of the minutes: "+x.Reason, w))
		})
	}
	for _, d := range st.Declarations {
		if d.Item != item {
			continue
		}
		d := d
		add(d.At, func(w int) []string {
			return hang(s.Bold.Render(label("Interest")), f.name(d.Person)+": "+d.Text, w)
		})
	}
	sort.SliceStable(entries, func(i, j int) bool {
		if entries[i].kind != entries[j].kind {
			return entries[i].kind < entries[j].kind
		}
		if !entries[i].at.Equal(entries[j].at) {
			return entries[i].at.Before(entries[j].at)
		}
		return entries[i].order < entries[j].order
	})
	title := "Item " + itoa(item) + " record: " + prose.Count(nDec, "decision", "decisions") + ", " +
		prose.Count(nAct, "action", "actions") + ", " + prose.Count(nNote, "note", "notes")
	if nOff > 0 {
		title += ", " + itoa(nOff) + " off the record"
	}
	if it := st.Setup.Agenda.Items[item-1]; it.Confidential {
		title += " (confidential item: notes stay out of the minutes)"
	}
	lines := []string{rule(title, w, s)}
	// Notes this viewer may not see are not in their view at all (see
	// meeting.State.SeenBy): say that there may be some.
	hidden := st.Setup.Agenda.Items[item-1].Confidential && !st.Sight().Private
	if hidden {
		lines = append(lines, styleLines(s.Dim.Render, wrapIndent(" This item is confidential: its notes are shown only to the chair and the minute-taker.", w, 1))...)
	}
	for _, e := range entries {
		for _, l := range e.lines(w - 1) {
			lines = append(lines, " "+l)
		}
	}
	if len(entries) == 0 {
		hint := " Nothing recorded on this item yet."
		if hidden {
			hint = " No decisions or actions on this item yet."
		}
		if meeting.Allowed(f.role, meeting.VerbDecide) && st.IsOpen() {
			hint += " d: a decision · a: an action · t: a note"
		}
		lines = append(lines, s.Dim.Render(trunc(hint, w)))
	}
	return block{lines: lines, min: min(len(lines), 4), skip: skip, scroll: true}
}

// numbered labels an entry with its number, or without one where the
// viewer's view has none (a note's number could show where the notes
// they may not see were taken: see meeting.Note).
func numbered(label string, n int) string {
	if n == 0 {
		return label
	}
	return label + " " + itoa(n)
}

// corrected marks an entry whose wording was changed.
func corrected(n int) string {
	if n == 0 {
		return ""
	}
	return " (corrected)"
}

// dueText shows a due date (YYYY-MM-DD) as people write it: "31 January
// 2027".
func dueText(due string) string {
	t, err := time.Parse("2006-01-02", due)
	if err != nil {
		return due
	}
	return config.LongDate(t)
}

func styleLines(render func(...string) string, lines []string) []string {
	for i, l := range lines {
		lines[i] = render(l)
	}
	return lines
}
