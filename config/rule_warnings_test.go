package config

import (
	"slices"
	"strings"
	"testing"

	"github.com/gyda/gyda/roster"
)

// A quorum the roster can never meet is warned of, on both sides of the
// boundary: a quorum of exactly the people who count (staff, people who
// use services and carers, not retired; guests never count) is met by all
// of them, one more never is; the same for the lived-experience minimum.
// Each warning names the file, the line and the key.
func TestRuleWarningsWhenTheRosterCanNeverMeetTheQuorum(t *testing.T) {
	r, err := roster.New([]roster.Person{
		{ID: "sian", Name: "Siân Davies", Kind: roster.PersonUsingServices},
		{ID: "dafydd", Name: "Dafydd ap Gwilym", Kind: roster.Carer},
		{ID: "aled", Name: "Aled Price", Kind: roster.Staff},
		{ID: "gwen", Name: "Gwen Guest", Kind: roster.Guest},
		{ID: "olwen", Name: "Olwen Old", Kind: roster.Carer, Retired: true},
	})
	if err != nil {
		t.Fatal(err)
	}
	const src = "name = \"x\"\n[quorum]\nmin_present = 9\nmin_lived_experience = 9\n"
	tests := []struct {
		name           string
		present, lived int
		want           []string // the keys warned of
	}{
		{"exactly the three who count, two of lived experience", 3, 2, nil},
		{"one more than count", 4, 2, []string{"quorum.min_present"}},
		{"one more of lived experience than there are", 3, 3, []string{"quorum.min_lived_experience"}},
		{"both", 4, 3, []string{"quorum.min_present", "quorum.min_lived_experience"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := DefaultGroup()
			g.Quorum.MinPresent, g.Quorum.MinLivedExperience = tt.present, tt.lived
			got := RuleWarnings("group.toml", src, g, r)
			var keys []string
			for _, w := range got {
				_, rest, _ := strings.Cut(w, ": ")
				key, _, _ := strings.Cut(rest, ": ")
				keys = append(keys, key)
			}
			if !slices.Equal(keys, tt.want) {
				t.Fatalf("warnings %q; want the keys %q", got, tt.want)
			}
			for _, w := range got {
				line := map[bool]string{true: "group.toml:3: ", false: "group.toml:4: "}[strings.Contains(w, "min_present")]
				if !strings.HasPrefix(w, line) {
					t.Errorf("warning %q does not start %q", w, line)
				}
			}
		})
	}
	if got := RuleWarnings("group.toml", "", func() Group { g := DefaultGroup(); g.Quorum.MinPresent = 4; return g }(), r); len(got) != 1 || !strings.HasPrefix(got[0], "group.toml:1: quorum.min_present: the quorum needs 4 members present, but the roster has 3 who count") {
		t.Errorf("a key not written in the file (line 1, where a default is set): %q", got)
	}
}
