package share

import (
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/gyda/gyda/meeting"
	"github.com/gyda/gyda/roster"
)

// MemberView is the screen a remote attendee sees: the live meeting (the
// item and its time, quorum and balance, who is speaking and who is
// waiting and why, who is here, what has been decided) with keys for what
// their role allows, worked out again from every snapshot, so handing
// someone the chair or the minutes changes their keys at once. ':' opens
// a command line for every verb they may use.
func MemberView(s *Session) tea.Model {
	m := &member{s: s, width: s.Width, height: s.Height, theme: s.Theme, keys: newMemberKeys()}
	m.dark = s.Renderer.HasDarkBackground()
	m.st = newStyles(s.Renderer, s.Theme)
	select {
	case snap := <-s.Mailbox().C():
		m.setSnapshot(snap)
	default:
		m.setSnapshot(s.Live.Snapshot(s.Actor))
	}
	first := strings.Fields(s.Name)
	hello := "Welcome"
	if len(first) > 0 && s.Actor.Person != "" {
		hello += ", " + first[0]
	}
	switch {
	case s.Guest > 0 && s.Actor.Person != "":
		m.say(false, hello+". The chair has admitted you: you are taking part as "+article(string(m.role))+". Press ? for help.")
	case s.Guest > 0:
		// The same words for every guest, so their screens can share one
		// drawing; each guest's number is at the top.
		m.say(false, hello+". You are watching as an observer. If the chair knows you, they can let you take part under your own name: tell them your guest number, at the top. Press ? for help.")
	default:
		m.say(false, hello+". You are taking part as "+article(string(m.role))+". Press ? for help.")
	}
	return m
}

// tickEvery is how often the screen's clock moves on when nothing else
// happens. Times on the remote screen are shown to the minute.
const tickEvery = 5 * time.Second

type mode int

const (
	modeNormal mode = iota
	modeCommand
	modeHelp
	modeConfirmRed
	modeConfirmQuit
)

type member struct {
	s        *Session
	snap     *meeting.Snapshot
	role     meeting.Role
	links    map[string]Link // shared with other screens: read only
	linksVer uint64
	now      time.Time // the clock, in steps of clockStep

	width, height int
	theme         string
	dark          bool
	st            styles
	keys          memberKeys

	mode    mode
	line    []rune
	cursor  int
	history []string
	hist    int
	msg     []string
	msgErr  bool

	helpSig   string // the help line, worked out again only when keys change
	helpLines []string

	headName string // the name drawn at the top: "Guest" in a drawing all guests share
	head     struct {
		key         headKey
		shared, own string // a guest's header line, as shared and as their own
	}
}

// memberKeys are the keys of the remote screen. Which are on depends on
// the role and on the moment (lower only with a hand up, done only while
// speaking), decided in enable.
type memberKeys struct {
	Hand, Lower, Done, Yellow, Green, Red, Break, Speak, NextItem, Note, Decide, Action, Command, Help, Theme, Quit key.Binding
}

func newMemberKeys() memberKeys {
	b := func(keys []string, k, help string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(k, help))
	}
	return memberKeys{
		Hand:     b([]string{"h"}, "h", "raise hand"),
		Lower:    b([]string{"l"}, "l", "lower hand"),
		Done:     b([]string{"d"}, "d", "done speaking"),
		Yellow:   b([]string{"y"}, "y", "yellow card"),
		Green:    b([]string{"g"}, "g", "green card"),
		Red:      b([]string{"r"}, "r", "red card"),
		Break:    b([]string{"b"}, "b", "ask for a break"),
		Speak:    b([]string{"s"}, "s", "next speaker"),
		NextItem: b([]string{"N"}, "N", "next item"),
		Note:     b([]string{"n"}, "n", "note"),
		Decide:   b([]string{"D"}, "D", "decision"),
		Action:   b([]string{"a"}, "a", "action"),
		Command:  b([]string{":", "/"}, ":", "command"),
		Help:     b([]string{"?"}, "?", "help"),
		Theme:    b([]string{"T"}, "T", "light/dark"),
		Quit:     b([]string{"q", "ctrl+c"}, "q", "leave"),
	}
}

