//go:build unix

package journal

import "os"

// syncDir fsyncs a directory, so that a file just created in it (or
// renamed into it) survives a crash.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	err = d.Sync()
	if cerr := d.Close(); err == nil {
		err = cerr
	}
	return err
}
