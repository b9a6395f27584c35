package journal

// file is what a Journal needs from the file it appends to. *os.File
// satisfies it; tests substitute a file that fails part-way to see what a
// full disk or a failing fsync leaves behind.
type file interface {
	Write(p []byte) (n int, err error)
	Sync() error
	Close() error
}

// syncer is a file or directory to fsync and close; *os.File satisfies
// it, and tests substitute one whose fsync fails.
type syncer interface {
	Sync() error
	Close() error
}

// syncClose fsyncs f and closes it, and returns the first failure: a
// failed fsync is not hidden by a close that works.
func syncClose(f syncer) error {
	err := f.Sync()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}
