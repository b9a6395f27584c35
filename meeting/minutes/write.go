package minutes

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Formats lists the formats this gyda can write, in the order they are
// written.
func Formats() []string { return []string{"md"} }

// Render writes the minutes in one format.
func Render(format string, m *Model) ([]byte, error) {
	switch format {
	case "md":
		return Markdown(m), nil
	}
	return nil, fmt.Errorf("minutes format %q is not known; use one of %s", format, strings.Join(Formats(), ", "))
}

// FileName is the file a format is written to.
func FileName(format string) string { return "minutes." + format }

// WriteFiles renders the minutes in each format and writes each file
// atomically into dir, returning the paths written. A file is either
// written whole or not at all.
func WriteFiles(dir string, m *Model, formats []string) ([]string, error) {
	var paths []string
	for _, f := range formats {
		data, err := Render(f, m)
		if err != nil {
			return paths, err
		}
		path := filepath.Join(dir, FileName(f))
		if err := WriteAtomic(path, data); err != nil {
			return paths, err
		}
		paths = append(paths, path)
	}
	return paths, nil
}

// WriteAtomic writes data to path through a temporary file in the same
// folder, fsynced and renamed over path, then fsyncs the folder.
func WriteAtomic(path string, data []byte) error {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name()) // gone already after a successful rename
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: flush to disk: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync() // best effort: not every file system syncs folders
		d.Close()
	}
	return nil
}
