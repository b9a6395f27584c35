// Package tui is the chair's screen: a full-screen Bubble Tea program that
// shows a live meeting (where we are in the agenda and how much time is
// left, whether the meeting is quorate and balanced, who is here, who is
// waiting to speak and why, what has been decided) and takes the chair's
// keys and typed commands.
//
// The same root model serves the chair's own laptop and every remote
// session over SSH: New takes the actor, a per-session lipgloss renderer
// and the live meeting, and offers only what the actor's current role
// permits (recomputed from every snapshot, so handing the chair over
// mid-meeting changes the keys at once).
//
// Design:
//
//   - The root model (model.go) delegates to one child per file: header,
//     quorum line, alerts, people, queue, record, status line, command line,
//     help, break screen, start screen, end flow, action form, card chooser,
//     the item-closing go-round and the leave confirmation.
//   - Views are pure functions of (snapshot, local UI state, width,
//     height). The frame is rendered once per change and cached, so View
//     itself does nothing but return it.
//   - There is no package-level mutable state: every session builds its own
//     Styles from its own renderer (NewStyles) and its own KeyMap.
//   - Live updates come from the actor's mailbox: a Cmd waits for the next
//     snapshot and is issued again after each one. A one-second tick runs
//     only while a clock is on screen and the meeting runs on the real clock.
//   - Meaning is never carried by colour alone: every state has words or a
//     marker ("NOT quorate", "[remote]", "▶ next", "PROVISIONAL").
//   - The theme is chosen without asking the terminal (a terminal that does
//     not answer the background-colour query must not delay anyone): "auto"
//     is dark unless COLORFGBG says the background is light.
package tui