// all lists the keys in the order the help line shows them.
func (k *memberKeys) all() []*key.Binding {
	return []*key.Binding{&k.Hand, &k.Lower, &k.Done, &k.Yellow, &k.Green, &k.Red, &k.Break, &k.Speak, &k.NextItem,
		&k.Note, &k.Decide, &k.Action, &k.Command, &k.Help, &k.Theme, &k.Quit}
}

// enable turns on exactly the keys this person may use now.
func (m *member) enable() {
	st := m.snap.State
	me := m.s.Actor.Person
	open := st.IsOpen()
	present := me != "" && st.IsPresent(me)
	inQueue, speaking := false, st.Speaker != nil && st.Speaker.Person == me && me != ""
	for _, r := range st.Queue {
		if r.Person == me {
			inQueue = true
		}
	}
	may := func(v meeting.Verb) bool { return open && meeting.Allowed(m.role, v) }
	k := &m.keys
	k.Hand.SetEnabled(may(meeting.VerbHand) && present && !inQueue && !speaking)
	k.Lower.SetEnabled(may(meeting.VerbLower) && inQueue)
	k.Done.SetEnabled(may(meeting.VerbDone) && speaking)
	cards := may(meeting.VerbCard) && present
	k.Yellow.SetEnabled(cards)
	k.Green.SetEnabled(cards)
	k.Red.SetEnabled(cards)
	k.Break.SetEnabled(may(meeting.VerbBreak) && (st.Pause == nil || st.Pause.Kind != meeting.PauseBreak))
	if m.role == meeting.RoleChair {
		k.Break.SetHelp("b", "start a break")
	} else {
		k.Break.SetHelp("b", "ask for a break")
	}
	k.Speak.SetEnabled(may(meeting.VerbSpeak) && len(st.Queue) > 0)
	k.NextItem.SetEnabled(may(meeting.VerbNext) && st.Item < len(st.Items))
	k.Note.SetEnabled(may(meeting.VerbNote))
	k.Decide.SetEnabled(may(meeting.VerbDecide))
	k.Action.SetEnabled(may(meeting.VerbAction))
	k.Command.SetEnabled(true)
}

func (m *member) setSnapshot(snap *meeting.Snapshot) {
	if snap == nil {
		return
	}
	m.snap = snap
	m.role = snap.State.RoleOf(m.s.Actor)
	m.links, m.linksVer = m.s.Presence()
	m.enable()
}

func (m *member) Init() tea.Cmd {
	return m.s.Next(tickEvery)
}

func (m *member) say(isErr bool, lines ...string) {
	m.msg, m.msgErr = lines, isErr
}

func (m *member) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case SnapshotMsg:
		before := m.role
		m.setSnapshot(msg.Snapshot)
		if m.role != before {
			m.say(false, "You are now taking part as "+article(string(m.role))+": the keys below have changed.")
		}
		return m, m.s.Next(tickEvery)
	case TickMsg:
		m.links, m.linksVer = m.s.Presence()
		return m, m.s.Next(tickEvery)
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		return m, nil
	case tea.KeyMsg:
		return m.key(msg)
	}
	return m, nil
}

