package share

import (
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/gyda/gyda/meeting"
)

// View draws the meeting for this attendee at their window's size. Every
// text from the meeting is cleaned again here (it was cleaned on the way
// in; the roster and agenda come from files), so nothing in it can move
// the cursor or change anyone's terminal.
func (m *member) View() string {
	if m.snap != nil && !m.shared() {
		m.prepare()
		return m.draw()
	}
	return strings.Join(m.ViewLines(), "\n")
}

// shared reports whether this screen's frame can be shared with others.
func (m *member) shared() bool { return m.mode == modeNormal && m.s.host != nil }

// prepare sets what a drawing depends on besides the model: the clock.
func (m *member) prepare() {
	m.now = m.s.Now().Truncate(clockStep)
	m.headName = m.s.Name
}

// ViewLines is View in lines, as the session's screen draws them. Screens
// that would show the same thing share one drawing, and its lines: the
// slice returned must not be changed.
func (m *member) ViewLines() []string {
	if m.snap == nil {
		return []string{"Connecting to the meeting..."}
	}
	m.prepare()
	if !m.shared() {
		return strings.Split(m.draw(), "\n")
	}
	k := frameKey{
		version: m.snap.Version, now: m.now.UnixNano(), person: m.s.Actor.Person, role: m.role,
		w: m.width, h: m.height, dark: m.dark, profile: m.s.Renderer.ColorProfile(), theme: m.theme,
		msg: strings.Join(m.msg, "\n"), msgErr: m.msgErr, links: m.linksVer,
	}
	if m.s.Guest == 0 || m.s.Actor.Person != "" {
		return m.s.host.frames.get(k, m.draw)
	}
	// Guests share one drawing, with "Guest" at the top; each then puts
	// in their own number.
	m.headName = "Guest"
	lines := m.s.host.frames.get(k, m.draw)
	m.headName = m.s.Name
	return m.ownHeader(lines)
}

// ownHeader puts this guest's own "You: Guest 3 (observer)" line into a
// frame drawn for every guest: a copy of the frame's list of lines, the
// lines themselves still shared.
func (m *member) ownHeader(lines []string) []string {
	if len(lines) < 2 {
		return lines
	}
	hk := headKey{w: m.width, role: m.role, dark: m.dark, theme: m.theme}
	if m.head.key != hk {
		st := m.snap.State
		m.head.key = hk
		m.head.shared = m.header(st, m.now, m.width, "Guest")[1]
		m.head.own = m.header(st, m.now, m.width, m.s.Name)[1]
	}
	if lines[1] != m.head.shared {
		return lines // a window too short for the line
	}
	own := make([]string, len(lines))
	copy(own, lines)
	own[1] = m.head.own
	return own
}

// headKey is what a guest's header line depends on (the meeting's title
// and place do not change).
type headKey struct {
	w     int
	role  meeting.Role
	dark  bool
	theme string
}

// clockStep is how finely the remote screen's clock moves: times are
// shown to the minute, and screens drawn within the same step can share
// one drawing.
const clockStep = 5 * time.Second

// draw draws the screen from the model alone (see frameKey).
func (m *member) draw() string {
	if m.mode == modeHelp {
		return m.helpView()
	}
	st := m.snap.State
	now := m.now
	w := m.width

	top := m.header(st, now, w, m.headName)
	top = append(top, m.banners(st, now, w)...)
	top = append(top, m.itemLine(st, now, w)...)
	top = append(top, m.quorumLines(st, w)...)
	top = append(top, m.st.rule.Render(strings.Repeat("─", w)))

	bottom := []string{m.st.rule.Render(strings.Repeat("─", w))}
	bottom = append(bottom, m.messageLines(w)...)
	if m.mode == modeCommand {
		bottom = append(bottom, m.commandLine(w)...)
	}
	bottom = append(bottom, m.helpLine(w)...)

	if len(bottom) > m.height {
		bottom = bottom[len(bottom)-m.height:]
	}
	if len(top)+len(bottom) > m.height {
		top = top[:m.height-len(bottom)]
	}
	room := m.height - len(top) - len(bottom)
	var middle []string
	for _, sec := range [][]string{m.speakingLines(st, now, w), m.recordLines(st, w), m.hereLines(st, w), m.agendaLines(st, w)} {
		if room <= 0 {
			break
		}
		if len(sec) > room {
			sec = append(sec[:room-1], m.st.dim.Render("  …"))
		}
		middle = append(middle, sec...)
		room -= len(sec)
	}
	out := make([]string, 0, m.height)
	out = append(out, top...)
	out = append(out, middle...)
	for i := len(top) + len(middle) + len(bottom); i < m.height; i++ {
		out = append(out, "")
	}
	out = append(out, bottom...)
	return strings.Join(out, "\n")
}

