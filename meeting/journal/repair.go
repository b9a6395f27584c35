package journal

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/gyda/gyda/internal/atomicfile"
)

// Repair reports that Open cut a torn last line off a journal.
type Repair struct {
	// TornBytes is how many bytes were cut from the end of the file.
	TornBytes int
	// CopyPath is where the whole file, as it was before the cut, was
	// copied (PATH.torn-UNIXNANOS).
	CopyPath string
	// Line is the 1-based number of the line that was cut.
	Line int
	// Reason says what was wrong with that line.
	Reason string
}

// repair copies data (the whole journal as read) aside, then truncates f
// to tail.Offset and fsyncs it. If the copy cannot be made durable, the
// journal is not touched.
func repair(path string, f *os.File, data []byte, tail *Tail) (*Repair, error) {
	copyPath, err := writeCopy(path, data, time.Now().UnixNano())
	if err != nil {
		return nil, fmt.Errorf("repair journal %s: copy it aside before cutting its torn last line: %w", path, err)
	}
	if err := f.Truncate(tail.Offset); err != nil {
		return nil, fmt.Errorf("repair journal %s: cut its torn last line (a copy is in %s): %w", path, copyPath, err)
	}
	if err := f.Sync(); err != nil {
		return nil, fmt.Errorf("repair journal %s: fsync after cutting its torn last line (a copy is in %s): %w", path, copyPath, err)
	}
	return &Repair{TornBytes: tail.Bytes, CopyPath: copyPath, Line: tail.Line, Reason: tail.Reason}, nil
}

// writeCopy writes data to a new file PATH.torn-STAMP (the time in
// nanoseconds since 1970, counted on when a file of that name exists),
// fsyncs it and its directory, and returns its path.
func writeCopy(path string, data []byte, stamp int64) (string, error) {
	for {
		name := path + ".torn-" + strconv.FormatInt(stamp, 10)
		f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if errors.Is(err, fs.ErrExist) {
			stamp++
			continue
		}
		if err != nil {
			return "", err
		}
		if _, err = f.Write(data); err != nil {
			f.Close()
		} else {
			err = syncClose(f)
		}
		if err == nil {
			err = atomicfile.SyncDir(filepath.Dir(name))
		}
		if err != nil {
			os.Remove(name)
			return "", err
		}
		return name, nil
	}
}
