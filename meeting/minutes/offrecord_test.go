package minutes

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOffRecordNeverPublished writes every format in every language and
// greps every file (a Word file's every part, unzipped) for the
// off-the-record note, the confidential item's note and a volunteer's
// expense claim (expenses are personal: they go to the organisers' export,
// never into the minutes).
func TestOffRecordNeverPublished(t *testing.T) {
	setup, events := fixedMeeting(t)
	var recorded bool
	for _, e := range events {
		if strings.Contains(e.Text, offRecordText) {
			recorded = true
		}
	}
	if !recorded {
		t.Fatal("the fixed meeting has no off-the-record note to look for")
	}
	for _, gl := range goldenLanguages {
		setup.Group.Minutes.Language = gl.lang
		m, err := Build(setup, events)
		if err != nil {
			t.Fatal(err)
		}
		dir := t.TempDir()
		paths, err := WriteFiles(dir, m, Formats())
		if err != nil {
			t.Fatal(err)
		}
		if len(paths) != 13 {
			t.Errorf("%d files written: %v", len(paths), paths)
		}
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			text := publishedText(t, p, data)
			for _, secret := range []string{"crisis", "last winter", "bus driver", "in confidence", "4.50", "bus fare", "baglan"} {
				if strings.Contains(strings.ToLower(text), secret) {
					t.Errorf("%s (%s) contains %q from a note that is off the record or confidential", filepath.Base(p), gl.lang, secret)
				}
			}
			if !strings.Contains(text, "Dafydd ap Gwilym") {
				t.Errorf("%s: cannot find a name in the file, so the grep proves nothing", filepath.Base(p))
			}
		}
	}
}

// publishedText is all the text of a file, a Word file's parts unzipped.
func publishedText(t *testing.T, path string, data []byte) string {
	t.Helper()
	if !strings.HasSuffix(path, ".docx") {
		return string(data)
	}
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, f := range z.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(rc)
		rc.Close()
		b.Write(body)
	}
	return b.String()
}