// c cleans a text from the meeting for the screen (quickly, when it is
// plain printable ASCII and so has nothing to clean).
func c(s string) string {
	for i := 0; i < len(s); i++ {
		if b := s[i]; b < 0x20 || b > 0x7e {
			return meeting.Clean(s)
		}
	}
	return s
}

// wrap breaks plain text into lines of at most w cells, each line after
// the first indented.
func wrap(s string, w int, indent string) []string {
	if w <= len(indent)+4 || len(s) <= w {
		return []string{s}
	}
	lines := strings.Split(ansi.Wrap(s, w-len(indent), ""), "\n")
	for i := 1; i < len(lines); i++ {
		lines[i] = indent + lines[i]
	}
	return lines
}

// styleAll styles each line.
func styleAll(s ink, lines []string) []string {
	for i, l := range lines {
		lines[i] = s.Render(l)
	}
	return lines
}

// header is the title and clock, and who this is (named who).
func (m *member) header(st *meeting.State, now time.Time, w int, who string) []string {
	clock := st.LocalTime(now)
	title := c(st.Setup.Group.Name)
	if title == "" {
		title = c(st.Setup.Agenda.Title)
	}
	title = cut(title, max(1, w-len(clock)-2), "…")
	gap := max(1, w-ansi.StringWidth(title)-len(clock))
	l1 := m.st.title.Render(title) + strings.Repeat(" ", gap) + m.st.label.Render(clock)

	if who == "" {
		who = m.s.Name
	}
	who = c(who)
	role := string(m.role)
	if p := m.s.Actor.Person; p != "" && st.IsPresent(p) && st.IsRemote(p) {
		role += ", remote"
	}
	meetingName := c(st.Setup.Agenda.Title)
	if pl := c(st.Setup.Agenda.Place); pl != "" {
		meetingName += " · " + pl
	}
	you := who + " (" + role + ")"
	room := w - ansi.StringWidth(you) - len(" · You: ")
	if room < 10 {
		return []string{l1, m.st.dim.Render("You: ") + m.st.you.Render(you)}
	}
	l2 := m.st.dim.Render(cut(meetingName, room, "…")+" · You: ") + m.st.you.Render(you)
	return []string{l1, l2}
}

func (m *member) banners(st *meeting.State, now time.Time, w int) []string {
	var out []string
	add := func(s ink, text string) {
		out = append(out, styleAll(s, wrap(" "+text+" ", w, "  "))...)
	}
	if !st.Ended.IsZero() {
		add(m.st.warn, fmt.Sprintf("The meeting ended at %s. Thank you for taking part. Press q to close this screen.", st.LocalTime(st.Ended)))
		return out
	}
	if p := st.Pause; p != nil {
		switch p.Kind {
		case meeting.PauseRedCard:
			add(m.st.alert, fmt.Sprintf("RED CARD from %s: stop, a question or not OK. The meeting is paused.", c(st.Name(p.Person))))
		default:
			back := p.BackAt()
			when := "in " + minutes(back.Sub(now))
			if now.After(back) {
				when = minutes(now.Sub(back)) + " ago"
			}
			add(m.st.warn, fmt.Sprintf("ON A BREAK: back at %s (%s).", st.LocalTime(back), when))
		}
	}
	if len(st.BreakRequests) > 0 {
		names := make([]string, len(st.BreakRequests))
		for i, r := range st.BreakRequests {
			names[i] = c(st.Name(r.Person))
		}
		add(m.st.warn, "BREAK ASKED FOR by "+joinAnd(names)+".")
	}
	if n := len(st.Cards); n > 0 {
		cd := st.Cards[n-1]
		if cd.Card != meeting.CardRed && cd.Item == st.Item && now.Sub(cd.At) < 2*time.Minute {
			add(m.st.warn, fmt.Sprintf("%s card from %s: %s.", strings.ToUpper(string(cd.Card)), c(st.Name(cd.Person)), cd.Card.Meaning()))
		}
	}
	return out
}

