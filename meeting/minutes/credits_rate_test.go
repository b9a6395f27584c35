package minutes

import (
	"encoding/csv"
	"strings"
	"testing"
	"time"

	"github.com/gyda/gyda/roster"
)

// credits.csv counts time credits at the group's credits_per_hour, as gyda
// credits does.
func TestCreditsCSVUsesTheGroupsRate(t *testing.T) {
	for rate, want := range map[float64]string{0: "2", 1: "2", 1.5: "3"} {
		m := &Model{Language: "en", Date: time.Date(2026, 12, 3, 10, 0, 0, 0, time.UTC), CreditsPerHour: rate,
			Present: []Attendee{{Name: "Rhys Evans", Kind: roster.Carer, Hours: 2}, {Name: "Aled Price", Kind: roster.Staff, Hours: 2}}}
		var credits []byte
		for _, f := range CSV(m) {
			if f.Name == "credits.csv" {
				credits = f.Data
			}
		}
		rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(string(credits), "\ufeff"))).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != 2 || rows[1][1] != "Rhys Evans" || rows[1][len(rows[1])-1] != want {
			t.Errorf("rate %v: credits.csv %q; want Rhys Evans with %s credits", rate, rows, want)
		}
	}
}
