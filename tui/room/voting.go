package room

import (
	"fmt"
	"strings"

	"github.com/gyda/gyda/meeting"
)

// votingBlock is an open vote's question, or the candidates of an open
// secret ballot: what a guest may see of them (never how it is going;
// the result, once recorded, is the last decision).
func votingBlock(f frame) *block {
	st := f.st
	var text string
	if v := st.OpenVote(); v != nil {
		q := clean(v.Question)
		text = f.t.say(func(w words) string { return fmt.Sprintf(w.vote, q) })
	} else if e := st.OpenElection(); e != nil {
		var names []string
		for _, c := range e.Candidates {
			names = append(names, clean(st.Name(c)))
		}
		list := strings.Join(names, ", ")
		text = f.t.say(func(w words) string { return w.ballot(e.Role == meeting.RoleChair, list) })
	}
	b := &block{}
	if text == "" {
		return b
	}
	b.add(lvPlain, styled(f.s.Warn, wrap(text, f.w, 3, 2))...)
	return b.add(lvLine, f.s.Warn.Render(cut(text, f.w)))
}
