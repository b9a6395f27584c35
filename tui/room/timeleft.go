package room

import (
	"fmt"
	"time"

	"github.com/gyda/gyda/tui"
)

// timeBlock is the time left on the current item in large digits, with
// it in words: "12 minutes left of 25 minutes", or "over by 5 minutes".
func timeBlock(f frame) *block {
	st := f.st
	left := st.ItemLeft(f.now)
	planned := st.ItemPlanned(st.Item)
	said := f.t.say(func(w words) string { return fmt.Sprintf(w.left, w.span(left), w.span(planned)) })
	style := f.s.Big
	if left < 0 {
		said = f.t.say(func(w words) string { return fmt.Sprintf(w.over, w.span(-left)) })
		style = f.s.Bad
	}
	return clockBlock(f, countdown(left), style, said)
}

// clockBlock is a time in digits, huge, large or halved as there is room,
// over the same in words, or the words alone.
func clockBlock(f frame, digits string, style tui.Style, said string) *block {
	b := &block{}
	under := styled(style, wrap(said, f.w, 2, 2))
	for _, l := range []level{lvHuge, lvLarge, lvHalf} {
		if rows, ok := f.fonts.draw(digits, l, f.w, 1); ok {
			b.add(l, append(styled(style, rows), under...)...)
		}
	}
	b.add(lvPlain, under...)
	return b.add(lvLine, style.Render(cut(digits+" · "+said, f.w)))
}

// countdown is a time left as m:ss, or +m:ss once it is over.
func countdown(d time.Duration) string {
	sign := ""
	if d < 0 {
		sign, d = "+", -d
	}
	d = d.Truncate(time.Second)
	return fmt.Sprintf("%s%02d:%02d", sign, int(d/time.Minute), int(d/time.Second)%60)
}
