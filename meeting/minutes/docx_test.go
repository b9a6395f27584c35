package minutes

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"
)

// wordElement is any WordprocessingML element, kept whole so a test can
// walk it.
type wordElement struct {
	XMLName  xml.Name
	Attrs    []xml.Attr    `xml:",any,attr"`
	Children []wordElement `xml:",any"`
	Text     string        `xml:",chardata"`
}

func (e *wordElement) attr(local string) string {
	for _, a := range e.Attrs {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// all returns every element below e (and e) with the local name.
func (e *wordElement) all(local string) []*wordElement {
	var out []*wordElement
	var walk func(x *wordElement)
	walk = func(x *wordElement) {
		if x.XMLName.Local == local {
			out = append(out, x)
		}
		for i := range x.Children {
			walk(&x.Children[i])
		}
	}
	walk(e)
	return out
}

func (e *wordElement) child(local string) *wordElement {
	for i := range e.Children {
		if e.Children[i].XMLName.Local == local {
			return &e.Children[i]
		}
	}
	return nil
}

// text is the text of every w:t below e.
func (e *wordElement) text() string {
	var b strings.Builder
	for _, t := range e.all("t") {
		b.WriteString(t.Text)
	}
	return b.String()
}

// unzipDocx opens a Word file and parses each of its XML parts.
func unzipDocx(t *testing.T, data []byte) map[string]*wordElement {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("not a zip: %v", err)
	}
	parts := map[string]*wordElement{}
	for i, f := range z.File {
		if i == 0 && f.Name != "[Content_Types].xml" {
			t.Errorf("first part is %s; [Content_Types].xml comes first", f.Name)
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		body, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		var root wordElement
		if err := xml.Unmarshal(body, &root); err != nil {
			t.Fatalf("%s is not well-formed XML: %v", f.Name, err)
		}
		parts[f.Name] = &root
	}
	return parts
}

func TestDocxIsWordprocessingML(t *testing.T) {
	for _, lang := range []string{"en", "cy", "en+cy"} {
		m := fixedModel(t, lang)
		for _, large := range []bool{false, true} {
			data, err := Docx(m, large)
			if err != nil {
				t.Fatal(err)
			}
			checkDocx(t, m, data, large)
		}
	}
}

func checkDocx(t *testing.T, m *Model, data []byte, large bool) {
	t.Helper()
	parts := unzipDocx(t, data)
	for _, name := range []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
		"word/numbering.xml", "word/_rels/document.xml.rels", "docProps/core.xml"} {
		if parts[name] == nil {
			t.Fatalf("no %s", name)
		}
	}
	// Every part but the content types and the package relationships has
	// its content type.
	overrides := map[string]string{}
	for _, o := range parts["[Content_Types].xml"].all("Override") {
		overrides[o.attr("PartName")] = o.attr("ContentType")
	}
	for name, want := range map[string]string{
		"/word/document.xml":  "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
		"/word/styles.xml":    "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
		"/word/numbering.xml": "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml",
		"/docProps/core.xml":  "application/vnd.openxmlformats-package.core-properties+xml",
	} {
		if overrides[name] != want {
			t.Errorf("content type of %s is %q", name, overrides[name])
		}
	}
	rels := map[string]string{}
	for _, r := range parts["_rels/.rels"].all("Relationship") {
		rels[r.attr("Target")] = r.attr("Type")
	}
	if !strings.HasSuffix(rels["word/document.xml"], "/officeDocument") {
		t.Errorf("the package does not point to word/document.xml: %v", rels)
	}

	// Styles: real Heading 1 and 2, a 12pt body (18pt for large print).
	styles := parts["word/styles.xml"]
	if styles.XMLName.Space != wordNS || styles.XMLName.Local != "styles" {
		t.Fatalf("styles.xml root is %v", styles.XMLName)
	}
	byID := map[string]*wordElement{}
	for _, s := range styles.all("style") {
		byID[s.attr("styleId")] = s
	}
	for i, id := range []string{"Heading1", "Heading2", "Heading3"} {
		s := byID[id]
		if s == nil {
			t.Fatalf("no %s style", id)
		}
		if name := s.child("name").attr("val"); name != "heading "+string(rune('1'+i)) {
			t.Errorf("%s is named %q; Word knows built-in headings by \"heading N\"", id, name)
		}
		if lvl := s.all("outlineLvl"); len(lvl) != 1 || lvl[0].attr("val") != string(rune('0'+i)) {
			t.Errorf("%s has no outline level %d", id, i)
		}
	}
	wantBody := "24"
	if large {
		wantBody = "36"
	}
	defaults := styles.child("docDefaults")
	if sz := defaults.all("sz"); len(sz) != 1 || sz[0].attr("val") != wantBody {
		t.Errorf("body size %v; want %s half-points", sz, wantBody)
	}
	if lang := defaults.all("lang"); len(lang) != 1 || lang[0].attr("val") != languages(m.Language)[0].tag() {
		t.Errorf("document language %v", lang)
	}

	// The document: the title in Heading 1, sections in Heading 2, tables
	// for attendance and actions with a header row and alternative text.
	doc := parts["word/document.xml"]
	body := doc.child("body")
	if body == nil {
		t.Fatal("no w:body")
	}
	counts := map[string]int{}
	var title string
	for _, p := range body.all("p") {
		if ps := p.all("pStyle"); len(ps) > 0 {
			style := ps[0].attr("val")
			if byID[style] == nil {
				t.Errorf("paragraph uses style %q, which styles.xml lacks", style)
			}
			counts[style]++
			if style == "Heading1" {
				title = p.text()
			}
		}
	}
	d := minutesDoc(m, true)
	if counts["Heading1"] != 1 || title != d.title {
		t.Errorf("Heading 1: %d, %q; want one, the title %q", counts["Heading1"], title, d.title)
	}
	if counts["Heading2"] < 10 || counts["ListBullet"] == 0 {
		t.Errorf("styles used: %v", counts)
	}
	tables := body.all("tbl")
	if len(tables) != 2 {
		t.Fatalf("%d tables; want attendance and actions", len(tables))
	}
	for i, tbl := range tables {
		rows := tbl.all("tr")
		if len(rows) < 2 || len(rows[0].all("tblHeader")) != 1 {
			t.Errorf("table %d has no header row", i+1)
		}
		if c := tbl.all("tblCaption"); len(c) != 1 || c[0].attr("val") == "" {
			t.Errorf("table %d has no alternative text", i+1)
		}
		if cols, cells := len(tbl.all("gridCol")), len(rows[0].all("tc")); cols != cells || cols != 5 {
			t.Errorf("table %d: %d grid columns, %d header cells", i+1, cols, cells)
		}
	}
	if got := len(tables[0].all("tr")) - 1; got != len(m.Present) {
		t.Errorf("attendance table has %d rows; %d were present", got, len(m.Present))
	}
	if got := len(tables[1].all("tr")) - 1; got != len(m.Actions) {
		t.Errorf("actions table has %d rows; %d actions", got, len(m.Actions))
	}
	if !strings.Contains(body.text(), "Regional Partnership Board (RPB)") {
		t.Error("the Word minutes do not spell out RPB")
	}

	core := parts["docProps/core.xml"]
	if got := core.child("title"); got == nil || got.Text != d.title {
		t.Errorf("core title %v; want %q", got, d.title)
	}
}
