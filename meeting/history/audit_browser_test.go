package history

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/gyda/gyda/meeting/internal/browsertest"
)

// The audit page in a real browser: headless Chromium with axe-core
// (installed by .ci/run, as for the HTML minutes), checking WCAG 2.2 A and
// AA and axe's best practices. Skipped on a machine without them, and a
// failure in CI (CI=true). Set GYDA_KEEP=DIR to keep the screenshot.
func TestAuditPassesAxeInChromium(t *testing.T) {
	browsertest.SkipOutsideTool(t, "starts a browser")
	bin := browsertest.Chromium(t)
	axeJS := browsertest.Axe(t)
	dir, keep := t.TempDir(), browsertest.KeepDir(t)
	browsertest.CheckHarness(t, bin, axeJS, dir)

	a, _ := fixtureAudit(t, Period{})
	page := filepath.Join(dir, "audit.html")
	if err := os.WriteFile(page, a.HTML(), 0o644); err != nil {
		t.Fatal(err)
	}
	browsertest.Check(t, bin, axeJS, page, "audit.html")
	shot := filepath.Join(keep, "audit.png")
	browsertest.Screenshot(t, bin, page, shot, 1200, 2400)
	if fi, err := os.Stat(shot); err != nil || fi.Size() == 0 {
		t.Errorf("no screenshot: %v", err)
	}
}
