// Package browsertest is for tests only: it finds the outside programs the
// minutes and audit tests use (Chromium, axe-core, LibreOffice) and checks
// an HTML page in headless Chromium with axe-core, against WCAG 2.2 A and
// AA and axe's best practices.
//
// A missing program skips the test on a developer's machine and fails it
// in CI (CI=true), where .ci/run installs them.
package browsertest

import (
	"context"
	"encoding/json"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// NeedTool finds an outside program by any of its names.
func NeedTool(t testing.TB, names ...string) string {
	t.Helper()
	for _, n := range names {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	Missing(t, strings.Join(names, " or ")+" is not installed")
	return ""
}

// Chromium finds a Chromium (or Chrome) to run headless.
func Chromium(t testing.TB) string {
	t.Helper()
	return NeedTool(t, "chromium", "chromium-browser", "google-chrome")
}

// MutantsEnv is the environment variable scripts/mutants sets (to 1) for
// its runs.
const MutantsEnv = "GYDA_MUTANTS"

// SkipOutsideTool skips a test that checks output with an outside program
// (starting it, what, takes seconds) under go test -short and in mutation
// runs ($GYDA_MUTANTS set, as scripts/mutants does): a mutation run tests
// the package's own rules once per mutant, and these tests check what an
// outside program makes of the output, not the rules. CI sets neither, so
// there they run.
func SkipOutsideTool(t testing.TB, what string) {
	t.Helper()
	if testing.Short() {
		t.Skipf("%s: left out under -short", what)
	}
	if os.Getenv(MutantsEnv) != "" {
		t.Skipf("%s: left out of mutation runs (%s is set)", what, MutantsEnv)
	}
}

// Missing skips the test, or fails it in CI.
func Missing(t testing.TB, why string) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s; .ci/run should have installed it", why)
	}
	t.Skipf("%s (it is installed by .ci/run; this test fails in CI without it)", why)
}

// Axe finds axe-core's axe.min.js: $GYDA_AXE, then the cache folder
// .ci/run installs it into, then npm's global folder.
func Axe(t testing.TB) string {
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
	Missing(t, "axe-core's axe.min.js is not installed (looked in "+strings.Join(candidates, ", ")+")")
	return ""
}

// KeepDir is where a test keeps what a person should look at
// (screenshots, PDFs): $GYDA_KEEP if set, else a temporary folder.
func KeepDir(t testing.TB) string {
	t.Helper()
	if d := os.Getenv("GYDA_KEEP"); d != "" {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		return d
	}
	return t.TempDir()
}

// Run runs headless Chromium with a fresh profile and no network chatter,
// and returns what it printed.
func Run(t testing.TB, bin string, args ...string) []byte {
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

// Screenshot saves a screenshot of page, width by height pixels, to shot.
func Screenshot(t testing.TB, bin, page, shot string, width, height int) {
	t.Helper()
	Run(t, bin, "--screenshot="+shot, "--window-size="+strconv.Itoa(width)+","+strconv.Itoa(height), "file://"+page)
}

// runner runs axe-core on the page it is put into and writes the result
// into the page, as JSON in <pre id="axe-result">, for chromium
// --dump-dom to print.
const runner = `<script>
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

// Result is what axe found on a page.
type Result struct {
	Error      string      `json:"error"`
	Passes     int         `json:"passes"`
	Violations []Violation `json:"violations"`
}

// Violation is one rule a page broke, and the elements that broke it.
type Violation struct {
	ID     string   `json:"id"`
	Impact string   `json:"impact"`
	Help   string   `json:"help"`
	Nodes  []string `json:"nodes"`
}

func (v Violation) String() string {
	return v.ID + " (" + v.Impact + ", " + v.Help + "): " + strings.Join(v.Nodes, " | ")
}

var resultRE = regexp.MustCompile(`(?s)<pre id="axe-result">(.*?)</pre>`)

// RunAxe loads page (a file) with axe-core in headless Chromium and
// returns what axe found. It writes the page with axe added beside it, as
// NAME.axe.html.
func RunAxe(t testing.TB, bin, axeJS, page string) Result {
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
	harness := string(src[:i]) + "<script>" + string(lib) + "</script>\n" + runner + string(src[i:])
	hpath := strings.TrimSuffix(page, ".html") + ".axe.html"
	if err := os.WriteFile(hpath, []byte(harness), 0o644); err != nil {
		t.Fatal(err)
	}
	dom := Run(t, bin, "--virtual-time-budget=30000", "--dump-dom", "file://"+hpath)
	m := resultRE.FindSubmatch(dom)
	if m == nil {
		t.Fatalf("axe wrote no result into %s", hpath)
	}
	var r Result
	if err := json.Unmarshal([]byte(html.UnescapeString(string(m[1]))), &r); err != nil {
		t.Fatalf("axe result: %v", err)
	}
	if r.Error != "" {
		t.Fatalf("axe failed on %s: %s", page, r.Error)
	}
	return r
}

// CheckHarness runs axe on a page it must fault (no language, an image
// without alt text, a chart without a name, a table without headers), so a harness that checks
// nothing cannot pass. dir is where the page is written.
func CheckHarness(t testing.TB, bin, axeJS, dir string) {
	t.Helper()
	bad := filepath.Join(dir, "bad.html")
	page := `<!DOCTYPE html><html><head><title>x</title></head><body><svg><rect width="9" height="9"/></svg><img src="x.png"><table><tr><td>a</td></tr></table></body></html>`
	if err := os.WriteFile(bad, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	if r := RunAxe(t, bin, axeJS, bad); len(r.Violations) == 0 {
		t.Fatal("axe found nothing wrong with a page without a language or alt text: the harness is not working")
	}
}

// Check runs axe on page and reports each violation as an error, named
// by label; it fails too when axe passed no rule at all.
func Check(t testing.TB, bin, axeJS, page, label string) {
	t.Helper()
	r := RunAxe(t, bin, axeJS, page)
	if r.Passes == 0 {
		t.Errorf("%s: axe passed no rule at all", label)
	}
	for _, v := range r.Violations {
		t.Errorf("%s: axe: %s", label, v)
	}
}
