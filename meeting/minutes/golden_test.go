package minutes

import (
	"archive/zip"
	"bytes"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// goldenLanguages maps each golden folder to the [minutes] language it
// holds.
var goldenLanguages = []struct{ dir, lang string }{
	{"en", "en"},
	{"cy", "cy"},
	{"en-cy", "en+cy"},
}

// TestGolden renders every format of the fixed meeting in every language
// and compares each file with testdata/golden (go test -update rewrites
// them). A Word file is compared as the text of its parts.
func TestGolden(t *testing.T) {
	for _, gl := range goldenLanguages {
		m := fixedModel(t, gl.lang)
		for _, format := range Formats() {
			files, err := Render(format, m)
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range files {
				name, data := f.Name, f.Data
				if strings.HasSuffix(name, ".docx") {
					name, data = name+".txt", docxText(t, data)
				}
				path := filepath.Join("testdata", "golden", gl.dir, name)
				if *update {
					if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(path, data, 0o644); err != nil {
						t.Fatal(err)
					}
					continue
				}
				want, err := os.ReadFile(path)
				if err != nil {
					t.Fatalf("%v (run go test -update to write the golden files)", err)
				}
				if !bytes.Equal(data, want) {
					t.Errorf("%s differs from the golden file; run go test ./meeting/minutes -update and check the diff\n%s",
						path, firstDifference(data, want))
				}
			}
		}
	}
}

// TestRenderIsRepeatable checks the same journal always gives the same
// bytes, Word files included.
func TestRenderIsRepeatable(t *testing.T) {
	a, b := fixedModel(t, "en+cy"), fixedModel(t, "en+cy")
	for _, format := range Formats() {
		fa, _ := Render(format, a)
		fb, _ := Render(format, b)
		for i := range fa {
			if !bytes.Equal(fa[i].Data, fb[i].Data) {
				t.Errorf("%s differs between two renders of the same meeting", fa[i].Name)
			}
		}
	}
}

// docxText is a Word file's parts as text, one part after another, with a
// line break before each paragraph, table row and style so a diff reads.
func docxText(t testing.TB, data []byte) []byte {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("docx is not a zip: %v", err)
	}
	var b bytes.Buffer
	for _, f := range z.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		body, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		s := string(body)
		for _, tag := range []string{"<w:p>", "<w:p ", "<w:tbl>", "<w:tr>", "<w:style ", "<w:sectPr>", "<Override ", "<Relationship ", "<dc:", "<dcterms:"} {
			s = strings.ReplaceAll(s, tag, "\n"+tag)
		}
		b.WriteString("=== " + f.Name + " (" + f.Modified.UTC().Format("2006-01-02T15:04:05Z") + ")\n" + s + "\n")
	}
	return b.Bytes()
}

// firstDifference shows where two files part.
func firstDifference(got, want []byte) string {
	gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := 0; i < len(gl) || i < len(wl); i++ {
		var g, w string
		if i < len(gl) {
			g = gl[i]
		}
		if i < len(wl) {
			w = wl[i]
		}
		if g != w {
			return "line " + strconv.Itoa(i+1) + ":\n got: " + g + "\nwant: " + w
		}
	}
	return ""
}