func (m *member) itemLine(st *meeting.State, now time.Time, w int) []string {
	n, title := st.CurrentItem()
	if n == 0 {
		return []string{m.st.dim.Render("The meeting has not started an item yet.")}
	}
	it := st.Setup.Agenda.Items[n-1]
	left := st.ItemLeft(now)
	timeText := minutes(left) + " left of " + minutes(st.ItemPlanned(n))
	timeStyle := m.st.good
	if left < 0 {
		timeText, timeStyle = minutes(-left)+" over its "+minutes(st.ItemPlanned(n)), m.st.warn
	}
	var extra []string
	if it.Lead != "" {
		extra = append(extra, "led by "+c(st.Name(it.Lead)))
	}
	if it.Ladder != "" {
		extra = append(extra, c(string(it.Ladder)))
	}
	if it.Confidential {
		extra = append(extra, "confidential")
	}
	head := fmt.Sprintf("Item %d of %d: %s", n, len(st.Items), c(title))
	lines := []string{m.st.label.Render(cut(head, w, "…"))}
	rest := timeStyle.Render(timeText)
	if len(extra) > 0 {
		rest += m.st.dim.Render(" · " + strings.Join(extra, " · "))
	}
	if b := st.BreakText(now); b != "" && st.Pause == nil {
		rest += m.st.dim.Render(" · " + b)
	}
	return append(lines, cut("  "+rest, w, ""))
}

func (m *member) quorumLines(st *meeting.State, w int) []string {
	s := st.Status()
	text := "Quorum: " + s.String() + "."
	style := m.st.good
	if !s.Quorate || !s.Balanced {
		style = m.st.bad
	}
	return styleAll(style, wrap(text, w, "  "))
}

func (m *member) speakingLines(st *meeting.State, now time.Time, w int) []string {
	me := m.s.Actor.Person
	var out []string
	if sp := st.Speaker; sp != nil {
		line := fmt.Sprintf("Speaking: %s (%s)", c(st.Name(sp.Person)), minutes(now.Sub(sp.From)))
		if sp.Person == me && me != "" {
			out = append(out, m.st.you.Render(line+" — that is you; press d when you have finished"))
		} else {
			out = append(out, m.st.label.Render(line))
		}
	} else {
		out = append(out, m.st.dim.Render("Nobody has the floor."))
	}
	q := st.QueueOrder(now)
	if len(q) == 0 {
		return append(out, m.st.dim.Render("Waiting to speak: nobody."))
	}
	out = append(out, m.st.label.Render(fmt.Sprintf("Waiting to speak (%d):", len(q))))
	for i, wt := range q {
		line := fmt.Sprintf("  %d. %s — %s", i+1, c(st.Name(wt.Person)), wt.Reason)
		if wt.Person == me {
			out = append(out, m.st.you.Render(cut(line+" (you)", w, "…")))
		} else {
			out = append(out, cut(line, w, "…"))
		}
	}
	return out
}

