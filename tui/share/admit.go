package share

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/gyda/gyda/internal/prose"
	"github.com/gyda/gyda/meeting"
)

// VerbAdmit is the host's own command, "admit N NAME": the chair lets
// Guest N, who joined with the passcode, take part as NAME from the
// roster. The meeting does not know it; Host.Do does it.
const VerbAdmit meeting.Verb = "admit"

// AdmitUsage is how to type it, for help lines.
const AdmitUsage = "admit N NAME"

// AdmitHelp says what it does, for help lines.
const AdmitHelp = "let Guest N, who joined with the passcode, take part as NAME from the roster"

// Commands are the host's own commands, for the chair's screen
// (tui.Config.Commands): "admit N NAME".
func Commands() []meeting.VerbInfo {
	return []meeting.VerbInfo{{Verb: VerbAdmit, Usage: AdmitUsage, Summary: AdmitHelp}}
}

// Do carries out a command line typed by actor on the chair's side: the
// host's own command, "admit N NAME", is done here, and only for whoever
// holds the chair (the chair's laptop, or a person handed the chair);
// "help" lists it to them too, and "help admit" explains it. Any other
// line goes to the meeting unchanged. The chair's laptop passes its typed
// lines through here while sharing, so "admit" works there as it does on
// a remote chair's screen (Session.Do calls it too).
func (h *Host) Do(actor meeting.Actor, line string) (meeting.Result, error) {
	role := h.cfg.Live.Snapshot(meeting.ConsoleActor()).State.RoleOf(actor)
	f := strings.Fields(strings.ToLower(line))
	if help := len(f) > 0 && isVerb(f[0], meeting.VerbHelp); help && role == meeting.RoleChair {
		switch {
		case len(f) == 2 && f[1] == string(VerbAdmit):
			return meeting.Result{Lines: []string{fmt.Sprintf("%s: %s. The number is in the notice that the guest joined.", AdmitUsage, AdmitHelp)}}, nil
		case len(f) == 1:
			res, err := h.cfg.Live.Do(actor, line)
			if err == nil {
				res.Lines = append(res.Lines, fmt.Sprintf("  %-34s %s", AdmitUsage, AdmitHelp))
			}
			return res, err
		}
	}
	if !isAdmit(line) {
		return h.cfg.Live.Do(actor, line)
	}
	if role != meeting.RoleChair {
		return meeting.Result{}, &meeting.PermissionError{Role: role, Verb: VerbAdmit,
			Msg: "only the chair can use admit: ask the chair to admit a guest"}
	}
	n, who, err := parseAdmit(line)
	if err != nil {
		return meeting.Result{}, err
	}
	return h.Admit(n, who)
}

// isVerb reports whether a word is the verb (or one of its aliases).
func isVerb(word string, verb meeting.Verb) bool {
	v, ok := meeting.LookupVerb(word)
	return ok && v == verb
}

// isAdmit reports whether a line is the admit command.
func isAdmit(line string) bool {
	word, _, _ := strings.Cut(strings.TrimSpace(line), " ")
	return strings.EqualFold(word, string(VerbAdmit))
}

var errAdmitUsage = errors.New("admit needs a guest number and a name: admit N NAME (each guest's number is in the notice that they joined, and at the top of their screen)")

// parseAdmit reads "admit N NAME", also "admit guest N NAME" and
// "admit #N NAME".
func parseAdmit(line string) (int, string, error) {
	f := strings.Fields(line)
	if len(f) > 1 && strings.EqualFold(f[1], "guest") {
		f = append(f[:1], f[2:]...)
	}
	if len(f) < 3 {
		return 0, "", errAdmitUsage
	}
	n, err := strconv.Atoi(strings.TrimPrefix(f[1], "#"))
	if err != nil || n < 1 {
		return 0, "", errAdmitUsage
	}
	return n, strings.Join(f[2:], " "), nil
}

