package config

import (
	"os"
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

// TestDomainImportsNoUI fails if config, roster or meeting (and the
// packages under meeting) depend, directly or not, on a UI package. A
// package that does not exist yet is skipped.
func TestDomainImportsNoUI(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go tool on PATH")
	}
	for _, pkg := range []string{"config", "roster", "meeting"} {
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

// hasGoFiles reports whether dir holds Go source.
func hasGoFiles(dir string) bool {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return false
	}
	for _, e := range entries {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".go") {
			return true
		}
	}
	return false
}
