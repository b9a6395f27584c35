// Package tui is the chair's screen: a full-screen Bubble Tea program that
// shows a live meeting (where we are in the agenda and how much time is
// left, whether the meeting is quorate and balanced, who is here, who is
// waiting to speak and why, what has been decided) and takes the chair's
// keys and typed commands.
//
// The same root model serves the chair's own laptop and every remote
// session over SSH, whatever mode the laptop runs in: New takes the actor,
// a per-session lipgloss renderer and the live meeting, and offers only
// what the actor's current role permits (recomputed from every snapshot,
// so handing the chair over mid-meeting changes the keys at once).
//
// What the screen shows is only the meeting as its viewer may see it: its
// snapshots come from Live.Subscribe and Live.Snapshot for its actor, with
// what they may not see already taken out by the meeting (see the table in
// package meeting), so no drawing here can reach it. Where the view has
// nothing (a guest's view has no one's kind), the screen draws around it:
// a guest's people pane lists names, without groups by kind; a confidential
// item says its notes are shown only to the chair and the minute-taker.
//
// Design:
//
//   - The root model (model.go) delegates to one child per file: header,
//     quorum line, alerts, people, vote, queue, record, status line, command line,
//     help, break screen, start screen, end flow, action form, card chooser,
//     the item-closing go-round and the leave confirmation. Whatever is
//     open over the meeting (a question, a picker, the help, the end flow,
//     a form, the command line...) is an overlay (overlay.go): Model.top
//     is the one place that decides which is on top, and the root asks
//     that one for the keys, the help line, the body and the text field.
//   - Views are pure functions of (snapshot, local UI state, width,
//     height). The frame is rendered once per change and cached, so View
//     itself does nothing but return it. With Config.Frames (the SSH
//     host's), screens with nothing of their own open share one drawing
//     of each frame (FrameKey says what it depends on); a guest puts their
//     own number into the shared frame's top line (ViewLines).
//   - A remote screen's styles and text fields cost little: styles are
//     built once for each theme and terminal kind and shared
//     (Config.Styles), and a text field is made when first used.
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
//
// Keys (KeyMap; ? shows them all, generated from the bindings). A verb is
// on the same key on every screen, for every role that may use it, and
// off (hidden, doing nothing) for everyone else; no key means anything
// else anywhere (verbKeys is the table, TestEveryVerbOnTheSameKey holds
// every screen to it):
//
//	:  command line (every verb; tab completes verbs and names, ↑/↓ history)
//	s  give the floor to the next in the queue     f  the speaker has finished
//	h  add someone to the queue (a member: raise or lower their own hand)
//	i  someone arrived        b  break (a member: ask for one)   r  resume
//	n  next item: first names who has not been heard and offers a go-round
//	d  decision   a  action (a form: owner, due date, what)   t  note
//	p  off-the-record note    c  card (a member: red, yellow or green)
//	e  end: what is left undone, reflection, end, then the minutes
//	u  undo: names the last thing recorded and asks before taking it back
//	x  correct or strike an entry, picked from the record
//	v  a visitor (not in the roster)    m  every message said so far
//	[ ]  scroll the item's record       enter  to the meeting (start screen)
//	ctrl+c  leave: asks first while the meeting has not ended; q leaves
//	        too once it has ended, and on a remote screen (asking first)
//	T  light or dark colours, on a remote screen (the laptop has --theme)
//	+ - 0  while a vote is open: a member's own vote (for, against,
//	       abstain; changeable until it closes); on the chair's and the
//	       minute-taker's screens, the command line opened with "for ",
//	       "against " or "abstain " for the names of those in the room
//	1-9  in a secret ballot, on the screen of a member joining remotely
//	     who has not voted: the candidate with that number, asked first
//	     ("Vote for NAME? y/n"); off once they have voted
//
// The help line keeps the keys that fit, most needed first (the chair's :,
// ? and e always); the full help lists only the keys and commands the
// actor may use now (wait only on the rehearsal clock, --clock sim).
//
// Decisions written down here:
//
//   - The start screen shows on the chair's laptop for a meeting nobody has
//     arrived at; it gives way to the meeting when enter is pressed or the
//     meeting gets going (next item, a break, a speaker). The meeting is
//     already open when it shows (gyda opens it on start), so enter says
//     "to the meeting", and the screen gives the day and time it opened,
//     with the agenda's planned ones only when they differ. Suggestions
//     for today's roles come from Config.Suggestions (the rotation
//     history), or else from who is trained.
//   - Keys never carry out anything a typed command could not: each is a
//     command given through meeting.Live, which checks the role again.
//   - Several runes arriving at once (fast typing) are taken one by one, so
//     ":arrive si" opens the command line for the rest; pasted text goes
//     only into a text field, never to the single keys. Where a text field
//     is open, runes arriving at once are text, never the name of a key
//     ("end", "left", "tab", "enter" sent by dictation, a braille display
//     or a slow link): they are marked as pasted, which no binding matches.
//   - A line that is refused closes, so the next key is a key again and
//     not more text, and is kept as typed: the status says why, and ":"
//     opens it again as it was (saying so): enter carries it out, editing
//     keys edit it, and typing replaces it (it goes into the history), so
//     a new command is never added to the end of an old one. A key that
//     starts a line (h, i, d, t, p, v) always starts it afresh.
//   - A name or a date that most likely meant something else (a surname's
//     start, a near miss, a date without a year) is asked about in a
//     y/n dialog, with the line yes carries out; a declaration without
//     its item asks which item, from the agenda.
//   - Undo asks first, naming what it takes back, and asks again if
//     something was recorded meanwhile.
//   - Every status message goes into a log (m); when the status line has
//     no room for all of a message it says so ("+1 more: m shows all").
//     A ":" typed or pasted at the start of the open line is ignored: it
//     is the habit of opening the line, not part of a command.
//   - What is being typed (the command line, the action form, the
//     reflection) is kept in Config.Drafts 300ms after typing pauses (on
//     the laptop in a file, atomically; for a remote person in the host's
//     memory), and cleared at once when it is carried out; a new screen
//     on the same meeting, for the same person, puts it back.
//   - The vote pane (vote.go), above the speaking queue, draws only
//     meeting.State.VotingLines of the viewer's view (the running counts
//     reach only those who may see them) and, for a member joining
//     remotely, the candidates of a secret ballot numbered for the keys;
//     a closed vote's result stays until the next item. A secret ballot
//     is never kept on the screen: not in the command line's history,
//     not in a draft (meeting.Secret).
//   - end typed on the command line goes through the end flow, as e does.
//   - People who came and have gone are listed apart ("Left: Tom Hughes
//     (16:08)"), never as not here yet.
//   - The quorum line wraps onto a second line rather than cutting a
//     number off; a list item too wide for its line (a name with its
//     access needs) wraps at its spaces. On a narrow screen with no room
//     for everyone's markers, the people are listed by name.
//   - What has the keys is always seen: on a window too small for an
//     open dialog (the action form, a question, the leave question) the
//     header, quorum line and status give way to it until it closes.
//   - The status line shows the meeting's own lines (meeting.Describe,
//     which says whose turn a red card or "speak NAME" ended), telling
//     those who may not resume that the chair will. It takes two lines
//     (three on a tall screen) when a message needs them.
//   - "Not heard" is asked about only after an item where someone had the
//     floor; ending the meeting first lists the items not reached, who has
//     the floor and the hands still up.
//   - The record of an item shows decisions first, then actions, then
//     declarations and notes; off-the-record notes are shown as such.
//   - A shared meeting (Config.Share) shows how to join in one header line
//     for as long as it runs ("Sharing: ADDRESS · passcode N · key
//     SHA256:…", the fingerprint cut to fit), and whole in the help.
//   - If the journal cannot be written, the screen closes (SaveError) so
//     the chair can be offered another folder; nothing is pretended.
package tui
