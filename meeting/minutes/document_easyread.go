package minutes

// easyReadDoc builds the easy-read summary: short sentences, one idea
// each. At level 1 it is a document of its own (easyread.md) with the
// meeting's title; at level 2 it is a section of the minutes. It spells
// out acronyms afresh, as its readers may read nothing else.
func easyReadDoc(m *Model, level int) document {
	b := newBuilder(m)
	if level == 1 {
		title := line{b.words(m.Title), text(": ")}
		title = append(title, b.fixed(func(p phrasebook) string { return p.easyReadWord() })...)
		b.d.title = title.plainText()
		b.heading(1, title)
	} else {
		b.heading(level, b.fixed(func(p phrasebook) string { return p.easyRead() }))
	}
	sub := level + 1
	b.para("easy-read", b.each(func(p phrasebook) string { return p.erWeMet(m.Date) })...)
	// The same count as the full minutes: members present, and guests in
	// attendance, apart.
	b.para("easy-read", b.each(func(p phrasebook) string { return p.erMembers(m.Members()) })...)
	if n := len(m.InAttendance) + m.Visitors(); n > 0 {
		b.para("easy-read", b.each(func(p phrasebook) string { return p.erGuests(n, m.Members() > 0) })...)
	}

	b.heading(sub, b.fixed(func(p phrasebook) string { return p.erTalked() }))
	b.para("easy-read", b.each(func(p phrasebook) string { return p.erTalkedAbout() })...)
	var topics [][]line
	for _, it := range m.Items {
		if it.Visited {
			topics = append(topics, []line{{b.words(it.Title)}})
		}
	}
	b.list("easy-read", topics...)

	b.heading(sub, b.fixed(func(p phrasebook) string { return p.erDecided() }))
	decided := 0
	for _, it := range m.Items {
		for _, d := range it.Decisions {
			decided++
			lines := b.erDecision(d)
			if d.Provisional {
				lines = append(lines, b.each(func(p phrasebook) string { return p.erProvisional() })...)
			}
			b.para("easy-read", lines...)
		}
	}
	for _, d := range m.Arising.Decisions {
		if d.Considered && d.Ratified {
			decided++
			lines := []line{{sentence(b.words(d.Text))}}
			b.para("easy-read", append(lines, b.each(func(p phrasebook) string { return p.erRatified() })...)...)
		}
	}
	if decided == 0 {
		b.para("easy-read", b.each(func(p phrasebook) string { return p.erNoDecisions() })...)
	}

	b.heading(sub, b.fixed(func(p phrasebook) string { return p.erWhoWhat() }))
	for _, a := range m.Actions {
		lines := b.each(func(p phrasebook) string { return p.erAction(a.Owner) })
		lines = append(lines, line{sentence(b.words(a.Text))})
		lines = append(lines, b.each(func(p phrasebook) string { return p.erBy(a.Due) })...)
		b.para("easy-read", lines...)
	}
	if len(m.Actions) == 0 {
		b.para("easy-read", b.each(func(p phrasebook) string { return p.erNoActions() })...)
	}

	b.heading(sub, b.fixed(func(p phrasebook) string { return p.erNext() }))
	if m.Next.IsZero() {
		b.para("easy-read", b.each(func(p phrasebook) string { return p.erNoNext() })...)
	} else {
		b.para("easy-read", b.each(func(p phrasebook) string { return p.erNextAt(m.Next, m.NextDateOnly) })...)
	}
	b.wordsUsed(sub)
	return b.d
}
