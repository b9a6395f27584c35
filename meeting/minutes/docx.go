package minutes

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Docx writes the minutes as a Word document (WordprocessingML in a zip,
// written with the standard library): real Heading 1 to 4 styles, real
// bulleted lists, tables with a repeating header row and alternative text,
// the document title and language in its properties, Arial 12pt (18pt for
// large print), left-aligned, on A4. The easy-read summary comes first,
// as in the HTML. The zip's times are the meeting's, so the same journal
// always gives the same bytes.
func Docx(m *Model, large bool) ([]byte, error) { return renderDocx(m, minutesDoc(m, true), large) }

func renderDocx(m *Model, d document, large bool) ([]byte, error) {
	stamp := m.Ended
	if stamp.IsZero() {
		stamp = m.Opened
	}
	parts := []struct{ name, body string }{
		{"[Content_Types].xml", docxContentTypes},
		{"_rels/.rels", docxRels},
		{"docProps/core.xml", docxCore(d, stamp)},
		{"word/document.xml", docxDocument(d, large)},
		{"word/styles.xml", docxStyles(d.tag, large)},
		{"word/numbering.xml", docxNumbering},
		{"word/_rels/document.xml.rels", docxDocumentRels},
	}
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	for _, p := range parts {
		w, err := z.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: stamp.UTC()})
		if err != nil {
			return nil, fmt.Errorf("write minutes.docx: %w", err)
		}
		if _, err := w.Write([]byte(p.body)); err != nil {
			return nil, fmt.Errorf("write minutes.docx: %w", err)
		}
	}
	if err := z.Close(); err != nil {
		return nil, fmt.Errorf("write minutes.docx: %w", err)
	}
	return buf.Bytes(), nil
}

const (
	xmlHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
	wordNS    = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
)

const docxContentTypes = xmlHeader + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
	`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
	`<Default Extension="xml" ContentType="application/xml"/>` +
	`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
	`<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
	`<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>` +
	`<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
	`</Types>`

