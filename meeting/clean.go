package meeting

import "github.com/gyda/gyda/config/text"

// Clean removes from typed text everything that could take over someone
// else's screen or hide what the text says (see text.Clean, the one
// cleaner). Text is cleaned on the way in, and again on the way out.
func Clean(s string) string { return text.Clean(s) }
