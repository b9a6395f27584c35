package journal

import (
	"bytes"
	"encoding/json"
	"fmt"
	"hash/crc32"
	"strconv"
)

const (
	// Schema is the value of the header's "schema" field.
	Schema = "gyda.journal"
	// Version is the format version this package writes. It reads this
	// one and version 1 (written by an older gyda: its header has no
	// checksum).
	Version = 2
)

// Header is the first line of a journal.
type Header struct {
	// Schema is always "gyda.journal".
	Schema string `json:"schema"`
	// Version is the format version; this package reads versions 1 and 2.
	Version int `json:"version"`
	// CRC is the CRC-32 (Castagnoli) of Meta exactly as stored (version 2
	// on; version 1 has none).
	CRC uint32 `json:"crc"`
	// Meta is the caller's JSON, as given to Create (compacted).
	Meta json.RawMessage `json:"meta"`
}

// Record is one event in a journal.
type Record struct {
	// Seq is the record's sequence number: 1 for the first, then one more
	// for each record.
	Seq uint64
	// Event is the event's JSON, exactly as stored.
	Event json.RawMessage
}

// The fixed parts of a record line: {"seq":N,"crc":C,"event":E}.
const (
	seqPrefix   = `{"seq":`
	crcPrefix   = `,"crc":`
	eventPrefix = `,"event":`
)

// checksum returns the CRC-32 (Castagnoli) of b. MakeTable returns the
// same shared, read-only table on every call.
func checksum(b []byte) uint32 {
	return crc32.Checksum(b, crc32.MakeTable(crc32.Castagnoli))
}

// The fixed parts of a header line (version 2 on):
// {"schema":"gyda.journal","version":2,"crc":C,"meta":M}.
const (
	headerPrefix = `{"schema":"` + Schema + `","version":`
	metaPrefix   = `,"meta":`
)

// appendHeader appends the header line, with its newline, to dst. meta must
// already be compact JSON. Its checksum covers meta's bytes as stored.
func appendHeader(dst, meta []byte) []byte {
	dst = append(dst, headerPrefix...)
	dst = strconv.AppendInt(dst, Version, 10)
	dst = append(dst, crcPrefix...)
	dst = strconv.AppendUint(dst, uint64(checksum(meta)), 10)
	dst = append(dst, metaPrefix...)
	dst = append(dst, meta...)
	return append(dst, "}\n"...)
}

// appendRecord appends one record line, with its newline, to dst. event
// must already be compact JSON.
func appendRecord(dst []byte, seq uint64, event []byte) []byte {
	dst = append(dst, seqPrefix...)
	dst = strconv.AppendUint(dst, seq, 10)
	dst = append(dst, crcPrefix...)
	dst = strconv.AppendUint(dst, uint64(checksum(event)), 10)
	dst = append(dst, eventPrefix...)
	dst = append(dst, event...)
	return append(dst, "}\n"...)
}

// compactJSON appends the compact form of src to buf, or returns an error
// (and leaves buf as it was) if src is not one valid JSON value.
func compactJSON(buf *bytes.Buffer, src []byte) error {
	n := buf.Len()
	if err := json.Compact(buf, src); err != nil {
		buf.Truncate(n)
		return err
	}
	if buf.Len() == n {
		return fmt.Errorf("empty JSON")
	}
	return nil
}

// parseHeader decodes and checks the header line, or returns why not.
// From version 2 on the line has one fixed shape and a checksum of its
// meta, like a record: a changed setup (a quorum rule, the roster) is
// refused, never replayed. A version 1 header (an older gyda's) has no
// checksum and is read as it is.
func parseHeader(line []byte) (Header, string) {
	var h Header
	if err := json.Unmarshal(line, &h); err != nil {
		return Header{}, "the header line is not valid: " + err.Error()
	}
	if h.Schema != Schema {
		return Header{}, fmt.Sprintf("this is not a gyda journal (the header's schema is %q, not %q)", h.Schema, Schema)
	}
	switch {
	case h.Version > Version:
		return Header{}, fmt.Sprintf("this journal was written by a newer gyda (journal version %d; this gyda reads up to version %d): update gyda", h.Version, Version)
	case h.Version < 1:
		return Header{}, fmt.Sprintf("the header's version %d is not valid", h.Version)
	case h.Version == 1:
		h.CRC = 0
		return h, ""
	}
	rest, ok := bytes.CutPrefix(line, []byte(headerPrefix))
	if ok {
		_, rest, ok = cutNumber(rest, 32)
	}
	if ok {
		rest, ok = bytes.CutPrefix(rest, []byte(crcPrefix))
	}
	var crc uint64
	if ok {
		crc, rest, ok = cutNumber(rest, 32)
	}
	if ok {
		rest, ok = bytes.CutPrefix(rest, []byte(metaPrefix))
	}
	var meta []byte
	if ok {
		meta, ok = bytes.CutSuffix(rest, []byte("}"))
	}
	if !ok {
		return Header{}, "the header line is not in the shape gyda writes: the file was changed or damaged"
	}
	if uint32(crc) != checksum(meta) {
		return Header{}, "the header's checksum does not match: the meeting's setup (its rules, agenda or roster) was changed or damaged"
	}
	return h, ""
}

