package setup

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/gyda/gyda/config"
)

// A default is a placeholder: typed over, it is replaced, never added to
// ("5" for a quorum of 6 is 5, not 65); left empty, it is kept. Words
// that name keys, typed in one burst, are text.
func TestInitFormTypingReplacesDefaults(t *testing.T) {
	a := NewInitAnswers(config.DefaultGroup())
	d := newDriver(t, a.Form(false).WithKeyMap(formKeys()))
	d.send(d.m.Init()())
	d.send(burstsAreText(nil, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("tab")}))
	d.send(burstsAreText(nil, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("enter")}))
	d.key("enter")
	d.typ("5", "enter", "enter")
	if a.Name != "tabenter" || a.MinPresent != "5" {
		t.Fatalf("name %q, quorum %q; want tabenter and 5", a.Name, a.MinPresent)
	}
	g, err := a.Group(config.DefaultGroup())
	if err != nil {
		t.Fatal(err)
	}
	if g.Quorum.MinPresent != 5 || g.Quorum.MinLivedExperience != 2 {
		t.Fatalf("quorum %+v; want 5, with the default 2 kept", g.Quorum)
	}
}
