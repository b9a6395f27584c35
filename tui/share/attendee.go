package share

import (
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/gyda/gyda/internal/prose"
	"github.com/gyda/gyda/tui"
)

// Screen is the screen every attendee gets (the host's ModelFactory by
// default): the chair's own screen, tui.Model, for the session's person or
// guest. It shows the meeting only as they may see it (the meeting decides,
// meeting.State.SeenBy), offers the keys their role allows with the same
// key for the same thing on every screen, and acts through Session.Do.
// Guests and others who would see the same frame share one drawing of it.
func Screen(s *Session) tea.Model {
	theme := s.Theme
	if theme == "" || theme == tui.ThemeAuto {
		theme = tui.ThemeDark
		if !s.Renderer.HasDarkBackground() {
			theme = tui.ThemeLight
		}
	}
	cfg := tui.Config{
		Live: s.Live, Actor: s.Actor, Renderer: s.Renderer, Theme: theme, Remote: true, Do: s.Do,
		HostKey: s.Fingerprint, Opening: []string{welcome(s)},
		Commands: Commands(),
	}
	if s.Actor.Person == "" {
		cfg.Name = s.Name // "Guest 3"
	}
	if h := s.host; h != nil {
		cfg.Presence, cfg.Frames, cfg.Styles = h.pres, h.frames, h.styles.forTerminal(s.Renderer)
		if s.Actor.Person != "" {
			if d := h.drafts.claim(s.Actor.Person); d != nil {
				cfg.Drafts = d
			}
		}
	}
	m := tui.New(cfg)
	m.Update(tea.WindowSizeMsg{Width: s.Width, Height: s.Height})
	return m
}

// welcome is the first line a screen shows. Every guest gets the same
// words, so their screens can share one drawing; each guest's number is at
// the top.
func welcome(s *Session) string {
	role := s.Live.Snapshot(s.Actor).State.RoleOf(s.Actor)
	hello := "Welcome"
	if first := strings.Fields(s.Name); len(first) > 0 && s.Actor.Person != "" {
		hello += ", " + first[0]
	}
	switch {
	case s.Guest > 0 && s.Actor.Person != "":
		return hello + ". The chair has admitted you: you are taking part as " + prose.Article(string(role)) + ". Press ? for help."
	case s.Actor.Person == "":
		return hello + ". You are watching as an observer. If the chair knows you, they can let you take part under your own name: tell them your guest number, at the top. Press ? for help."
	}
	return hello + ". You are taking part as " + prose.Article(string(role)) + ". Press ? for help."
}
