// Package share is the SSH host that lets remote attendees and the
// minute-taker join the chair's live meeting with the ssh client every
// laptop has.
//
// One tea.Program runs per session, styled with a renderer of its own and
// fed by a latest-only mailbox of immutable snapshots through a command
// (Session.Next), never by a loop of Program.Send over every program, so a
// stalled or slow attendee never delays the meeting or anyone else.
//
// Identity comes only from the public key the client proved it holds
// (ssh.Session.PublicKey in the session handler), matched to the roster's
// ssh_keys; the SSH user name plays no part. Guests who give the meeting
// passcode (keyboard-interactive, constant-time compare, back-off per
// address after a wrong one) watch as observers. What anyone may do is
// decided by the meeting, per command, from the state: handing someone the
// chair gives them its rights at once.
//
// Decisions written down:
//
//   - Sessions draw through their own small screen writer instead of
//     Bubble Tea's renderer, which redraws on a 60-a-second ticker in every
//     program: a frame is written when the view changes, only the changed
//     lines, in one write, so 300 idle attendees cost almost nothing.
//   - Light or dark is decided from the theme (or COLORFGBG when the client
//     sends it) without asking the terminal: a terminal that does not answer
//     the background-colour query would otherwise hold up its first screen.
//     An attendee can switch with T.
//   - Bubble Tea's signal handling and panic catching are off (they act on
//     the host process and print on the chair's terminal); suspend and exec
//     messages are dropped; a panic in a session's model, view or commands
//     ends that session with an apology and leaves everyone else running.
//   - A roster person who connects is recorded as arriving remote (if not
//     already here); when their last connection drops they are shown as
//     "connection lost" and recorded as leaving only after the grace period,
//     by a timer here on the host, not in the meeting.
//   - Limits: connections in all and per address, one session per
//     connection, a handshake deadline, six authentication tries, idle and
//     maximum timeouts, keepalives and a write-stall timeout, typing and
//     command rates, line and name lengths, window sizes. Exec, subsystems
//     (sftp), port forwarding both ways, agent and X11 forwarding are
//     refused.
package share
