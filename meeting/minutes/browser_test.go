package minutes

import (
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gyda/gyda/meeting/internal/browsertest"
)

// TestHTMLPassesAxeInChromium loads each HTML page, in each language and
// print size, in headless Chromium with axe-core and fails on any
// violation. It takes a screenshot of each page (set GYDA_KEEP=DIR to
// keep them and look).
func TestHTMLPassesAxeInChromium(t *testing.T) {
	browsertest.SkipOutsideTool(t, "starts a browser")
	bin := browsertest.Chromium(t)
	axeJS := browsertest.Axe(t)
	dir, keep := t.TempDir(), browsertest.KeepDir(t)
	browsertest.CheckHarness(t, bin, axeJS, dir)

	for _, gl := range goldenLanguages {
		m := fixedModel(t, gl.lang)
		files, err := Render("html", m)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			name := gl.dir + "-" + f.Name
			page := filepath.Join(dir, name)
			if err := os.WriteFile(page, f.Data, 0o644); err != nil {
				t.Fatal(err)
			}
			browsertest.Check(t, bin, axeJS, page, name)
			shot := filepath.Join(keep, strings.TrimSuffix(name, ".html")+".png")
			browsertest.Screenshot(t, bin, page, shot, 1200, 1600)
			checkPNG(t, shot, 1200, 1600)
		}
	}
	t.Logf("screenshots in %s", keep)
}

func checkPNG(t *testing.T, path string, w, h int) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("no screenshot: %v", err)
	}
	defer f.Close()
	cfg, err := png.DecodeConfig(f)
	if err != nil {
		t.Fatalf("screenshot %s: %v", path, err)
	}
	if cfg.Width != w || cfg.Height != h {
		t.Errorf("screenshot %s is %dx%d", path, cfg.Width, cfg.Height)
	}
}