// recordLines are the decisions, actions, notes and cards of the current
// item: newest last, oldest left out first when there is no room.
func (m *member) recordLines(st *meeting.State, w int) []string {
	n := st.Item
	var items []string
	for _, d := range st.Decisions {
		if d.Item != n {
			continue
		}
		t := fmt.Sprintf("Decision %d: %s", d.Number, c(d.Text))
		if d.Provisional {
			t = fmt.Sprintf("Decision %d (PROVISIONAL: %s): %s", d.Number, c(d.Reason), c(d.Text))
		}
		items = append(items, t)
	}
	for _, a := range st.Actions {
		if a.Item == n {
			items = append(items, fmt.Sprintf("Action %d: %s, by %s: %s", a.Number, c(st.Name(a.Owner)), a.Due, c(a.Text)))
		}
	}
	for _, note := range st.Notes { // only what this viewer may see (meeting.State.SeenBy)
		if note.Item != n {
			continue
		}
		if note.OffRecord {
			items = append(items, "Off the record: "+c(note.Text))
		} else {
			items = append(items, "Note: "+c(note.Text))
		}
	}
	if n >= 1 && n <= len(st.Setup.Agenda.Items) && st.Setup.Agenda.Items[n-1].Confidential && !st.Sight().Private {
		items = append(items, "(This item is confidential: its notes are not shown here.)")
	}
	if len(items) == 0 {
		return []string{m.st.dim.Render("Nothing decided or noted on this item yet.")}
	}
	var lines []string
	for _, it := range items {
		lines = append(lines, wrap("  "+it, w, "    ")...)
	}
	head := m.st.label.Render("On this item:")
	room := m.height / 3
	if len(lines) > room && room > 1 {
		cut := len(lines) - room + 1
		lines = append([]string{m.st.dim.Render(fmt.Sprintf("  (%d earlier lines)", cut))}, lines[cut:]...)
	}
	return append([]string{head}, lines...)
}

func (m *member) hereLines(st *meeting.State, w int) []string {
	present := st.Present()
	names := make([]string, 0, len(present))
	for _, a := range present {
		var tags []string
		switch a.Person {
		case st.Chair:
			tags = append(tags, "chair")
		case st.Minutes:
			tags = append(tags, "minutes")
		}
		if a.Remote {
			tags = append(tags, "remote")
		}
		if l, ok := m.links[a.Person]; ok && l.Sessions == 0 && !l.LostSince.IsZero() {
			tags = append(tags, "connection lost")
		}
		name := c(st.Name(a.Person))
		if len(tags) > 0 {
			name += " (" + strings.Join(tags, ", ") + ")"
		}
		names = append(names, name)
	}
	if len(names) == 0 {
		return []string{m.st.dim.Render("Nobody is recorded as here yet.")}
	}
	return wrap(fmt.Sprintf("Here (%d): %s.", len(names), strings.Join(names, ", ")), w, "  ")
}

func (m *member) agendaLines(st *meeting.State, w int) []string {
	out := []string{m.st.label.Render("Agenda:")}
	for i, it := range st.Setup.Agenda.Items {
		mark := "  "
		switch {
		case i+1 == st.Item:
			mark = "▶ "
		case !st.Items[i].ClosedAt.IsZero() || st.Items[i].Visited:
			mark = "✓ "
		}
		line := fmt.Sprintf("  %s%d. %s (%d min)", mark, i+1, c(it.Title), it.Minutes)
		if i+1 == st.Item {
			out = append(out, m.st.label.Render(cut(line, w, "…")))
		} else {
			out = append(out, cut(line, w, "…"))
		}
	}
	return out
}

func (m *member) messageLines(w int) []string {
	if len(m.msg) == 0 {
		return nil
	}
	var lines []string
	for _, l := range m.msg {
		lines = append(lines, wrap(c(l), w, "  ")...)
	}
	if len(lines) > 4 {
		lines = append(lines[:3], "…")
	}
	if m.msgErr {
		return styleAll(m.st.errText, lines)
	}
	return lines
}

func (m *member) commandLine(w int) []string {
	line := m.line
	cur := m.cursor
	// Keep the cursor in view on a narrow screen.
	avail := max(5, w-4)
	start := 0
	if cur > avail {
		start = cur - avail
	}
	end := min(len(line), start+avail)
	before := string(line[start:cur])
	at := " "
	after := ""
	if cur < len(line) {
		at = string(line[cur])
		if cur+1 <= end {
			after = string(line[cur+1 : end])
		}
	}
	out := []string{m.st.prompt.Render("> ") + before + m.st.cursor.Render(at) + after}
	hint := "Enter: do it · Esc: cancel · Tab: complete · ↑↓: earlier lines"
	if v, ok := verbOf(string(m.line)); ok && !meeting.Allowed(m.role, v) {
		out = append(out, m.st.errText.Render(cut(fmt.Sprintf("As %s you cannot use %s.", article(string(m.role)), v), w, "…")))
	} else {
		out = append(out, m.st.dim.Render(cut(hint, w, "…")))
	}
	return out
}

