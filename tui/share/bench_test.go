package share

import (
	"fmt"
	"io"
	"testing"

	"github.com/gyda/gyda/meeting"
)

// busyMeeting is a meeting in full flow: people here, a queue, decisions,
// actions and notes on the current item.
func busyMeeting(t testing.TB) *meeting.Live {
	live, _, _ := sampleMeeting(t)
	mustDo(t, live, "arrive sian", "arrive dafydd", "arrive mair", "arrive rhys remote", "arrive aled", "arrive claire",
		"arrive tom", "chair sian", "minutes dafydd", "next", "next", "next",
		"hand mair", "hand claire", "hand tom", "speak", "wait 3m")
	for i := range 3 {
		mustDo(t, live, fmt.Sprintf("decide Decision number %d about weekend respite for carers", i+1))
		mustDo(t, live, fmt.Sprintf("note Note %d: 212 carers answered the survey; many could not get respite at weekends.", i+1))
	}
	mustDo(t, live, "action aled by 2030-12-20: share the survey results with the carers' centre")
	return live
}

func BenchmarkMemberView(b *testing.B) {
	live := busyMeeting(b)
	r, _ := newRenderer([]string{"TERM=xterm-256color"}, "auto")
	s := &Session{Actor: meeting.Actor{Person: "rhys"}, Name: "Rhys Evans", Renderer: r, Width: 120, Height: 40, Live: live}
	m := MemberView(s).(*member)
	scr := newScreen(io.Discard, 120, 40)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		scr.full = true
		scr.paint(m.View())
	}
}