func (m *member) key(k tea.KeyMsg) (tea.Model, tea.Cmd) {
	switch m.mode {
	case modeCommand:
		return m.commandKey(k)
	case modeHelp:
		if k.String() == "ctrl+c" {
			return m, tea.Quit
		}
		m.mode = modeNormal
		return m, nil
	case modeConfirmRed:
		m.mode = modeNormal
		switch k.String() {
		case "r", "y", "enter":
			return m.run("card red")
		}
		m.say(false, "No card shown.")
		return m, nil
	case modeConfirmQuit:
		m.mode = modeNormal
		switch k.String() {
		case "q", "y", "enter", "ctrl+c":
			return m, tea.Quit
		}
		m.say(false, "You are still here.")
		return m, nil
	}
	if k.Paste {
		m.openCommand(string(k.Runes))
		return m, nil
	}
	if k.Type == tea.KeyRunes && len(k.Runes) > 1 {
		// Typed faster than the keys were read (or sent by a script): one
		// key at a time, so ":note x" opens the command line with "note x".
		var cmds []tea.Cmd
		for i, r := range k.Runes {
			if m.mode == modeCommand {
				m.insert(k.Runes[i:])
				break
			}
			_, cmd := m.key(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}, Alt: k.Alt})
			cmds = append(cmds, cmd)
		}
		return m, tea.Batch(cmds...)
	}
	ks := &m.keys
	switch {
	case key.Matches(k, ks.Quit):
		m.mode = modeConfirmQuit
		m.say(false, "Close this screen? Press q again to close it, any other key to stay. (If you joined remotely and do not come back within a few minutes, you are recorded as leaving.)")
	case key.Matches(k, ks.Help):
		m.mode = modeHelp
	case key.Matches(k, ks.Command):
		m.openCommand("")
	case key.Matches(k, ks.Theme):
		m.dark = !m.dark
		m.s.Renderer.SetHasDarkBackground(m.dark)
		m.st = newStyles(m.s.Renderer, m.theme)
		m.helpLines = nil
	case key.Matches(k, ks.Hand):
		return m.run("hand")
	case key.Matches(k, ks.Lower):
		return m.run("lower")
	case key.Matches(k, ks.Done):
		return m.run("done")
	case key.Matches(k, ks.Yellow):
		return m.run("card yellow")
	case key.Matches(k, ks.Green):
		return m.run("card green")
	case key.Matches(k, ks.Red):
		m.mode = modeConfirmRed
		m.say(false, "Show a red card? It pauses the meeting so the chair can check in with you. Press r again to show it, any other key not to.")
	case key.Matches(k, ks.Break):
		return m.run("break")
	case key.Matches(k, ks.Speak):
		return m.run("speak")
	case key.Matches(k, ks.NextItem):
		return m.run("next")
	case key.Matches(k, ks.Note):
		m.openCommand("note ")
	case key.Matches(k, ks.Decide):
		m.openCommand("decide ")
	case key.Matches(k, ks.Action):
		m.openCommand("action ")
	}
	return m, nil
}

func (m *member) openCommand(text string) {
	m.mode = modeCommand
	m.line = []rune(flatten(text))
	m.trimLine()
	m.cursor = len(m.line)
	m.hist = len(m.history)
}

// flatten turns a paste into one line.
func flatten(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == '\t' {
			return ' '
		}
		return r
	}, s)
}

func (m *member) maxLine() int {
	if m.s.host != nil {
		return m.s.host.lim.MaxLine
	}
	return meeting.MaxLineLength
}

func (m *member) trimLine() {
	if max := m.maxLine(); len(m.line) > max {
		m.line = m.line[:max]
	}
}

func (m *member) commandKey(k tea.KeyMsg) (tea.Model, tea.Cmd) {
	switch k.Type {
	case tea.KeyEsc:
		m.mode = modeNormal
		m.line, m.cursor = nil, 0
		return m, nil
	case tea.KeyCtrlC:
		m.mode = modeConfirmQuit
		m.say(false, "Close this screen? Press q again to close it, any other key to stay.")
		return m, nil
	case tea.KeyEnter:
		line := strings.TrimSpace(string(m.line))
		m.mode = modeNormal
		m.line, m.cursor = nil, 0
		if line == "" {
			return m, nil
		}
		m.history = append(m.history, line)
		if len(m.history) > 50 {
			m.history = m.history[1:]
		}
		return m.run(line)
	case tea.KeyBackspace:
		if m.cursor > 0 {
			m.line = append(m.line[:m.cursor-1], m.line[m.cursor:]...)
			m.cursor--
		} else if len(m.line) == 0 {
			m.mode = modeNormal
		}
	case tea.KeyDelete:
		if m.cursor < len(m.line) {
			m.line = append(m.line[:m.cursor], m.line[m.cursor+1:]...)
		}
	case tea.KeyLeft:
		m.cursor = max(0, m.cursor-1)
	case tea.KeyRight:
		m.cursor = min(len(m.line), m.cursor+1)
	case tea.KeyHome, tea.KeyCtrlA:
		m.cursor = 0
	case tea.KeyEnd, tea.KeyCtrlE:
		m.cursor = len(m.line)
	case tea.KeyCtrlU:
		m.line, m.cursor = nil, 0
	case tea.KeyUp:
		if m.hist > 0 {
			m.hist--
			m.line = []rune(m.history[m.hist])
			m.cursor = len(m.line)
		}
	case tea.KeyDown:
		if m.hist < len(m.history)-1 {
			m.hist++
			m.line = []rune(m.history[m.hist])
		} else {
			m.hist = len(m.history)
			m.line = nil
		}
		m.cursor = len(m.line)
	case tea.KeyTab:
		m.complete()
	case tea.KeySpace:
		m.insert([]rune{' '})
	case tea.KeyRunes:
		m.insert([]rune(flatten(string(k.Runes))))
	}
	return m, nil
}

