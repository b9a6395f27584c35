package minutes

import (
	"strings"
	"testing"
	"time"

	"github.com/gyda/gyda/config/demo"
	"github.com/gyda/gyda/meeting"
	"github.com/gyda/gyda/meeting/meetingtest"
)

// The rules of the meeting that the minutes carry (../shared/DOMAIN.md):
// provisional decisions marked and explained (rule 3), declarations (5),
// confidentiality (12), who took part, honestly (13), the ladder of
// co-production (14) and the reflection (15). One table test each, with
// the cases on both sides of each boundary.

// ruleModel runs a meeting of the sample group, as the chair, on a
// simulated clock, and builds its minutes. A line "crash" stops the
// meeting as a dying laptop would and resumes it five minutes later from
// what the journal kept.
func ruleModel(t *testing.T, edit func(*meeting.Setup), script ...string) *Model {
	t.Helper()
	folder, agenda, err := demo.WriteTo(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	setup := &meeting.Setup{Group: folder.Group, Agenda: agenda, People: folder.Roster.People(), Clock: "sim"}
	if edit != nil {
		edit(setup)
	}
	rec := &meetingtest.Recorder{}
	clock := meeting.NewSimClock(agenda.Start)
	live, _, err := meeting.Start(setup, nil, rec, clock, meeting.Options{})
	if err != nil {
		t.Fatal(err)
	}
	events := func() []meeting.Event { return meetingtest.Events[meeting.Event](t, rec) }
	for _, line := range script {
		if line == "crash" {
			clock = meeting.NewSimClock(clock.Now().Add(5 * time.Minute))
			if live, _, err = meeting.Start(setup, events(), rec, clock, meeting.Options{}); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if _, err := live.Do(meeting.ConsoleActor(), line); err != nil {
			t.Fatalf("%q: %v", line, err)
		}
	}
	m, err := Build(setup, events())
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// The sample group: people using services sian, mair, bethan; carers
// dafydd, rhys, john; staff aled and tom (with decision authority),
// claire, nia, gareth (with authority); guest priya. Quorum: 6 present,
// 2 of them with lived experience.
var (
	threeAndThree = []string{"arrive sian", "arrive dafydd", "arrive mair", "arrive aled", "arrive claire", "arrive tom"}
	threeAndFour  = append(threeAndThree[:6:6], "arrive nia")
)

// Rule 3 in the minutes: each provisional decision is marked, with why in
// words, and goes to the next meeting to be ratified.
func TestRuleMinutesMarkProvisionalDecisionsAndSayWhy(t *testing.T) {
	tests := []struct {
		name     string
		minLived int
		here     []string
		mark     string
		why      string // "" for none
	}{
		{"quorate, equal numbers: not provisional", 2, threeAndThree, "**Decision 1**:", ""},
		{"quorate, one more staff: provisional, not balanced", 2, threeAndFour, "**Decision 1 (provisional)**:",
			"Provisional: when it was taken, the meeting was not balanced (4 staff to 3 people with lived experience). It goes to the next meeting to be ratified."},
		{"one below the minimum present: provisional, not quorate", 2, threeAndThree[:5], "**Decision 1 (provisional)**:",
			"Provisional: when it was taken, the meeting was not quorate (it needed 1 more person). It goes to the next meeting to be ratified."},
		{"enough present, one below the lived-experience minimum: provisional", 4, threeAndThree, "**Decision 1 (provisional)**:",
			"Provisional: when it was taken, the meeting was not quorate (it needed 1 more person with lived experience). It goes to the next meeting to be ratified."},
		{"enough present, exactly the lived-experience minimum: not provisional", 3, threeAndThree, "**Decision 1**:", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := ruleModel(t, func(s *meeting.Setup) { s.Group.Quorum.MinLivedExperience = tt.minLived },
				append(tt.here[:len(tt.here):len(tt.here)], "decide Run the survey again in spring", "end")...)
			md := string(Markdown(m))
			if !strings.Contains(md, tt.mark+" Run the survey again in spring") {
				t.Errorf("the minutes do not mark the decision %q:\n%s", tt.mark, section(md, "## 1."))
			}
			if says := strings.Contains(md, "Provisional: "); says != (tt.why != "") {
				t.Errorf("the minutes say why it is provisional: %v; want %v", says, tt.why != "")
			}
			if tt.why != "" && !strings.Contains(md, tt.why) {
				t.Errorf("the minutes do not say %q:\n%s", tt.why, section(md, "## 1."))
			}
			er := string(EasyReadMarkdown(m))
			if says := strings.Contains(er, "We will check this at the next meeting."); says != (tt.why != "") {
				t.Errorf("the easy-read summary says not final: %v; want %v:\n%s", says, tt.why != "", er)
			}
		})
	}
}

// Rule 5 in the minutes: declarations of interest are minuted, with who
// did not take part in a decision because of one.
func TestRuleMinutesListDeclarationsAndWhoStoodAside(t *testing.T) {
	tests := []struct {
		name    string
		script  []string
		listed  string
		aside   bool
		noneYet bool
	}{
		{"no declarations", []string{"decide Go ahead"}, "", false, true},
		{"declared for this item: minuted, and stood aside", []string{"declare aled item 1: manages the respite service", "decide Go ahead"},
			"Aled Price (item 1, Welcome, apologies and quorum): manages the respite service", true, false},
		{"declared for a later item: minuted, and took part here", []string{"declare aled item 4: manages the respite service", "decide Go ahead"},
			"Aled Price (item 4, Carers' respite survey: what carers told us): manages the respite service", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			md := string(Markdown(ruleModel(t, nil, append(threeAndThree[:6:6], append(tt.script, "end")...)...)))
			decl := section(md, "## Declarations of interest")
			if tt.noneYet != strings.Contains(decl, "None were declared.") {
				t.Errorf("declarations section:\n%s", decl)
			}
			if tt.listed != "" && !strings.Contains(decl, tt.listed) {
				t.Errorf("declarations do not list %q:\n%s", tt.listed, decl)
			}
			if got := strings.Contains(md, "Not taking part, having declared an interest: Aled Price."); got != tt.aside {
				t.Errorf("the minutes say Aled stood aside: %v; want %v:\n%s", got, tt.aside, section(md, "## 1."))
			}
		})
	}
}

// Rule 12. A note marked off the record never appears in any published
// minutes file; a confidential item's discussion is not minuted, its
// decisions and actions are.
func TestRuleOffTheRecordAndConfidentialNotesAreNeverPublished(t *testing.T) {
	tests := []struct {
		name         string
		confidential bool
		line         string
		published    bool
	}{
		{"an ordinary note: published", false, "note Carers want weekend respite", true},
		{"off the record: never", false, "offrecord Carers want weekend respite", false},
		{"a confidential item's note: never", true, "note Carers want weekend respite", false},
		{"a confidential item's off-the-record note: never", true, "offrecord Carers want weekend respite", false},
		{"a confidential item's decision: published", true, "decide Carers want weekend respite", true},
		{"a confidential item's action: published", true, "action aled by 2026-12-31: Carers want weekend respite", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := ruleModel(t, func(s *meeting.Setup) { s.Agenda.Items[0].Confidential = tt.confidential },
				append(threeAndThree[:6:6], tt.line, "end")...)
			for _, format := range Formats() {
				files, err := Render(format, m)
				if err != nil {
					t.Fatal(err)
				}
				for _, f := range files {
					got := strings.Contains(strings.ToLower(publishedText(t, f.Name, f.Data)), "weekend respite")
					switch {
					case got && !tt.published:
						t.Errorf("%s has the text", f.Name)
					case !got && tt.published && f.Name == "minutes.md":
						t.Errorf("%s does not have the text", f.Name)
					}
				}
			}
		})
	}
}

