package minutes

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// inCI reports whether the tests run in CI, where .ci/run has installed
// the outside programs the tests use.
func inCI() bool { return os.Getenv("CI") == "true" }

// needTool finds an outside program. When it is missing the test is
// skipped on a developer's machine, and fails in CI, where .ci/run
// installs it.
func needTool(t *testing.T, names ...string) string {
	t.Helper()
	for _, n := range names {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	missing(t, strings.Join(names, " or ")+" is not installed")
	return ""
}

func missing(t *testing.T, why string) {
	t.Helper()
	if inCI() {
		t.Fatalf("%s; .ci/run should have installed it", why)
	}
	t.Skipf("%s (it is installed by .ci/run; this test fails in CI without it)", why)
}

// needAxe finds axe-core's axe.min.js: $GYDA_AXE, then the cache folder
// .ci/run installs it into, then npm's global folder.
func needAxe(t *testing.T) string {
	t.Helper()
	var candidates []string
	if p := os.Getenv("GYDA_AXE"); p != "" {
		candidates = append(candidates, p)
	}
	cache := os.Getenv("XDG_CACHE_HOME")
	if cache == "" {
		if home, err := os.UserHomeDir(); err == nil {
			cache = filepath.Join(home, ".cache")
		}
	}
	if cache != "" {
		candidates = append(candidates, filepath.Join(cache, "gyda-ci", "node_modules", "axe-core", "axe.min.js"))
	}
	if out, err := exec.Command("npm", "root", "-g").Output(); err == nil {
		candidates = append(candidates, filepath.Join(strings.TrimSpace(string(out)), "axe-core", "axe.min.js"))
	}
	for _, c := range candidates {
		if _, err := os.Stat(c); err == nil {
			return c
		}
	}
	missing(t, "axe-core's axe.min.js is not installed (looked in "+strings.Join(candidates, ", ")+")")
	return ""
}

// keepDir is where a test keeps what a person should look at
// (screenshots, PDFs): $GYDA_KEEP if set, else a temporary folder.
func keepDir(t *testing.T) string {
	t.Helper()
	if d := os.Getenv("GYDA_KEEP"); d != "" {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		return d
	}
	return t.TempDir()
}
