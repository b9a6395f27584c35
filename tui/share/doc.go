// Package share is the SSH host that lets remote attendees and the
// minute-taker join the chair's live meeting with the ssh client every
// laptop has.
//
// Every attendee gets the one screen, the chair's own (tui.Model, made by
// Screen), whatever mode the chair's laptop runs in: the meeting as they may
// see it, with the keys their role allows. The host keeps only the SSH
// side: identity, limits, sessions and the fan-out.
//
// One tea.Program runs per session, styled with a renderer of its own;
// its screen reads a latest-only mailbox of immutable snapshots through a
// command, never a loop of Program.Send over every program, so a stalled
// or slow attendee never delays the meeting or anyone else.
//
// A session is let in through named stages chained in one place
// (Host.handler): recover, need a terminal, identify, register, run the
// screen.
//
// Identity comes only from the public key the client proved it holds
// (ssh.Session.PublicKey in the session handler), matched to the roster's
// ssh_keys; the SSH user name plays no part. Guests who give the meeting
// passcode (keyboard-interactive, constant-time compare, back-off after a
// wrong one) watch as observers. What anyone may do is decided by the
// meeting, per command, from the state: handing someone the chair gives
// them its rights at once.
//
// Guessing the passcode. It has nine random digits (10^9 values). A
// wrong one is explained to the guest ("That passcode is not right; ask
// the chair for today's passcode."), and holds back the next check from
// the same network (an IPv4 address, or an IPv6 /64) by 1 s, then 2, 4,
// 8, 16 and at most 30 s for each further wrong one in a row; meanwhile
// that network's checks take turns however many connections it opens. A
// guess that must wait is held and checked when its turn comes (the guest
// is told how long, and why), or, if that is after the 20 s handshake
// deadline, refused with how long to wait. A right passcode from the
// network forgives it at once, so one typo on a venue's shared Wi-Fi
// holds others there up for a second, not a minute. All networks
// together: every wrong passcode spends from one bucket (2 a second after
// a burst of 100, golang.org/x/time/rate); while it is empty, networks
// that have guessed wrong wait for it, and are told that many wrong
// passcodes are being tried. A network that has not guessed wrong is
// checked at once whatever others do, so a flood of guesses never turns
// a real guest away or tells them an untruth. The bound, with the default
// limits: from one network, at most one guess on each connection it may
// have in its handshake at once (32) before the first wrong one counts, 5
// more in the next 31 s, then one each 30 s: at most 158 in the first
// hour and 120 an hour after (TestGuessesPerHourBound), plus another 32
// after each right passcode from that network. From all networks
// together, at most 7,300 an hour from networks that have guessed before,
// plus one from each network that has not: 87,000 over a 12-hour meeting
// from a thousand networks, a chance of 1 in 11,000 of finding the
// passcode. (With six digits it would be 1 in 11: keep nine.)
//
// Connections that never log in cannot keep anyone out (see budget): a
// new connection waits, holding no place, for its first word; then it has
// a handshake place of its own, apart from the places for people, until
// it logs in (20 s) and then until it opens its terminal (10 s). When
// those places are full the connection that has got least far, and of
// those the one heard from least recently, makes way for the newcomer,
// from the busiest address first. Places for people keep one for each
// roster person with a key, so guests can never fill them all. The chair
// is told what the limits turned away in one line a minute at most
// ("Refused 412 connections from 37 addresses in the last minute (...)"),
// and of guests joining and leaving a line each only while they are few
// (10 at once, then one each 6 s), the rest in the same minute's line.
//
// Decisions written down:
//
//   - Sessions draw through their own small screen writer instead of
//     Bubble Tea's renderer, which redraws on a 60-a-second ticker in every
//     program: a frame is written when the view changes, only the changed
//     lines, in one write, so 300 idle attendees cost almost nothing.
//   - What sessions share, the host keeps once: each frame that several
//     screens would draw alike (frames.go: three hundred guests in one
//     window size need one drawing of each snapshot), the styles of each
//     terminal kind and theme, and who has lost their connection
//     (tui.Presence, shown on every screen, the laptop's too).
//   - Light or dark is decided from the theme (or COLORFGBG when the client
//     sends it) without asking the terminal: a terminal that does not answer
//     the background-colour query would otherwise hold up its first screen.
//     An attendee can switch with T.
//   - Bubble Tea's signal handling and panic catching are off (they act on
//     the host process and print on the chair's terminal); suspend and exec
//     messages are dropped; a panic in a session's model, view or commands
//     ends that session with an apology and leaves everyone else running.
//   - Admitting a guest. Most volunteers have no SSH key in the roster, so
//     each passcode guest gets a number ("Guest 3", at the top of their
//     screen) and the chair is told "Guest 3 joined with the passcode
//     from 10.0.0.5; admit them with: admit 3 NAME". "admit" is the host's
//     own command, not the meeting's: Host.Do takes it from whoever holds
//     the chair (a remote chair's command line goes through Session.Do to
//     Host.Do; the chair's laptop passes its typed lines through Host.Do
//     while sharing) and hands anything else to the meeting. Host.Admit
//     binds the session to the roster person, from the chair's word only
//     (never from anything the guest typed), records their arrival as a key
//     login does, and makes the guest's screen again with the
//     ModelFactory, since a screen's actor is fixed when it is made; the
//     old screen's commands are dropped (their messages carry the
//     screen's generation). Someone already connected cannot be admitted
//     again. Guests share one drawing of the screen and each puts in their
//     own number, so numbering them costs nothing in fan-out.
//   - A roster person who connects is recorded as arriving remote (if not
//     already here); when their last connection drops they are shown as
//     "connection lost" and recorded as leaving only after the grace period,
//     by a timer here on the host, not in the meeting. An admitted guest
//     is treated the same.
//   - Limits: connections waiting for their first word, handshakes and
//     logged-in connections, each in all and per address, connections per
//     roster person, one session per connection, deadlines to log in and
//     to open a session, six authentication tries, idle and maximum
//     timeouts, keepalives and a write-stall timeout, typing and
//     command rates, line and name lengths, window sizes. Exec, subsystems
//     (sftp), port forwarding both ways, agent and X11 forwarding are
//     refused.
package share