// Rule 13. The minutes list who was present (by kind, in person or
// remote), apologies (only those given), who was in attendance, the chair
// and the minute-taker, the quorum at each decision, and any interruption.
func TestRuleMinutesSayWhoTookPartHonestly(t *testing.T) {
	md := string(Markdown(ruleModel(t, nil,
		"arrive sian", "arrive dafydd", "arrive mair remote", "arrive aled", "arrive claire", "arrive tom", "arrive priya",
		"apologies bethan", "chair sian", "minutes dafydd",
		"decide Go ahead", "crash", "leave tom", "decide Wait", "end")))
	tests := []struct {
		name string
		want string
		not  bool
	}{
		{"someone using services, in person", "| Siân Davies | person using services | in person |", false},
		{"a carer, in person", "| Dafydd ap Gwilym | carer | in person |", false},
		{"someone joining remotely", "| Mair Jones | person using services | remote |", false},
		{"staff, with their organisation", "| Aled Price | staff, Swansea Bay University Health Board | in person |", false},
		{"a guest is in attendance, not present", "- Priya Shah", false},
		{"a guest is not among those present", "| Priya Shah |", true},
		{"apologies given are listed", "- Bethan Morgan", false},
		{"apologies not given are not listed", "John Williams", true},
		{"the chair", "Chair: Siân Davies.", false},
		{"the minute-taker", "Minutes taken by: Dafydd ap Gwilym.", false},
		{"the quorum at the first decision", "Taken at 10:00. 6 present: 3 lived experience, 3 staff (1 remote)", false},
		{"the quorum at the second decision, after a departure", "Taken at 10:05. 5 present: 3 lived experience, 2 staff (1 remote)", false},
		{"the interruption", "The meeting was interrupted: gyda recorded nothing from 10:00:00 to 10:05:00, then resumed.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := strings.Contains(md, tt.want); got == tt.not {
				t.Errorf("the minutes have %q: %v; want %v:\n%s", tt.want, got, !tt.not, md)
			}
		})
	}
	t.Run("no apologies and no interruption are said as such", func(t *testing.T) {
		md := string(Markdown(ruleModel(t, nil, append(threeAndThree[:6:6], "end")...)))
		if !strings.Contains(md, "### Apologies\n\nNone were given.") || strings.Contains(md, "interrupted") {
			t.Errorf("minutes:\n%s", md)
		}
	})
}

