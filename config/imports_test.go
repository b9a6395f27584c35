package config

import (
	"io/fs"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// uiImports are the packages that domain code must never depend on.
func uiImports() []string {
	return []string{
		"github.com/charmbracelet/bubbletea",
		"github.com/charmbracelet/lipgloss",
		"github.com/charmbracelet/bubbles",
		"github.com/charmbracelet/wish",
		"github.com/charmbracelet/huh",
		"github.com/gyda/gyda/tui",
	}
}

// TestDomainImportsNoUI fails if config, roster, meeting or internal (and
// the packages under them) depend, directly or not, on a UI package. A
// package that does not exist yet is skipped.
func TestDomainImportsNoUI(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go tool on PATH")
	}
	for _, pkg := range []string{"config", "roster", "meeting", "internal"} {
		dir := filepath.Join("..", pkg)
		if !hasGoFiles(dir) {
			t.Logf("skipping %s: not there yet", pkg)
			continue
		}
		cmd := exec.Command(goTool, "list", "-e", "-deps", "-f", "{{.ImportPath}}", "./"+pkg+"/...")
		cmd.Dir = ".."
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("go list %s: %v", pkg, err)
		}
		for _, dep := range strings.Fields(string(out)) {
			for _, ui := range uiImports() {
				if dep == ui || strings.HasPrefix(dep, ui+"/") {
					t.Errorf("%s depends on the UI package %s", pkg, dep)
				}
			}
		}
	}
}

// hasGoFiles reports whether dir, or a folder under it, holds Go source.
func hasGoFiles(dir string) bool {
	found := false
	filepath.WalkDir(dir, func(_ string, e fs.DirEntry, err error) error {
		if err == nil && !e.IsDir() && strings.HasSuffix(e.Name(), ".go") {
			found = true
			return fs.SkipAll
		}
		return nil
	})
	return found
}
