package minutes

import (
	"context"
	"encoding/json"
	"html"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// axeRunner runs axe-core on the page it is put into and writes the
// result into the page, as JSON in <pre id="axe-result">, for
// chromium --dump-dom to print. It checks WCAG 2.2 A and AA and axe's
// best practices.
const axeRunner = `<script>
axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}})
.then(function (r) {
  var out = {passes: r.passes.length, violations: r.violations.map(function (v) {
    return {id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(function (n) { return n.html; })};
  })};
  var pre = document.createElement('pre');
  pre.id = 'axe-result';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
}, function (e) {
  var pre = document.createElement('pre');
  pre.id = 'axe-result';
  pre.textContent = JSON.stringify({error: String(e)});
  document.body.appendChild(pre);
});
</script>
`

type axeResult struct {
	Error      string `json:"error"`
	Passes     int    `json:"passes"`
	Violations []struct {
		ID     string   `json:"id"`
		Impact string   `json:"impact"`
		Help   string   `json:"help"`
		Nodes  []string `json:"nodes"`
	} `json:"violations"`
}

var axeResultRE = regexp.MustCompile(`(?s)<pre id="axe-result">(.*?)</pre>`)

// chromium runs headless Chromium with a fresh profile and no network
// chatter.
func chromium(t *testing.T, bin string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
		"--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + t.TempDir()}
	cmd := exec.CommandContext(ctx, bin, append(base, args...)...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("chromium %v: %v\n%s", args, err, stderr.String())
	}
	return out
}

// runAxe loads page with axe-core in headless Chromium and returns what
// axe found.
func runAxe(t *testing.T, bin, axeJS, page string) axeResult {
	t.Helper()
	src, err := os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	lib, err := os.ReadFile(axeJS)
	if err != nil {
		t.Fatal(err)
	}
	i := strings.LastIndex(string(src), "</body>")
	if i < 0 {
		t.Fatalf("%s has no </body>", page)
	}
	harness := string(src[:i]) + "<script>" + string(lib) + "</script>\n" + axeRunner + string(src[i:])
	hpath := strings.TrimSuffix(page, ".html") + ".axe.html"
	if err := os.WriteFile(hpath, []byte(harness), 0o644); err != nil {
		t.Fatal(err)
	}
	dom := chromium(t, bin, "--virtual-time-budget=30000", "--dump-dom", "file://"+hpath)
	m := axeResultRE.FindSubmatch(dom)
	if m == nil {
		t.Fatalf("axe wrote no result into %s", hpath)
	}
	var r axeResult
	if err := json.Unmarshal([]byte(html.UnescapeString(string(m[1]))), &r); err != nil {
		t.Fatalf("axe result: %v", err)
	}
	if r.Error != "" {
		t.Fatalf("axe failed on %s: %s", page, r.Error)
	}
	return r
}

// TestHTMLPassesAxeInChromium loads each HTML page, in each language and
// print size, in headless Chromium with axe-core and fails on any
// violation. It takes a screenshot of each page (set GYDA_KEEP=DIR to
// keep them and look).
func TestHTMLPassesAxeInChromium(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a browser")
	}
	bin := needTool(t, "chromium", "chromium-browser", "google-chrome")
	axeJS := needAxe(t)
	dir, keep := t.TempDir(), keepDir(t)

	// First a page axe must fault, so a harness that checks nothing
	// cannot pass.
	bad := filepath.Join(dir, "bad.html")
	if err := os.WriteFile(bad, []byte(`<!DOCTYPE html><html><head><title>x</title></head><body><img src="x.png"><table><tr><td>a</td></tr></table></body></html>`), 0o644); err != nil {
		t.Fatal(err)
	}
	if r := runAxe(t, bin, axeJS, bad); len(r.Violations) == 0 {
		t.Fatal("axe found nothing wrong with a page without a language or alt text: the harness is not working")
	}

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
			r := runAxe(t, bin, axeJS, page)
			if r.Passes == 0 {
				t.Errorf("%s: axe passed no rule at all", name)
			}
			for _, v := range r.Violations {
				t.Errorf("%s: axe: %s (%s, %s): %s", name, v.ID, v.Impact, v.Help, strings.Join(v.Nodes, " | "))
			}
			shot := filepath.Join(keep, strings.TrimSuffix(name, ".html")+".png")
			chromium(t, bin, "--screenshot="+shot, "--window-size=1200,1600", "file://"+page)
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
