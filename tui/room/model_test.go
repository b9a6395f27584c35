package room

import (
	"io"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

func TestKeysCloseTheScreenAndNothingElse(t *testing.T) {
	r := newRig(t).start()
	for _, k := range []tea.KeyMsg{
		{Type: tea.KeyRunes, Runes: []rune("q")}, {Type: tea.KeyEsc}, {Type: tea.KeyCtrlC},
	} {
		if _, cmd := r.m.Update(k); cmd == nil || cmd() != tea.Quit() {
			t.Errorf("%s does not close the room screen", k)
		}
	}
	for _, k := range []tea.KeyMsg{
		{Type: tea.KeyRunes, Runes: []rune("n")}, {Type: tea.KeyEnter}, {Type: tea.KeyRunes, Runes: []rune(":end")},
	} {
		before := r.screen(80, 24)
		if _, cmd := r.m.Update(k); cmd != nil {
			t.Errorf("%s does something on a read-only screen", k)
		}
		if r.screen(80, 24) != before {
			t.Errorf("%s changed the screen", k)
		}
	}
}

// The screen is drawn when it changes, not when it is viewed: View
// returns the last drawing.
func TestTheScreenIsDrawnOnChangesOnly(t *testing.T) {
	r := newRig(t).start()
	if v := r.m.View(); v != "" {
		t.Fatalf("a screen of no size yet drew %q", v)
	}
	r.screen(80, 24)
	frame := r.m.View()
	r.arrive()
	if r.m.View() != frame {
		t.Fatal("the screen changed without a tick or a change to the journal")
	}
	r.m.Update(wakeMsg{})
	if r.m.View() == frame {
		t.Fatal("a change to the journal did not redraw the screen")
	}
}

func TestWelshAndBilingualLabels(t *testing.T) {
	for _, tt := range []struct {
		lang       string
		want, lack []string
	}{
		{"cy", []string{"Eitem 4 o 7", "Yn arwain: Aled Price", "18 munud ar ôl o 25 munud", "Yn siarad", "Nesaf:", "✓ Cworwm", "✓ Cytbwys", "8 yn bresennol", "Penderfyniad 1:", "Ymuno:", "allwedd SHA256:"},
			[]string{"Item 4", "Speaking", "Next:", "Quorate"}},
		{"en+cy", []string{"Eitem 4 o 7 / Item 4 of 7", "Yn siarad / Speaking", "Nesaf / Next:", "✓ Cworwm / ✓ Quorate", "Penderfyniad 1 / Decision 1:"}, nil},
	} {
		t.Run(tt.lang, func(t *testing.T) {
			r := newRig(t)
			r.setup.Group.Minutes.Language = tt.lang
			r.start().busy()
			r.shows(120, 40, tt.want...)
			r.lacks(120, 40, tt.lack...)
		})
	}
	r := newRig(t)
	r.setup.Group.Minutes.Language = "en+cy"
	r.start().busy()
	r.goldens("bilingual-item-queue")
	r.do("break")
	r.shows(80, 24, "Yn ôl am 10:16 (mewn 10 munud) / Back at 10:16 (in 10 minutes)")
}

// The passcode is shown only when group.toml's [room] show_passcode says
// it may be; the address and the fingerprint always, while shared.
func TestThePasscodeOnlyWhenTheGroupAllows(t *testing.T) {
	r := newRig(t).start().share("271828")
	r.shows(120, 40, "Join: ssh -p 2222 127.0.0.1", "key SHA256:Qm9vayBv")
	r.lacks(120, 40, "271828", "passcode")

	r = newRig(t)
	r.setup.Group.Room.ShowPasscode = true
	r.start().share("271828")
	r.shows(120, 40, "Join: ssh -p 2222 127.0.0.1", "passcode 271828")

	// Sharing stops: how to join goes.
	if err := RemoveJoining(r.dir, meetingID); err != nil {
		t.Fatal(err)
	}
	r.lacks(120, 40, "Join:", "271828")
}

// Every screen fits every size from 80x24 to 250x70: exactly the size,
// nothing cut off the right.
func TestEveryScreenFitsEverySize(t *testing.T) {
	moments := map[string]func(r *rig){
		"waiting":      func(r *rig) {},
		"before start": func(r *rig) { r.start().share("") },
		"busy":         func(r *rig) { r.start().busy() },
		"break":        func(r *rig) { r.start().busy().do("break") },
		"red card":     func(r *rig) { r.start().busy().do("card mair red") },
		"inquorate": func(r *rig) {
			r.start().busy().do("leave mair", "leave rhys", "leave john", "decide Ask again.")
		},
		"ended": func(r *rig) { r.start().busy(); r.screen(80, 24); r.do("end") },
	}
	for name, setUp := range moments {
		t.Run(name, func(t *testing.T) {
			r := newRig(t)
			r.setup.Group.Minutes.Language = "en+cy" // the longest labels
			setUp(r)
			for w := 80; w <= 250; w += 17 {
				for h := 24; h <= 70; h += 9 {
					r.screen(w, h) // checks the frame's size
				}
			}
			r.screen(250, 70)
		})
	}
}

// Colour is never all: without colour (NO_COLOR) nothing is styled and
// the words say it all; with it each theme paints its own background on
// every cell.
func TestThemesAndNoColour(t *testing.T) {
	r := newRig(t).start().busy()
	r.do("card mair red")
	r.screen(80, 24)
	if v := r.m.View(); strings.Contains(v, "\x1b[") {
		t.Errorf("without colour the screen has escape codes: %q", v)
	}
	re := lipgloss.NewRenderer(io.Discard)
	re.SetColorProfile(termenv.TrueColor)
	for _, theme := range Themes() {
		s := NewStyles(re, theme)
		screen := s.fill([]string{s.Title.Render("gyda")}, 10, 2)
		for i, l := range strings.Split(screen, "\n") {
			if strings.Count(l, "48;2;") != strings.Count(l, "\x1b[0m") {
				t.Errorf("%s: line %d has text without the theme's background: %q", theme, i+1, l)
			}
		}
	}
}
