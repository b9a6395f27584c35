package minutes

import (
	"strings"
	"testing"
	"time"

	"github.com/gyda/gyda/meeting/plain"
)

// TestEasyReadSentencesAreShort checks every fixed easy-read sentence, in
// both languages, is one short sentence.
func TestEasyReadSentencesAreShort(t *testing.T) {
	day := time.Date(2027, 1, 14, 10, 0, 0, 0, time.UTC)
	for _, p := range []phrasebook{english{}, welsh{}} {
		for _, s := range []string{
			p.erWeMet(day), p.erMembers(8), p.erMembers(1), p.erMembers(0), p.erGuests(1, true), p.erGuests(2, false), p.erTalkedAbout(), p.erNoDecisions(), p.erProvisional(),
			p.erAction("Dafydd ap Gwilym"), p.erBy(day), p.erNoActions(), p.erNextAt(day, false), p.erNextAt(day, true), p.erNoNext(),
		} {
			if n := len(strings.Fields(s)); n > 12 {
				t.Errorf("%s: %q has %d words; easy read wants short sentences", p.code(), s, n)
			}
			if strings.Count(strings.TrimRight(s, ".:"), ". ") > 0 {
				t.Errorf("%s: %q is more than one sentence", p.code(), s)
			}
		}
	}
}

// TestEasyReadIsPlainEnglish runs the plain-English checker over the
// English easy-read summary's fixed words.
func TestEasyReadIsPlainEnglish(t *testing.T) {
	m := fixedModel(t, "en")
	m.Items, m.Actions = nil, nil // leave only gyda's own words
	m.Title = "Group"
	text := string(EasyReadMarkdown(m))
	if findings := plain.NewChecker(nil, nil).Check(text); len(findings) > 0 {
		t.Errorf("the easy-read summary's own words are not plain: %v\n%s", findings, text)
	}
}

func TestEasyReadSummary(t *testing.T) {
	m := fixedModel(t, "en")
	er := string(EasyReadMarkdown(m))
	order := []string{
		"# Co-production Group: easy read",
		"We met on Thursday 3 December 2026.",
		"7 members came.",
		"1 guest came too.",
		"## What we talked about",
		"- Carers' respite survey: what carers told us",
		"## What we decided",
		"The RPB will be asked to fund weekend respite.", // spelt out above, in the list of topics
		"Ask the bus company to come to the next meeting.  \nWe will check this at the next meeting.",
		"## Who will do what",
		"Aled Price will do this:  \nShare the survey results with the carers' centre.  \nBy Sunday 20 December 2026.",
		"## When we meet next",
		"We meet next on Thursday 14 January 2027 at 10:00.",
	}
	at := 0
	for _, want := range order {
		i := strings.Index(er[at:], want)
		if i < 0 {
			t.Fatalf("easy read lacks %q after position %d:\n%s", want, at, er)
		}
		at += i
	}
	html := string(HTML(m, false))
	if !strings.Contains(html, `<section class="summary">`+"\n<h2>Easy read summary</h2>") {
		t.Error("the HTML has no easy-read section")
	}
	m.Next = time.Time{}
	m.Actions = nil
	er = string(EasyReadMarkdown(m))
	for _, want := range []string{"We do not know the date of the next meeting yet.", "Nobody has a job to do from this meeting."} {
		if !strings.Contains(er, want) {
			t.Errorf("easy read lacks %q", want)
		}
	}
}

// The easy-read summary counts guests as the minutes do: those in
// attendance from the roster and visitors from outside it, together.
func TestEasyReadCountsGuestsFromTheRosterAndVisitors(t *testing.T) {
	for _, tt := range []struct {
		name   string
		script []string
		want   string // "": no sentence about guests
	}{
		{"members only", []string{"arrive sian", "arrive aled", "end"}, ""},
		{"a guest and no members", []string{"arrive priya", "end"}, "1 guest came."},
		{"a guest from the roster", []string{"arrive sian", "arrive priya", "end"}, "1 guest came too."},
		{"a visitor", []string{"arrive sian", "visitor Dr Anita Patel, NHS England", "end"}, "1 guest came too."},
		{"both", []string{"arrive sian", "arrive priya", "visitor Dr Anita Patel, NHS England", "end"}, "2 guests came too."},
	} {
		t.Run(tt.name, func(t *testing.T) {
			easy := string(EasyReadMarkdown(ruleModel(t, nil, tt.script...)))
			got := ""
			for _, l := range strings.Split(easy, "\n") {
				if strings.Contains(l, "guest") {
					got = l
				}
			}
			if got != tt.want {
				t.Errorf("guests: %q; want %q\n%s", got, tt.want, easy)
			}
		})
	}
}