func (m *member) insert(rs []rune) {
	rs = []rune(meeting.Clean(string(rs)))
	room := m.maxLine() - len(m.line)
	if room <= 0 {
		m.say(true, "That is as long as a line can be.")
		return
	}
	if len(rs) > room {
		rs = rs[:room]
	}
	line := make([]rune, 0, len(m.line)+len(rs))
	line = append(line, m.line[:m.cursor]...)
	line = append(line, rs...)
	m.line = append(line, m.line[m.cursor:]...)
	m.cursor += len(rs)
}

// complete finishes the word before the cursor: a verb this person may
// use, or a name from the roster.
func (m *member) complete() {
	before := string(m.line[:m.cursor])
	words := strings.Fields(before)
	if len(words) == 0 || (len(words) == 1 && !strings.HasSuffix(before, " ")) {
		prefix := ""
		if len(words) == 1 {
			prefix = strings.ToLower(words[0])
		}
		var cands []string
		for _, v := range meeting.Verbs() {
			if meeting.Allowed(m.role, v.Verb) && strings.HasPrefix(string(v.Verb), prefix) && v.Verb != meeting.VerbWait {
				cands = append(cands, string(v.Verb))
			}
		}
		if m.canAdmit() && strings.HasPrefix(string(VerbAdmit), prefix) {
			cands = append(cands, string(VerbAdmit))
			sort.Strings(cands)
		}
		m.finish(prefix, cands)
		return
	}
	prefix := ""
	if !strings.HasSuffix(before, " ") {
		prefix = words[len(words)-1]
	}
	fp := roster.Fold(prefix)
	var cands []string
	for _, p := range m.snap.State.Roster.Active() {
		if strings.HasPrefix(roster.Fold(p.ID), fp) {
			cands = append(cands, p.ID)
		}
	}
	m.finish(prefix, cands)
}

func (m *member) finish(prefix string, cands []string) {
	switch len(cands) {
	case 0:
		m.say(true, "Nothing to complete "+quoteOr(prefix, "here")+".")
	case 1:
		m.insert([]rune(cands[0][len(prefix):] + " "))
	default:
		common := cands[0]
		for _, c := range cands[1:] {
			for !strings.HasPrefix(c, common) {
				common = common[:len(common)-1]
			}
		}
		if len(common) > len(prefix) {
			m.insert([]rune(common[len(prefix):]))
		}
		m.say(false, "Could be: "+strings.Join(cands, ", "))
	}
}

func quoteOr(s, or string) string {
	if s == "" {
		return or
	}
	return "for \"" + s + "\""
}

// canAdmit reports whether this screen's person may admit guests: the
// chair, on a shared meeting.
func (m *member) canAdmit() bool { return m.s.host != nil && m.role == meeting.RoleChair }

// run does a command and shows what it did, or why not.
func (m *member) run(line string) (tea.Model, tea.Cmd) {
	res, err := m.s.Do(line)
	if err != nil {
		m.say(true, "Not done: "+err.Error())
		return m, nil
	}
	if len(res.Lines) == 0 {
		res.Lines = []string{"Done."}
	}
	m.say(false, res.Lines...)
	return m, nil
}

func article(s string) string {
	if s != "" && strings.ContainsRune("aeiou", rune(s[0])) {
		return "an " + s
	}
	return "a " + s
}

// verbOf is the first word of a line, if it is a verb.
func verbOf(line string) (meeting.Verb, bool) {
	word, _, _ := strings.Cut(strings.TrimLeftFunc(line, unicode.IsSpace), " ")
	word = strings.ToLower(word)
	for _, v := range meeting.Verbs() {
		if string(v.Verb) == word {
			return v.Verb, true
		}
		for _, a := range v.Aliases {
			if a == word {
				return v.Verb, true
			}
		}
	}
	return "", false
}

// runeWidth-safe cut of a string to n bytes.
func cutBytes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	s = s[:n]
	for !utf8.ValidString(s) {
		s = s[:len(s)-1]
	}
	return s
}
