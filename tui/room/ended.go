package room

import "fmt"

// endedScreen is shown when the meeting has ended: thanks in large type,
// the time it ended, what it decided and agreed to do, and the last
// decision.
func endedScreen(f frame) ([]*block, []step) {
	st := f.st
	thanks := bannerBlock(f, f.t.say(func(w words) string { return w.thanks }), f.s.Big)
	var lines []string
	provisional := 0
	for _, d := range st.Decisions {
		if d.Provisional {
			provisional++
		}
	}
	for _, w := range f.t {
		lines = append(lines, wrap(fmt.Sprintf(w.endedAt, st.LocalTime(st.Ended))+" "+w.tally(len(st.Decisions), provisional, len(st.Actions)), f.w, 3, 0)...)
	}
	about := (&block{}).add(lvPlain, styled(f.s.Name, lines)...)
	decision := decisionBlock(f)
	steps := []step{{thanks, lvLarge}, {thanks, lvHalf}, {decision, lvLine}, {thanks, lvSpaced}, {thanks, lvPlain}, {decision, lvGone}, {thanks, lvLine}}
	return []*block{thanks, about, decision}, steps
}
