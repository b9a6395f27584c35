package minutes

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"testing"
	"time"

	"github.com/gyda/gyda/meeting/internal/browsertest"
)

// TestDocxOpensInLibreOffice converts Word minutes (English normal print,
// bilingual large print) to PDF with LibreOffice: proof that the file
// opens. The PDF must have pages and bookmarks, which LibreOffice makes
// from real headings. Set GYDA_KEEP=DIR to keep the PDFs.
func TestDocxOpensInLibreOffice(t *testing.T) {
	browsertest.SkipOutsideTool(t, "starts LibreOffice")
	soffice := browsertest.NeedTool(t, "soffice", "libreoffice")
	dir, keep := t.TempDir(), browsertest.KeepDir(t)
	for _, c := range []struct {
		lang  string
		large bool
		name  string
	}{{"en", false, "en-minutes"}, {"en+cy", true, "en-cy-minutes-large-print"}} {
		data, err := Docx(fixedModel(t, c.lang), c.large)
		if err != nil {
			t.Fatal(err)
		}
		docx := filepath.Join(dir, c.name+".docx")
		if err := os.WriteFile(docx, data, 0o644); err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
		cmd := exec.CommandContext(ctx, soffice, "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
			"--headless", "--norestore", "--convert-to", "pdf", "--outdir", keep, docx)
		cmd.Env = append(os.Environ(), "HOME="+dir)
		out, err := cmd.CombinedOutput()
		cancel()
		if err != nil {
			t.Fatalf("LibreOffice could not convert %s: %v\n%s", c.name, err, out)
		}
		pdf, err := os.ReadFile(filepath.Join(keep, c.name+".pdf"))
		if err != nil {
			t.Fatalf("LibreOffice wrote no PDF: %v\n%s", err, out)
		}
		if !bytes.HasPrefix(pdf, []byte("%PDF-")) {
			t.Fatalf("%s.pdf is not a PDF", c.name)
		}
		pages := len(regexp.MustCompile(`/Type\s*/Page[^s]`).FindAll(pdf, -1))
		if pages < 3 {
			t.Errorf("%s.pdf has %d pages", c.name, pages)
		}
		if !bytes.Contains(pdf, []byte("/Outlines")) {
			t.Errorf("%s.pdf has no bookmarks: LibreOffice did not see the headings", c.name)
		}
		t.Logf("%s.pdf: %d pages, in %s", c.name, pages, keep)
	}
}
