// Package room is the room screen (gyda room): a large, read-only view
// of the meeting running in a group folder, for a projector, an extended
// display or a video call, read from the back of a room.
//
// What it shows, in plain words and large type: the group and the
// meeting, the current item with its number and lead, the time left on
// it in large digits (and "over by 5 minutes"), who has the floor and who
// is next (names only), the quorum and balance in words and numbers, the
// next break, a break or a red card in large type ("Back at 11:15"), the
// last decision, and how to join (the SSH address and the host key's
// fingerprint while the meeting is shared; the passcode only when
// group.toml's [room] show_passcode says so). Before the start it shows
// the agenda; when no meeting is running it says so and waits for one;
// when the meeting ends it says when, and thanks everyone.
//
// Design:
//
//   - Only what a guest may see. The screen follows the meeting by
//     reading its journal (watch.go): each new record is replayed into
//     the meeting's state with meeting.Apply, as gyda run does, and the
//     screen is given only State.SeenBy(meeting.Actor{}), the meeting as a
//     passcode guest may see it (no off-the-record or confidential notes,
//     access needs, expenses, or anyone's kind). The meeting's own state
//     never leaves the watcher.
//   - Read only. No network, no journal lock, nothing written: a
//     journal.Follower reads only whole, checked lines, and takes a last
//     line still being written as not yet written, so nothing is ever
//     shown half read. A journal damaged before its last line is said on
//     the screen, with the meeting as it stood.
//   - Light. The screen wakes once a second for the clock, and when a
//     file it reads changes: on Linux the kernel says so at once
//     (inotify, through the standard library's syscall package); on
//     other systems the one-second look finds it. A look when nothing
//     changed is a stat of the journal and one of the sharing file. The
//     screen is drawn on those wakes only and View returns the drawing;
//     gyda room redraws the terminal at most four times a second.
//   - Sharing is not part of the meeting, so the journal does not record
//     it: gyda run --share writes GROUP/.gyda/sharing.json (Joining)
//     while it shares, and removes it when it stops.
//   - Large type is the package's own block font (font.go): capitals,
//     digits, punctuation and the accents Welsh needs, drawn a pixel to a
//     cell, twice that (the clock on a big screen), or at half height.
//     Each part of the screen has sizes from largest to smallest, and a
//     screen makes them smaller in an order that keeps what matters most
//     large longest (layout.go), from 80x24 to 250x70 and beyond: the
//     item title and the speaker in the block font, or spaced out to
//     double width, or in ordinary type.
//   - High contrast by default, each theme painting its own background
//     over the whole screen; NO_COLOR gives no styling at all; meaning is
//     never in colour alone ("✗ NOT QUORATE", "over by", "PROVISIONAL").
//   - Words in the group's minutes language (en, cy, or en+cy with Welsh
//     first), from the room's own small table (words.go). What people
//     wrote is never translated.
//   - On the rehearsal clock (--clock sim) the meeting's time moves only
//     in the chair's gyda (wait is not recorded), so the room shows such a
//     meeting at the time of its last event.
//   - When the room starts with no meeting running it waits, even if a
//     meeting ended earlier; a meeting it followed to its end stays on
//     screen until the next one starts.
package room
