package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/gyda/gyda/meeting"
)

// votePane is the open vote or secret ballot, or the result of the one
// just closed on this item, as the meeting says it to this viewer
// (meeting.State.VotingLines: the running counts for the chair and the
// minute-taker, how to vote for a member, that guests do not vote). A
// member joining remotely who may give a secret ballot also sees the
// candidates numbered, to vote by number. Nothing here counts.
type votePane struct {
	keys []key.Binding // the vote keys (+ - 0), shown to a member while a vote is open
}

// block is the pane; empty when there is nothing to say.
func (p votePane) block(f frame, w int) block {
	said := f.st.VotingLines()
	if len(said) == 0 {
		return block{}
	}
	s := f.s
	title := "Vote"
	switch {
	case f.st.OpenElection() != nil:
		title = "Secret ballot"
	case f.st.OpenVote() == nil:
		title = "Result"
	}
	lines := []string{rule(title, w, s)}
	lines = append(lines, styleLines(s.Bold.Render, hang(" ", said[0], w))...)
	for _, l := range said[1:] {
		lines = append(lines, hang(" ", l, w)...)
	}
	if f.role == meeting.RoleMember && f.st.OpenVote() != nil {
		var how []string
		for _, k := range p.keys {
			if k.Enabled() {
				how = append(how, s.HelpKey.Render(k.Help().Key)+" "+k.Help().Desc)
			}
		}
		if len(how) > 0 {
			lines = append(lines, " Press "+strings.Join(how, s.Dim.Render(" · ")))
		}
	}
	if choices := f.st.BallotChoices(); len(choices) > 0 {
		for i, id := range choices[:min(len(choices), maxBallotKeys)] {
			lines = append(lines, "  "+s.HelpKey.Render(itoa(i+1))+"  "+f.name(id))
		}
		lines = append(lines, s.Dim.Render(trunc(" Press a number to vote: you are asked before it is sent.", w)))
	}
	return block{lines: lines, min: min(len(lines), 6)}
}

// maxBallotKeys is how many candidates can be chosen by number (1 to 9);
// any more are voted for by name (ballot NAME).
const maxBallotKeys = 9

// ballotKeys are the number keys for n candidates: "1", "2", ...
func ballotKeys(n int) []string {
	keys := make([]string, min(n, maxBallotKeys))
	for i := range keys {
		keys[i] = itoa(i + 1)
	}
	return keys
}

// voteKey carries out +, - or 0: a member's own vote at once (they can
// change it until the vote closes); for the chair or the minute-taker,
// the command line opened for the names of those voting in the room.
func (m *Model) voteKey(choice meeting.Verb) tea.Cmd {
	if m.role == meeting.RoleMember {
		return m.run(string(choice))
	}
	m.cmd.openWith(string(choice) + " ")
	m.cmd.hint = "the names of those voting " + string(choice) + ", separated by commas (tab completes)"
	return nil
}

// ballotKey asks before giving a secret ballot for the candidate with the
// number pressed. Yes sends "ballot NAME"; the line is never kept.
func (m *Model) ballotKey(msg tea.KeyMsg) {
	choices := m.st().BallotChoices()
	n := int(msg.String()[0] - '0')
	if n < 1 || n > len(choices) {
		return
	}
	id := choices[n-1]
	m.ask.start("Vote for "+m.st().Name(id)+"?", []string{"Your ballot is secret, and cannot be changed once it is in."}, "ballot "+id)
}
