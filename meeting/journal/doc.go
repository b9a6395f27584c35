// Package journal is gyda's append-only, durable event log: one file per
// meeting, usually GROUP/meetings/YYYY-MM-DD-slug/journal.jsonl.
//
// The journal knows nothing about meeting events. Each record carries an
// opaque JSON payload that the meeting package encodes and decodes itself.
//
// # Format
//
// The file is JSON lines. The first line is a header,
//
//	{"schema":"gyda.journal","version":2,"crc":C,"meta":{...}}
//
// where meta is whatever the caller passed to [Create] (the meeting keeps its
// group, agenda and roster snapshot there, so a journal alone is enough to
// replay a meeting) and crc the CRC-32 (Castagnoli) of the meta bytes as
// they appear on the line: a changed quorum rule or roster is refused like
// a changed event. A version 1 header, written by an older gyda, has no
// crc and is read as it is. Every later line is one record,
//
//	{"seq":N,"crc":C,"event":{...}}
//
// with seq counting 1, 2, 3, ... without gaps, and crc the CRC-32
// (Castagnoli) of the event bytes exactly as they appear on the line. Events
// are written as compact JSON, so a record never spans lines. Records are
// written with exactly this key order and spacing; a line in any other shape
// is not a record.
//
// # Durability
//
// [Journal.Append] writes all the lines of one call with a single write and
// returns only after fsync. If the write or the fsync fails, the journal is
// failed for good: that Append and every later one return the same
// [*WriteError], which says how many events are safe. Nothing is retried
// behind the caller's back.
//
// Only one process may write a journal at a time. [Create] and [Open] take a
// lock on the file PATH.lock (flock(2) where the system has it, so a lock
// left by a killed gyda never blocks the next one); a second writer gets a
// [*LockedError], which matches [ErrLocked].
//
// # Damage
//
// A crash can leave the last line half written. [Open] treats any defect
// confined to the last line (no newline at the end, not a record, a checksum
// that does not match, the wrong sequence number) as such a torn tail: it
// copies the whole file aside to PATH.torn-UNIXNANOS, fsyncs the copy, cuts
// the file back to the end of the last good line, fsyncs it, and reports
// what it did in a [*Repair]. A flipped bit in the last line is therefore
// repaired, not refused; the copy keeps the original bytes.
//
// Any defect before the last line (a damaged header, a bad line, a checksum
// that does not match, a missing or repeated sequence number), or a journal
// written by a newer gyda, makes [Open] and [Read] fail with a
// [*CorruptError] naming the line, and nothing on disk is changed.
//
// [Read] never writes and takes no lock. It leaves out a torn last line,
// returning the same records [Open] would keep after its repair; [Inspect]
// does the same and also describes the torn tail.
//
// A [Follower] reads a journal as another gyda writes it (gyda room
// follows a meeting this way): it too never writes, repairs or locks, and
// each [Follower.More] hands over only the whole, good lines appended
// since the last. A last line not whole or not good yet is taken as not
// yet written and read again next time, so a half-written record is never
// seen.
package journal
