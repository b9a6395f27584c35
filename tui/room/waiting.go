package room

import "fmt"

// waitingScreen is shown while no meeting is running in the group: it
// says so, and that the meeting will appear here when it starts.
func waitingScreen(f frame) ([]*block, []step) {
	var lines []string
	for _, l := range f.t.lines(func(w words) string { return w.waiting + " " + w.willShow }) {
		lines = append(lines, wrap(l, f.w, 3, 0)...)
	}
	say := (&block{}).add(lvPlain, styled(f.s.Name, lines)...)
	leave := (&block{}).add(lvPlain, f.s.Dim.Render(cut(f.t.say(func(w words) string { return fmt.Sprintf(w.leave, f.quit) }), f.w)))
	return []*block{say, leave}, nil
}