func (m *member) helpLine(w int) []string {
	if m.mode == modeConfirmRed || m.mode == modeConfirmQuit {
		return nil
	}
	if m.mode == modeCommand {
		return nil
	}
	sig := m.keySignature(w)
	if sig == m.helpSig && m.helpLines != nil {
		return m.helpLines
	}
	var parts, plain []string
	for _, b := range m.keys.all() {
		if b.Enabled() {
			h := b.Help()
			parts = append(parts, m.st.key.Render(h.Key)+" "+h.Desc)
			plain = append(plain, h.Key+" "+h.Desc)
		}
	}
	m.helpSig, m.helpLines = sig, m.fit(parts, plain, w)
	return m.helpLines
}

// keySignature says which keys are on, at what width and in which
// colours: the help line is worked out again only when it changes.
func (m *member) keySignature(w int) string {
	b := make([]byte, 0, 32)
	for _, k := range m.keys.all() {
		if k.Enabled() {
			b = append(b, '1')
		} else {
			b = append(b, '0')
		}
	}
	b = append(b, m.keys.Break.Help().Desc...)
	if m.dark {
		b = append(b, 'd')
	}
	return string(b) + "/" + fmt.Sprint(w)
}

// fit lays out help items on as few lines as the width allows (plain
// holds the same items unstyled, to measure).
func (m *member) fit(parts, plain []string, w int) []string {
	var lines []string
	cur, curW := "", 0
	for i, p := range parts {
		pw := ansi.StringWidth(plain[i])
		switch {
		case cur == "":
			cur, curW = p, pw
		case curW+3+pw <= w:
			cur += m.st.dim.Render(" · ") + p
			curW += 3 + pw
		default:
			lines = append(lines, cur)
			cur, curW = p, pw
		}
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	return lines
}

func (m *member) helpView() string {
	w := m.width
	out := []string{m.st.title.Render("Help: what you can do as " + article(string(m.role)))}
	out = append(out, m.st.label.Render("Keys"))
	for _, b := range m.keys.all() {
		if b.Enabled() {
			h := b.Help()
			out = append(out, "  "+m.st.key.Render(fmt.Sprintf("%-6s", h.Key))+" "+h.Desc)
		}
	}
	out = append(out, m.st.label.Render("Commands (press : then type one)"))
	if m.canAdmit() {
		out = append(out, cut(fmt.Sprintf("  %-34s %s", AdmitUsage, AdmitHelp), w, "…"))
	}
	for _, l := range meeting.HelpLines(m.role, "")[1:] {
		out = append(out, cut(l, w, "…"))
	}
	out = append(out, "", m.st.dim.Render("Host key fingerprint: "+m.s.Fingerprint))
	out = append(out, m.st.dim.Render("Press any key to go back."))
	if len(out) > m.height {
		out = append(out[:m.height-1], m.st.dim.Render("… (a taller window shows more) Press any key to go back."))
	}
	return strings.Join(out, "\n")
}

// minutes shows a length of time to the minute: "12 min", "under a
// minute", "1 h 05 min".
func minutes(d time.Duration) string {
	if d < 0 {
		d = -d
	}
	mins := int(math.Round(d.Minutes()))
	switch {
	case d < 30*time.Second:
		return "under a minute"
	case mins < 60:
		return fmt.Sprintf("%d min", max(1, mins))
	}
	return fmt.Sprintf("%d h %02d min", mins/60, mins%60)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func joinAnd(list []string) string {
	switch len(list) {
	case 0:
		return ""
	case 1:
		return list[0]
	}
	return strings.Join(list[:len(list)-1], ", ") + " and " + list[len(list)-1]
}

// cut truncates a line of plain text to w cells with an ellipsis.
func cut(s string, w int, tail string) string {
	if len(s) <= w {
		return s
	}
	return ansi.Truncate(s, w, tail)
}
