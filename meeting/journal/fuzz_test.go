package journal

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// FuzzOpen feeds arbitrary bytes to Inspect, Read and Open. None may
// panic. Either they agree that the file is corrupt (and it is left
// unchanged), or they return contiguous, valid records, Open keeps exactly
// the records Read returns, and the repaired journal takes appends.
func FuzzOpen(f *testing.F) {
	var good []byte
	good = appendHeader(good, []byte(`{"group":"test"}`))
	for i := 1; i <= 4; i++ {
		good = appendRecord(good, uint64(i), event(i))
	}
	f.Add(good)
	f.Add(good[:len(good)-1])
	f.Add(good[:len(good)-30])
	f.Add(append(bytes.Clone(good), "garbage"...))
	f.Add(append(bytes.Clone(good), "\n"...))
	flipped := bytes.Clone(good)
	flipped[lineStart(flipped, 3)+40] ^= 0x08
	f.Add(flipped)
	flippedLast := bytes.Clone(good)
	flippedLast[len(flippedLast)-5] ^= 0x01
	f.Add(flippedLast)
	f.Add(appendHeader(nil, []byte("null")))
	f.Add(good[:lineStart(good, 2)-1])
	f.Add([]byte{})
	f.Add([]byte("\n"))
	f.Add([]byte(`{"schema":"gyda.journal","version":2,"meta":{}}` + "\n"))
	f.Add(appendRecord(appendHeader(nil, []byte("{}")), 2, []byte(`{}`)))
	f.Add(append(appendHeader(nil, []byte("{}")), `{"seq":1,"crc":0,"event":}`+"\n"...))

	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(t.TempDir(), "journal.jsonl")
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		_, recs, tail, ierr := Inspect(path)
		_, rrecs, rerr := Read(path)
		if (ierr == nil) != (rerr == nil) || len(recs) != len(rrecs) {
			t.Fatalf("Inspect = %d, %v; Read = %d, %v", len(recs), ierr, len(rrecs), rerr)
		}
		j, _, orecs, rep, oerr := Open(path)
		if ierr != nil {
			var ie, oe *CorruptError
			if !errors.As(ierr, &ie) || !errors.As(oerr, &oe) || *ie != *oe {
				t.Fatalf("Inspect = %v, Open = %v; want the same *CorruptError", ierr, oerr)
			}
			if got, _ := os.ReadFile(path); !bytes.Equal(got, data) {
				t.Fatal("Open changed a corrupt journal")
			}
			return
		}
		if oerr != nil {
			t.Fatalf("Inspect succeeded but Open = %v", oerr)
		}
		defer j.Close()

		good := len(data)
		if tail != nil {
			good = int(tail.Offset)
			if good+tail.Bytes != len(data) || data[good-1] != '\n' || tail.Reason == "" {
				t.Fatalf("tail %+v in %d bytes", tail, len(data))
			}
		}
		for i, r := range recs {
			if r.Seq != uint64(i+1) || !json.Valid(r.Event) || bytes.IndexByte(r.Event, '\n') >= 0 {
				t.Fatalf("record %d: %d %q", i, r.Seq, r.Event)
			}
			if !bytes.Equal(r.Event, orecs[i].Event) || r.Seq != orecs[i].Seq || !bytes.Equal(r.Event, rrecs[i].Event) {
				t.Fatalf("record %d differs between Inspect, Read and Open", i)
			}
		}
		if len(orecs) != len(recs) || (rep != nil) != (tail != nil) {
			t.Fatalf("Open: %d records, repair %+v; Inspect: %d records, tail %+v", len(orecs), rep, len(recs), tail)
		}
		if got, _ := os.ReadFile(path); !bytes.Equal(got, data[:good]) {
			t.Fatal("Open left something other than the good prefix")
		}
		if rep != nil {
			if got, _ := os.ReadFile(rep.CopyPath); !bytes.Equal(got, data) {
				t.Fatal("the copy aside differs from the original")
			}
		}
		next := uint64(len(recs) + 1)
		if seq, err := j.Append(json.RawMessage(`{"k":"fuzz"}`)); err != nil || seq != next {
			t.Fatalf("Append = %d, %v; want %d", seq, err, next)
		}
		if _, after, err := Read(path); err != nil || len(after) != len(recs)+1 {
			t.Fatalf("Read after Append = %d records, %v", len(after), err)
		}
	})
}
