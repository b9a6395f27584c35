package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/gyda/gyda/internal/atomicfile"
)

// relocate carries the meeting on in another folder after its journal
// could not be written (a full disk, a pulled USB stick): it copies the
// journal as it stands on disk (everything acknowledged is in it) into
// DIR/<meeting folder name>/, lets go of the old one, and resumes there,
// recording the gap as any resume does.
func (s *session) relocate(dir string) error {
	if dir == "" {
		return fmt.Errorf("no folder given")
	}
	if info, err := os.Stat(dir); err != nil || !info.IsDir() {
		return fmt.Errorf("%q is not a folder here; type the path of a folder that exists", dir)
	}
	newDir := filepath.Join(dir, filepath.Base(s.dir))
	newPath := filepath.Join(newDir, journalName)
	if _, err := os.Stat(newPath); err == nil {
		return fmt.Errorf("%s already holds a meeting journal; choose another folder", newDir)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("check %s: %w", newPath, err)
	}
	data, err := os.ReadFile(s.journal.Path())
	if err != nil {
		return fmt.Errorf("read the journal to copy it: %w", err)
	}
	if err := os.MkdirAll(newDir, 0o755); err != nil {
		return fmt.Errorf("make %s: %w", newDir, err)
	}
	if err := atomicfile.WriteNew(newPath, data, 0o600); err != nil {
		return fmt.Errorf("copy the journal to %s: %w", newDir, err)
	}
	old := s.journal
	next, err := resumeSession(s.group, newPath, s.setup.Clock)
	if err != nil {
		return err
	}
	old.Close()
	next.opening = append([]string{fmt.Sprintf("The meeting carries on in %s; the old folder %s is left as it was.", newDir, s.dir)}, next.opening...)
	*s = *next
	return nil
}
