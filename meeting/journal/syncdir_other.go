//go:build !unix

package journal

// syncDir does nothing: on Windows a directory cannot be opened for fsync
// (NTFS journals directory changes itself).
func syncDir(dir string) error { return nil }
