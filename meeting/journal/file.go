package journal

// file is what a Journal needs from the file it appends to. *os.File
// satisfies it; tests substitute a file that fails part-way to see what a
// full disk or a failing fsync leaves behind.
type file interface {
	Write(p []byte) (n int, err error)
	Sync() error
	Close() error
}