// Admit binds the session of Guest guest to the roster person who (an id
// or a name, matched as the meeting matches names), as the chair asked.
// The caller must be the chair: the chair's laptop, or Host.Do's check.
//
// The person's identity is kept here on the host, from the chair's word;
// nothing the guest typed (their ssh user name included) plays a part.
// They are recorded as arriving remote, as a key login is, through the
// chair's console (meeting.ConsoleActor); their screen is made again at
// once for the person's role; and when their connection drops they are
// recorded as leaving after the grace period, as a key login is. A person
// already connected (by key, or admitted from another guest) cannot be
// admitted again.
//
// The result's lines say what happened, arrival included, for the chair;
// its events are what was recorded.
func (h *Host) Admit(guest int, who string) (meeting.Result, error) {
	h.admitMu.Lock()
	defer h.admitMu.Unlock()
	st := h.cfg.Live.Snapshot(meeting.ConsoleActor()).State
	if !st.Ended.IsZero() {
		return meeting.Result{}, errors.New("the meeting has ended: there is nothing to admit a guest to")
	}
	s := h.guestSession(guest)
	if s == nil {
		return meeting.Result{}, fmt.Errorf("there is no Guest %d connected now; %s", guest, h.guestList())
	}
	p, err := st.Roster.Find(who)
	if err != nil {
		return meeting.Result{}, fmt.Errorf("admit %d %s: %v", guest, who, err)
	}
	if p.Retired {
		return meeting.Result{}, fmt.Errorf("admit %d %s: %s is no longer in the group (retired in the roster)", guest, who, p.Name)
	}
	if h.pres.sessions(p.ID) > 0 {
		return meeting.Result{}, fmt.Errorf("%s is already connected (with their own SSH key, or admitted from another guest), so Guest %d cannot be admitted as them: nobody joins twice. If Guest %d is someone else, admit them under their own name", p.Name, guest, guest)
	}

	s.idMu.Lock()
	switch {
	case s.ended:
		s.idMu.Unlock()
		return meeting.Result{}, fmt.Errorf("admit %d %s: Guest %d has just left", guest, who, guest)
	case s.who.Person != "":
		name := s.whoName
		s.idMu.Unlock()
		return meeting.Result{}, fmt.Errorf("admit %d %s: Guest %d has already been admitted, as %s", guest, who, guest, name)
	}
	s.who, s.whoName = meeting.Actor{Person: p.ID}, p.Name
	// Recorded before the session can end (end waits for idMu), so its
	// leaving always follows its arrival.
	notes := h.pres.connect(p.ID)
	s.idMu.Unlock()
	select {
	case s.rebuild <- struct{}{}:
	default:
	}

	now := h.cfg.Live.Snapshot(meeting.ConsoleActor()).State
	res := meeting.Result{Lines: []string{fmt.Sprintf("Guest %d (from %s) is now %s, taking part as %s; their screen has changed to match.",
		guest, s.addr, p.Name, prose.Article(string(now.RoleOf(meeting.Actor{Person: p.ID}))))}}
	for _, n := range notes {
		res.Lines = append(res.Lines, n.Lines...)
		res.Events = append(res.Events, n.Events...)
	}
	for i, l := range res.Lines {
		res.Lines[i] = meeting.Clean(l)
	}
	return res, nil
}

// guestSession is the connected session of Guest n, or nil.
func (h *Host) guestSession(n int) *Session {
	h.mu.Lock()
	defer h.mu.Unlock()
	for s := range h.sessions {
		if s.Guest == n {
			return s
		}
	}
	return nil
}

// guestList says which guests are connected and not yet admitted.
func (h *Host) guestList() string {
	var nums []int
	for _, si := range h.Sessions() {
		if si.Guest > 0 && si.Person == "" {
			nums = append(nums, si.Guest)
		}
	}
	sort.Ints(nums)
	switch len(nums) {
	case 0:
		return "no guests are waiting to be admitted"
	case 1:
		return fmt.Sprintf("the guest waiting is Guest %d", nums[0])
	}
	names := make([]string, len(nums))
	for i, n := range nums {
		names[i] = fmt.Sprintf("Guest %d", n)
	}
	return "the guests waiting are " + strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}
