package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/gyda/gyda/meeting"
)

// CardKeys are the keys of the card chooser.
type CardKeys struct {
	Red, Yellow, Green, Cancel key.Binding
}

// DefaultCardKeys are the card chooser's keys.
func DefaultCardKeys() CardKeys {
	return CardKeys{
		Red:    key.NewBinding(key.WithKeys("r", "1"), key.WithHelp("r", "red: "+meeting.CardRed.Meaning())),
		Yellow: key.NewBinding(key.WithKeys("y", "2"), key.WithHelp("y", "yellow: "+meeting.CardYellow.Meaning())),
		Green:  key.NewBinding(key.WithKeys("g", "3"), key.WithHelp("g", "green: "+meeting.CardGreen.Meaning())),
		Cancel: key.NewBinding(key.WithKeys("esc", "c"), key.WithHelp("esc", "cancel")),
	}
}

// ShortHelp is the help line while choosing a card.
func (k CardKeys) ShortHelp() []key.Binding { return []key.Binding{k.Red, k.Yellow, k.Green, k.Cancel} }

// FullHelp is the same keys in one column.
func (k CardKeys) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }

// cardChooser lets someone show their own card with one key.
type cardChooser struct {
	keys CardKeys
	open bool
}

// update returns the command to carry out, if a card was chosen.
func (c *cardChooser) update(msg tea.KeyMsg) (line string) {
	switch {
	case key.Matches(msg, c.keys.Red):
		line = "card red"
	case key.Matches(msg, c.keys.Yellow):
		line = "card yellow"
	case key.Matches(msg, c.keys.Green):
		line = "card green"
	case key.Matches(msg, c.keys.Cancel):
	default:
		return ""
	}
	c.open = false
	return line
}

func (c *cardChooser) view(f frame, w int) []string {
	s := f.s
	inner := max(w-4, 10)
	lines := []string{s.Bold.Render("Show a card")}
	for _, b := range []key.Binding{c.keys.Red, c.keys.Yellow, c.keys.Green, c.keys.Cancel} {
		lines = append(lines, trunc("  "+s.HelpKey.Render(pad(b.Help().Key, 5))+b.Help().Desc, inner))
	}
	lines = append(lines, s.Dim.Render(trunc("Everyone sees it at once; a red card pauses the meeting.", inner)))
	for i := range lines {
		lines[i] = pad(lines[i], inner)
	}
	return strings.Split(s.Dialog.Render(strings.Join(lines, "\n")), "\n")
}