const docxRels = xmlHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
	`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
	`</Relationships>`

const docxDocumentRels = xmlHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
	`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>` +
	`</Relationships>`

const docxNumbering = xmlHeader + `<w:numbering xmlns:w="` + wordNS + `">` +
	`<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>` +
	`<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/>` +
	`<w:pPr><w:ind w:left="426" w:hanging="426"/></w:pPr><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/></w:rPr></w:lvl>` +
	`</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`

// docxCore is the document's properties: its title, language and date.
func docxCore(d document, stamp time.Time) string {
	when := stamp.UTC().Format("2006-01-02T15:04:05Z")
	return xmlHeader + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"` +
		` xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"` +
		` xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
		`<dc:title>` + xmlText(d.title) + `</dc:title>` +
		`<dc:creator>gyda</dc:creator>` +
		`<dc:language>` + d.tag + `</dc:language>` +
		`<dcterms:created xsi:type="dcterms:W3CDTF">` + when + `</dcterms:created>` +
		`<dcterms:modified xsi:type="dcterms:W3CDTF">` + when + `</dcterms:modified>` +
		`</cp:coreProperties>`
}

// The A4 page, in twentieths of a point.
const (
	pageWidth  = 11906
	pageHeight = 16838
)

// docxLayout is the body text size (in half-points, as in docxStyles) and
// the page margins (in twentieths of a point): 12pt with 2.54cm margins,
// or for large print 18pt with 1.5cm margins, so a table of five columns
// still has room for its words.
type docxLayout struct{ body, margin int }

func layoutFor(large bool) docxLayout {
	if large {
		return docxLayout{body: 36, margin: 850}
	}
	return docxLayout{body: 24, margin: 1440}
}

// width is the width between the margins.
func (l docxLayout) width() int { return pageWidth - 2*l.margin }

func docxDocument(d document, large bool) string {
	lay := layoutFor(large)
	var b strings.Builder
	b.WriteString(xmlHeader + `<w:document xmlns:w="` + wordNS + `"><w:body>`)
	for _, bl := range d.blocks {
		switch bl.kind {
		case headingBlock:
			docxPara(&b, "Heading"+strconv.Itoa(bl.level), bl.lines)
		case paraBlock:
			docxPara(&b, docxStyleFor(bl.class), bl.lines)
		case listBlock:
			style := "ListBullet"
			if bl.class == "easy-read" {
				style = "EasyReadList"
			}
			for _, item := range bl.items {
				docxPara(&b, style, item)
			}
		case tableBlock:
			docxTable(&b, bl.table, lay)
		case sectionEndBlock:
			// The easy-read summary has its pages; the minutes start afresh.
			b.WriteString(`<w:p><w:r><w:br w:type="page"/></w:r></w:p>`)
		}
	}
	fmt.Fprintf(&b, `<w:sectPr><w:pgSz w:w="%d" w:h="%d"/><w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>`,
		pageWidth, pageHeight, lay.margin, lay.margin, lay.margin, lay.margin)
	b.WriteString(`</w:body></w:document>`)
	return b.String()
}

// docxStyleFor is the paragraph style for a block's class.
func docxStyleFor(class string) string {
	switch class {
	case "decision", "action":
		return "Decision"
	case "decision provisional":
		return "DecisionProvisional"
	case "easy-read":
		return "EasyRead"
	}
	return ""
}

// docxPara writes a paragraph whose lines are separated by line breaks.
func docxPara(b *strings.Builder, style string, lines []line) {
	b.WriteString("<w:p>")
	if style != "" {
		b.WriteString(`<w:pPr><w:pStyle w:val="` + style + `"/></w:pPr>`)
	}
	for i, l := range lines {
		if i > 0 {
			b.WriteString("<w:r><w:br/></w:r>")
		}
		docxRuns(b, l, false)
	}
	b.WriteString("</w:p>")
}

func docxRuns(b *strings.Builder, l line, bold bool) {
	for _, r := range l {
		if r.text == "" {
			continue
		}
		b.WriteString("<w:r>")
		if r.strong || bold || r.em || r.lang != "" {
			b.WriteString("<w:rPr>")
			if r.strong || bold {
				b.WriteString("<w:b/><w:bCs/>")
			}
			if r.em {
				b.WriteString("<w:i/><w:iCs/>")
			}
			if r.lang != "" {
				b.WriteString(`<w:lang w:val="` + r.lang + `"/>`)
			}
			b.WriteString("</w:rPr>")
		}
		b.WriteString(`<w:t xml:space="preserve">` + xmlText(r.text) + "</w:t></w:r>")
	}
}

// docxTable writes a table: a header row that repeats on each page, the
// caption as the table's alternative text, columns across the page (see
// columnWidths).
func docxTable(b *strings.Builder, t *table, lay docxLayout) {
	widths := columnWidths(t, lay)
	fmt.Fprintf(b, `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="%d" w:type="dxa"/>`, lay.width())
	b.WriteString(`<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>`)
	b.WriteString(`<w:tblCaption w:val="` + xmlText(t.caption.plainText()) + `"/></w:tblPr><w:tblGrid>`)
	for _, w := range widths {
		fmt.Fprintf(b, `<w:gridCol w:w="%d"/>`, w)
	}
	b.WriteString(`</w:tblGrid>`)
	row := func(cells []line, header bool) {
		b.WriteString("<w:tr>")
		if header {
			b.WriteString("<w:trPr><w:tblHeader/></w:trPr>")
		}
		for i, c := range cells {
			fmt.Fprintf(b, `<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>`, widths[i])
			if header {
				b.WriteString(`<w:shd w:val="clear" w:color="auto" w:fill="F3F2F1"/>`)
			}
			b.WriteString(`</w:tcPr><w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr>`)
			docxRuns(b, c, header)
			b.WriteString("</w:p></w:tc>")
		}
		b.WriteString("</w:tr>")
	}
	row(t.head, true)
	for _, r := range t.rows {
		row(r, false)
	}
	b.WriteString("</w:tbl>")
	// A paragraph after a table keeps tables apart and gives Word a place
	// to put the cursor.
	b.WriteString(`<w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr></w:p>`)
}

// columnWidths shares the page's width between a table's columns: each
// column first gets room for its longest word (so "10:00" and "Arrived"
// never break, even in large print), then the rest of the width goes in
// proportion to t.widths.
func columnWidths(t *table, lay docxLayout) []int {
	n := len(t.head)
	columnWidth := lay.width()
	charWidth := lay.body * 6 // a bold character is about 0.6em; a half-point is 10 twips
	const padding = 260       // the cell's margins and a little air
	mins, weights := make([]int, n), make([]int, n)
	minTotal, weightTotal := 0, 0
	for i := range n {
		longest := 0
		for _, row := range append([][]line{t.head}, t.rows...) {
			for _, w := range strings.Fields(row[i].plainText()) {
				longest = max(longest, utf8.RuneCountInString(w))
			}
		}
		mins[i] = longest*charWidth + padding
		weights[i] = 1
		if i < len(t.widths) {
			weights[i] = t.widths[i]
		}
		minTotal += mins[i]
		weightTotal += weights[i]
	}
	widths := make([]int, n)
	spare := columnWidth - minTotal
	for i := range n {
		if spare <= 0 { // not enough room for every word: share it out
			widths[i] = columnWidth * mins[i] / minTotal
		} else {
			widths[i] = mins[i] + spare*weights[i]/weightTotal
		}
	}
	return widths
}

// docxStyles is the style sheet: Arial, black, left-aligned; body 12pt
// (18pt in large print); Heading 1 to 4 in bold, larger, kept with the
// next paragraph, with outline levels so they make the navigation pane and
// a PDF's bookmarks.
func docxStyles(lang string, large bool) string {
	body, h := 24, [4]int{40, 32, 28, 24} // half-points
	if large {
		body, h = 36, [4]int{56, 48, 42, 36}
	}
	sz := func(n int) string { return fmt.Sprintf(`<w:sz w:val="%d"/><w:szCs w:val="%d"/>`, n, n) }
	var b strings.Builder
	b.WriteString(xmlHeader + `<w:styles xmlns:w="` + wordNS + `">`)
	b.WriteString(`<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:eastAsia="Arial" w:hAnsi="Arial" w:cs="Arial"/>`)
	b.WriteString(`<w:color w:val="000000"/>` + sz(body) + `<w:lang w:val="` + lang + `" w:eastAsia="` + lang + `" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>`)
	b.WriteString(`<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="300" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr></w:pPrDefault></w:docDefaults>`)
	b.WriteString(`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>`)
	for i, size := range h {
		n := strconv.Itoa(i + 1)
		before := 360
		if i == 0 {
			before = 0
		}
		fmt.Fprintf(&b, `<w:style w:type="paragraph" w:styleId="Heading%s"><w:name w:val="heading %s"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>`+
			`<w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="%d" w:after="120"/><w:outlineLvl w:val="%d"/></w:pPr>`+
			`<w:rPr><w:b/><w:bCs/>%s</w:rPr></w:style>`, n, n, before, i, sz(size))
	}
	b.WriteString(`<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:qFormat/>` +
		`<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:spacing w:after="80"/><w:ind w:left="426" w:hanging="426"/></w:pPr></w:style>`)
	b.WriteString(`<w:style w:type="paragraph" w:customStyle="1" w:styleId="Decision"><w:name w:val="Decision"/><w:basedOn w:val="Normal"/><w:qFormat/>` +
		`<w:pPr><w:keepLines/><w:pBdr><w:left w:val="single" w:sz="24" w:space="8" w:color="000000"/></w:pBdr><w:ind w:left="227"/></w:pPr></w:style>`)
	b.WriteString(`<w:style w:type="paragraph" w:customStyle="1" w:styleId="DecisionProvisional"><w:name w:val="Decision (provisional)"/><w:basedOn w:val="Decision"/><w:qFormat/>` +
		`<w:pPr><w:pBdr><w:left w:val="dashed" w:sz="24" w:space="8" w:color="000000"/></w:pBdr></w:pPr></w:style>`)
	fmt.Fprintf(&b, `<w:style w:type="paragraph" w:customStyle="1" w:styleId="EasyRead"><w:name w:val="Easy Read"/><w:basedOn w:val="Normal"/><w:qFormat/>`+
		`<w:pPr><w:spacing w:after="200" w:line="360" w:lineRule="auto"/></w:pPr><w:rPr>%s</w:rPr></w:style>`, sz(body+2))
	fmt.Fprintf(&b, `<w:style w:type="paragraph" w:customStyle="1" w:styleId="EasyReadList"><w:name w:val="Easy Read List"/><w:basedOn w:val="ListBullet"/><w:qFormat/>`+
		`<w:pPr><w:spacing w:after="120" w:line="360" w:lineRule="auto"/></w:pPr><w:rPr>%s</w:rPr></w:style>`, sz(body+2))
	b.WriteString(`<w:style w:type="paragraph" w:customStyle="1" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:qFormat/>` +
		`<w:pPr><w:spacing w:before="40" w:after="40" w:line="264" w:lineRule="auto"/></w:pPr></w:style>`)
	b.WriteString(`<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>` +
		`<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>`)
	b.WriteString(`<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/>` +
		`<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders>`)
	for _, side := range []string{"top", "left", "bottom", "right", "insideH", "insideV"} {
		b.WriteString(`<w:` + side + ` w:val="single" w:sz="4" w:space="0" w:color="000000"/>`)
	}
	b.WriteString(`</w:tblBorders></w:tblPr></w:style>`)
	b.WriteString(`</w:styles>`)
	return b.String()
}

// xmlText escapes text for XML, replacing characters XML cannot hold.
func xmlText(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s)) // a strings.Builder never fails
	return b.String()
}