// Rule 14. Each item shows where it sits on the ladder of co-production;
// an item not tagged says nothing about it.
func TestRuleMinutesShowEachItemsRungOnTheLadder(t *testing.T) {
	md := string(Markdown(ruleModel(t, nil, "next", "next", "next", "next", "next", "end")))
	tests := []struct {
		heading string
		facts   string
	}{
		{"## 1. Welcome, apologies and quorum", "Co-production: doing with."},
		{"## 2. Declarations of interest", "5 minutes planned, took under a minute.*"},
		{"## 6. ", "Co-production: doing for."},
	}
	for _, tt := range tests {
		t.Run(tt.heading, func(t *testing.T) {
			if s := section(md, tt.heading); !strings.Contains(s, tt.facts) {
				t.Errorf("item says:\n%s\nwant %q", s, tt.facts)
			}
		})
	}
}

// Rule 15. The reflection is minuted, with its score out of 5 when one
// was given.
func TestRuleMinutesIncludeTheReflection(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  string
	}{
		{"none", nil, "No reflection was recorded."},
		{"with a score", []string{"reflect 5/5 Everyone had a say"}, "- 5 out of 5: Everyone had a say"},
		{"the lowest score", []string{"reflect 1/5 Hard going"}, "- 1 out of 5: Hard going"},
		{"no score", []string{"reflect Everyone had a say"}, "- Everyone had a say"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			md := string(Markdown(ruleModel(t, nil, append(tt.lines, "end")...)))
			if s := section(md, "## Reflection"); !strings.Contains(s, tt.want) {
				t.Errorf("reflection:\n%s\nwant %q", s, tt.want)
			}
		})
	}
}

// section is the part of markdown from a heading to the next heading of
// level 2.
func section(md, heading string) string {
	i := strings.Index(md, heading)
	if i < 0 {
		return ""
	}
	rest := md[i+len(heading):]
	if j := strings.Index(rest, "\n## "); j >= 0 {
		rest = rest[:j]
	}
	return heading + rest
}
