package tui

// agenda is the agenda in a column: done items ticked, the current one
// marked "▶ now", each with its time.
type agenda struct{}

func (agenda) block(f frame, w int) block {
	st, s := f.st, f.s
	lines := []string{rule("Agenda", w, s)}
	cur := 0
	for i, it := range st.Setup.Agenda.Items {
		n := i + 1
		mark := "  "
		switch {
		case n == st.Item && st.Ended.IsZero():
			mark = "▶ "
			cur = len(lines)
		case st.Items[i].Visited:
			mark = "✓ "
		}
		mins := " " + itoa(it.Minutes) + "m"
		text := pad(" "+mark+itoa(n)+". "+it.Title, w-width(mins)) + mins
		switch {
		case n == st.Item && st.Ended.IsZero():
			text = s.Bold.Render(text)
		case st.Items[i].Visited:
			text = s.Dim.Render(text)
		}
		lines = append(lines, text)
	}
	_ = cur
	return block{lines: lines, min: min(len(lines), 3)}
}
