package history

import (
	"context"
	"encoding/json"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// The audit page in a real browser: headless Chromium with axe-core
// (installed by .ci/run, as for the HTML minutes), checking WCAG 2.2 A and
// AA and axe's best practices. Skipped on a machine without them, and a
// failure in CI (CI=true).

const auditAxeRunner = `<script>
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

func TestAuditPassesAxeInChromium(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a browser")
	}
	bin := browserTool(t)
	axeJS := axeLibrary(t)
	dir := t.TempDir()
	if keep := os.Getenv("GYDA_KEEP"); keep != "" {
		dir = keep
	}

	// A page axe must fault, so a harness that checks nothing cannot pass.
	bad := filepath.Join(dir, "bad.html")
	if err := os.WriteFile(bad, []byte(`<!DOCTYPE html><html><head><title>x</title></head><body><svg><rect width="9" height="9"/></svg><img src="x.png"></body></html>`), 0o644); err != nil {
		t.Fatal(err)
	}
	if r := auditAxe(t, bin, axeJS, bad); len(r.Violations) == 0 {
		t.Fatal("axe found nothing wrong with a page without a language or alt text: the harness is not working")
	}

	a, _ := fixtureAudit(t, Period{})
	page := filepath.Join(dir, "audit.html")
	if err := os.WriteFile(page, a.HTML(), 0o644); err != nil {
		t.Fatal(err)
	}
	r := auditAxe(t, bin, axeJS, page)
	if r.Passes == 0 {
		t.Error("axe passed no rule at all")
	}
	for _, v := range r.Violations {
		t.Errorf("axe: %s (%s, %s): %s", v.ID, v.Impact, v.Help, strings.Join(v.Nodes, " | "))
	}
	shot := filepath.Join(dir, "audit.png")
	browser(t, bin, "--screenshot="+shot, "--window-size=1200,2400", "file://"+page)
	if fi, err := os.Stat(shot); err != nil || fi.Size() == 0 {
		t.Errorf("no screenshot: %v", err)
	}
}

type auditAxeResult struct {
	Error      string `json:"error"`
	Passes     int    `json:"passes"`
	Violations []struct {
		ID     string   `json:"id"`
		Impact string   `json:"impact"`
		Help   string   `json:"help"`
		Nodes  []string `json:"nodes"`
	} `json:"violations"`
}

func auditAxe(t *testing.T, bin, axeJS, page string) auditAxeResult {
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
	harness := string(src[:i]) + "<script>" + string(lib) + "</script>\n" + auditAxeRunner + string(src[i:])
	hpath := strings.TrimSuffix(page, ".html") + ".axe.html"
	if err := os.WriteFile(hpath, []byte(harness), 0o644); err != nil {
		t.Fatal(err)
	}
	dom := browser(t, bin, "--virtual-time-budget=30000", "--dump-dom", "file://"+hpath)
	m := regexp.MustCompile(`(?s)<pre id="axe-result">(.*?)</pre>`).FindSubmatch(dom)
	if m == nil {
		t.Fatalf("axe wrote no result into %s", hpath)
	}
	var r auditAxeResult
	if err := json.Unmarshal([]byte(html.UnescapeString(string(m[1]))), &r); err != nil {
		t.Fatalf("axe result: %v", err)
	}
	if r.Error != "" {
		t.Fatalf("axe failed on %s: %s", page, r.Error)
	}
	return r
}

func browser(t *testing.T, bin string, args ...string) []byte {
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

func browserTool(t *testing.T) string {
	t.Helper()
	for _, n := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	absent(t, "chromium is not installed")
	return ""
}

// axeLibrary finds axe-core's axe.min.js: $GYDA_AXE, then the cache folder
// .ci/run installs it into.
func axeLibrary(t *testing.T) string {
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
	for _, c := range candidates {
		if _, err := os.Stat(c); err == nil {
			return c
		}
	}
	absent(t, "axe-core is not installed")
	return ""
}

func absent(t *testing.T, why string) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s; .ci/run should have installed it", why)
	}
	t.Skipf("%s (.ci/run installs it)", why)
}
