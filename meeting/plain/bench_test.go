package plain

import (
	"strings"
	"testing"
)

func BenchmarkCheckMinutes(b *testing.B) {
	text := strings.Repeat(hardPassage+"\n\n"+plainPassage+"\n\n- The RPB will facilitate it.\n", 50)
	c := demo()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		c.Check(text)
	}
}
