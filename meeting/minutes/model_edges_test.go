package minutes

import (
	"strings"
	"testing"

	"github.com/gyda/gyda/meeting"
)

// What the minutes leave out when there is nothing to say, and what they
// say when there is: each on both sides.
func TestMinutesSayOnlyWhatThereIs(t *testing.T) {
	tests := []struct {
		name   string
		edit   func(*meeting.Setup)
		script []string
		has    []string
		hasnt  []string
	}{
		{"nobody came", func(s *meeting.Setup) { s.Agenda.Place, s.Agenda.Online = "", false }, []string{"end"},
			[]string{"Nobody was recorded as present."},
			[]string{"At its fullest", "### In attendance", "0 decisions", "1 decision", "Speaking time", "Orangery", "Online"}},
		{"online only", func(s *meeting.Setup) { s.Agenda.Place, s.Agenda.Online = "", true }, []string{"end"},
			[]string{"\nOnline\n"}, nil},
		{"in the room only", func(s *meeting.Setup) { s.Agenda.Place, s.Agenda.Online = "Orangery", false }, []string{"end"},
			[]string{"\nOrangery\n"}, []string{"online"}},
		{"only a guest spoke", nil, []string{"arrive priya", "speak priya", "wait 2m", "done", "end"},
			[]string{"Speaking time: people with lived experience 0 seconds (0%), staff 0 seconds (0%), guests 2 minutes (100%)."}, nil},
		{"one acronym from the glossary and one not", nil, []string{"arrive sian", "note The RPB asked the QQZ.", "end"},
			[]string{"## Short words used", "- RPB: Regional Partnership Board", "- QQZ: "}, nil},
		{"in the room only, in two languages: the place once", func(s *meeting.Setup) {
			s.Agenda.Place, s.Agenda.Online, s.Group.Minutes.Language = "Orangery", false, "en+cy"
		}, []string{"end"},
			[]string{"\nOrangery\n"}, []string{"Orangery  \nOrangery"}},
		{"a guest, and only staff spoke", nil,
			[]string{"arrive aled", "arrive priya", "speak aled", "wait 2m", "done", "decide Go", "end"},
			[]string{"### In attendance", "- Priya Shah", "1 decision, provisional.", "Speaking time: people with lived experience 0 seconds (0%), staff 2 minutes (100%)."},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			md := string(Markdown(ruleModel(t, tt.edit, tt.script...)))
			for _, want := range tt.has {
				if !strings.Contains(md, want) {
					t.Errorf("the minutes lack %q:\n%s", want, md)
				}
			}
			for _, not := range tt.hasnt {
				if strings.Contains(md, not) {
					t.Errorf("the minutes say %q:\n%s", not, md)
				}
			}
		})
	}
}

func TestMattersArisingOfOneKindOnly(t *testing.T) {
	carried := carriedFromNovember()
	for _, tt := range []struct {
		name       string
		carried    meeting.Carried
		has, hasnt string
	}{
		{"actions only", meeting.Carried{Actions: carried.Actions}, "### Actions from earlier meetings", "### Provisional decisions from earlier meetings"},
		{"decisions only", meeting.Carried{Decisions: carried.Decisions}, "### Provisional decisions from earlier meetings", "### Actions from earlier meetings"},
	} {
		md := string(Markdown(ruleModel(t, func(s *meeting.Setup) { s.Carried = tt.carried }, "end")))
		if !strings.Contains(md, tt.has) || strings.Contains(md, tt.hasnt) {
			t.Errorf("%s:\n%s", tt.name, section(md, "## Matters arising"))
		}
	}
}

// In English an action reads as a sentence ("Aled Price will write ...");
// in Welsh the words are kept as typed.
func TestActionSentenceByLanguage(t *testing.T) {
	for lang, want := range map[string]string{
		"en": "**Action 1**: Aled Price will write to the board, by Thursday 31 December 2026.",
		"cy": "Write to the board",
	} {
		md := string(Markdown(ruleModel(t, func(s *meeting.Setup) { s.Group.Minutes.Language = lang },
			"action aled by 2026-12-31: Write to the board.", "end")))
		if !strings.Contains(md, want) {
			t.Errorf("%s: the action does not read %q:\n%s", lang, want, md)
		}
	}
}

// A role handed over in the meeting's first minute is how it started, not
// a hand-over; after that minute it is a hand-over, minuted at its item.
func TestHandOversAfterTheFirstMinute(t *testing.T) {
	tests := []struct {
		wait    string
		item    int
		minuted bool
	}{
		{"wait 1m", 1, false},
		{"wait 61s", 1, true},
		{"wait 5m", 2, true},
	}
	for _, tt := range tests {
		script := []string{"arrive sian", "arrive dafydd", "chair sian", tt.wait}
		if tt.item == 2 {
			script = append(script, "next")
		}
		script = append(script, "chair dafydd", "end")
		m := ruleModel(t, nil, script...)
		var got []int
		for _, it := range m.Items {
			if len(it.Handovers) > 0 {
				got = append(got, it.Number)
			}
		}
		if tt.minuted && (len(got) != 1 || got[0] != tt.item) || !tt.minuted && len(got) != 0 {
			t.Errorf("%s: hand-overs minuted at items %v; want at item %d: %v", tt.wait, got, tt.item, tt.minuted)
		}
	}
}

// The meeting at its fullest is the first time the most were there.
func TestFullestIsTheFirstTimeTheMostWereThere(t *testing.T) {
	m := ruleModel(t, nil, "arrive sian", "arrive dafydd", "arrive aled", "leave dafydd", "arrive claire", "end")
	if h := m.Quorum.Highest; h.Present != 3 || h.Lived != 2 || h.Staff != 1 {
		t.Errorf("fullest %+v; want the first 3: 2 lived experience, 1 staff", h)
	}
}

// The easy-read summary counts guests apart, and says so even when no
// member came.
func TestEasyReadGuests(t *testing.T) {
	for _, tt := range []struct {
		script []string
		want   string
	}{
		{[]string{"arrive priya", "end"}, "1"},
		{[]string{"arrive sian", "end"}, ""},
	} {
		er := string(EasyReadMarkdown(ruleModel(t, nil, tt.script...)))
		guest := strings.Contains(er, "guest")
		if guest != (tt.want != "") {
			t.Errorf("%v: says a guest came: %v:\n%s", tt.script, guest, er)
		}
	}
}
