package share

import (
	"fmt"
	"io"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
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

// screens are n sessions' screens on one host, without SSH: each with its
// model and its screen writer. Guests all, in one window size (same), or
// each in a window of its own (different).
type screens struct {
	models []tea.Model
	next   []tea.Cmd // each model's wait for its next snapshot
	scrs   []*screen
}

func newScreens(b testing.TB, live *meeting.Live, n int, same bool) *screens {
	h := &Host{cfg: Config{Live: live}, frames: newFrameCache(), styles: newStyleBook(), pres: newPresence(live, 0, nil, nil)}
	out := &screens{}
	for i := range n {
		w := 120
		if !same {
			w = 80 + i%200 // a window of its own: a drawing of its own
		}
		r, _ := newRenderer([]string{"TERM=xterm-256color"}, "auto")
		s := &Session{Guest: i + 1, Name: fmt.Sprintf("Guest %d", i+1), Renderer: r, Width: w, Height: 40, Live: live, host: h}
		m := Screen(s)
		out.next = append(out.next, m.Init())
		m.Update(tea.WindowSizeMsg{Width: w, Height: 40})
		out.models = append(out.models, m)
		out.scrs = append(out.scrs, newScreen(io.Discard, w, 40))
		b.Cleanup(m.(interface{ Close() }).Close)
	}
	return out
}

// fanOut gives every screen the newest snapshot from its mailbox and
// writes its frame, as each session's program would.
func (ss *screens) fanOut() {
	for i, m := range ss.models {
		_, ss.next[i] = m.Update(ss.next[i]())
		_ = ss.scrs[i].paintLines(m.(lineViewer).ViewLines(), true)
	}
}

// BenchmarkFanOut is one change to the meeting (a hand up, or down)
// reaching 300 guests' screens: in one window size, they share one drawing
// (identical); each in its own window size, each is drawn (different).
// ns/op is for all 300, ns/screen for each.
func BenchmarkFanOut(b *testing.B) {
	for _, c := range []struct {
		name string
		same bool
	}{{"identical", true}, {"different", false}} {
		b.Run(fmt.Sprintf("%s-300", c.name), func(b *testing.B) {
			live := busyMeeting(b)
			ss := newScreens(b, live, 300, c.same)
			ss.fanOut()
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if i%2 == 0 {
					mustDo(b, live, "hand aled")
				} else {
					mustDo(b, live, "lower aled")
				}
				ss.fanOut()
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/300, "ns/screen")
		})
	}
}

// BenchmarkPresenceWatch is what every screen asks of the presence after
// each snapshot (tui.Model's listen: Changed, then Lost), from as many
// goroutines as there are CPUs at once, as three hundred screens woken
// together do.
func BenchmarkPresenceWatch(b *testing.B) {
	live, _, _ := sampleMeeting(b)
	p := newPresence(live, time.Hour, nil, nil)
	b.Cleanup(p.close)
	p.connected("mair")
	p.disconnected("mair") // lost, and may yet come back
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if p.Changed() == nil {
				b.Fatal("no channel to wait on")
			}
			if lost, ver := p.Lost(); !lost["mair"] || ver == 0 {
				b.Fatalf("lost %v (version %d), want Mair", lost, ver)
			}
		}
	})
}
