package text

import "strings"

// EscapeMarkdown keeps text from being read as Markdown inside a line:
// emphasis, links, code, HTML and table cells. It is for text that never
// starts a line (after "- ", "> ", "## " or a table's "| "); text that may
// start one wants EscapeMarkdownLine.
func EscapeMarkdown(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune("\\`*_[]<>|", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// EscapeMarkdownLine is EscapeMarkdown for text that may start a line: it
// also escapes a '#', '-', '+' or '=' at the start, where it would begin a
// heading, a list or an underline.
func EscapeMarkdownLine(s string) string {
	if s != "" && strings.ContainsRune("#-+=", rune(s[0])) {
		return `\` + EscapeMarkdown(s)
	}
	return EscapeMarkdown(s)
}