// parseRecord decodes one record line (without its newline) and checks its
// checksum and that its sequence number is want. It returns the event
// bytes, sharing line's memory, or why the line is not a good record.
func parseRecord(line []byte, want uint64) (json.RawMessage, string) {
	rest, ok := bytes.CutPrefix(line, []byte(seqPrefix))
	if !ok {
		if len(line) == 0 {
			return nil, "the line is empty"
		}
		return nil, "the line is not a journal record"
	}
	seq, rest, ok := cutNumber(rest, 64)
	if !ok {
		return nil, "the record's sequence number is not valid"
	}
	if rest, ok = bytes.CutPrefix(rest, []byte(crcPrefix)); !ok {
		return nil, "the line is not a journal record (no checksum)"
	}
	crc, rest, ok := cutNumber(rest, 32)
	if !ok {
		return nil, "the record's checksum is not a valid number"
	}
	if rest, ok = bytes.CutPrefix(rest, []byte(eventPrefix)); !ok {
		return nil, "the line is not a journal record (no event)"
	}
	event, ok := bytes.CutSuffix(rest, []byte("}"))
	if !ok || len(event) == 0 {
		return nil, "the line is not a journal record (it does not end with the event)"
	}
	if uint32(crc) != checksum(event) {
		return nil, "checksum does not match: the file was changed or damaged"
	}
	if !json.Valid(event) {
		return nil, "the event is not valid JSON"
	}
	if seq != want {
		if seq < want {
			return nil, fmt.Sprintf("sequence number %d repeats an earlier record (expected %d)", seq, want)
		}
		return nil, fmt.Sprintf("sequence number %d skips records (expected %d): records are missing", seq, want)
	}
	return event[:len(event):len(event)], ""
}

// cutNumber reads the decimal number, in canonical form (no sign, no
// leading zeros), at the start of b and fitting in bits bits, and returns
// it with the rest of b.
func cutNumber(b []byte, bits int) (uint64, []byte, bool) {
	i := 0
	for i < len(b) && b[i] >= '0' && b[i] <= '9' {
		i++
	}
	if i == 0 || (i > 1 && b[0] == '0') {
		return 0, b, false
	}
	n, err := strconv.ParseUint(string(b[:i]), 10, bits)
	if err != nil {
		return 0, b, false
	}
	return n, b[i:], true
}

// parsed is what parse finds in a journal's bytes.
type parsed struct {
	header  Header
	records []Record
	// good is the length of the intact prefix: the header and every
	// good record, each with its newline.
	good int
	// tail is non-nil when the last line is torn.
	tail *Tail
}

// parse reads a whole journal. Damage confined to the last line is
// reported in tail; any other damage is a *CorruptError naming path.
func parse(path string, data []byte) (parsed, error) {
	corrupt := func(line int, reason string) (parsed, error) {
		return parsed{}, &CorruptError{Path: path, Line: line, Reason: reason}
	}
	if len(data) == 0 {
		return corrupt(1, "the file is empty: gyda stopped while creating this journal, before any event was recorded")
	}
	nl := bytes.IndexByte(data, '\n')
	if nl < 0 {
		return corrupt(1, "the header line is incomplete: gyda stopped while creating this journal, before any event was recorded")
	}
	h, reason := parseHeader(data[:nl])
	if reason != "" {
		return corrupt(1, reason)
	}
	s, err := scan(path, data, nl+1, 2, 1)
	if err != nil {
		return parsed{}, err
	}
	return parsed{header: h, records: s.records, good: s.good, tail: s.tail}, nil
}

// scanned is what scan finds in the record lines of a journal.
type scanned struct {
	records []Record
	good    int   // the offset just past the last good record's newline
	tail    *Tail // non-nil when the last line is torn (or not yet whole)
}

// scan reads the record lines of data from offset off on, the first of
// them line number line and expected to be record seq. A defect in the
// last line is reported in tail (Open repairs it; a Follower waits for
// it); a defect in any earlier line is a *CorruptError naming path.
func scan(path string, data []byte, off, line int, seq uint64) (scanned, error) {
	s := scanned{good: off}
	s.records = make([]Record, 0, bytes.Count(data[off:], []byte{'\n'}))
	for ; off < len(data); line++ {
		rest := data[off:]
		end := bytes.IndexByte(rest, '\n')
		if end < 0 {
			s.tail = &Tail{Line: line, Offset: int64(off), Bytes: len(rest),
				Reason: "the last line is incomplete (it has no newline at the end)"}
			break
		}
		event, reason := parseRecord(rest[:end], seq)
		if reason != "" {
			if off+end+1 == len(data) {
				s.tail = &Tail{Line: line, Offset: int64(off), Bytes: len(rest), Reason: "the last line is damaged: " + reason}
				break
			}
			return scanned{}, &CorruptError{Path: path, Line: line, Reason: reason}
		}
		s.records = append(s.records, Record{Seq: seq, Event: event})
		seq++
		off += end + 1
		s.good = off
	}
	return s, nil
}
