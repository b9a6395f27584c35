package minutes

import (
	"strings"
	"testing"
	"time"
)

func TestWelshMinutes(t *testing.T) {
	md := string(Markdown(fixedModel(t, "cy")))
	for _, want := range []string{
		"# Co-production Group: cofnodion",
		"## Pwy oedd yno", "Cadeirydd: Siân Davies.", "### Yn bresennol", "### Yn mynychu", "### Ymddiheuriadau",
		"## Cworwm a chydbwysedd", "## Datganiadau o fuddiant", "**Penderfyniad 1**", "**Penderfyniad 3 (dros dro)**",
		"**Cam gweithredu 1**", "## Camau gweithredu", "## Myfyrio", "## Dyddiad y cyfarfod nesaf",
		"Dydd Iau 3 Rhagfyr 2026, o 10:00 tan 12:05", "Dydd Iau 14 Ionawr 2027, 10:00.",
		"| Rhys Evans | gofalwr | o bell | 10:00 | 11:41 |",
		"Erbyn dydd Sul 20 Rhagfyr 2026.",
		// People's own words stay as typed.
		"- The minutes of the last meeting were agreed.",
		"- Diolch i bawb am ddod heddiw, yn enwedig y gofalwyr newydd.",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("Welsh minutes lack %q", want)
		}
	}
	for _, english := range []string{"## Who was there", "### Present", "### Apologies", "## Quorum", "## Actions",
		"## Reflection", "## Next meeting", "Chair:", "Minutes taken by", "Taken at", "planned", "**Decision", "**Action",
		"Thursday", "December", "at the end", "in person"} {
		if strings.Contains(md, english) {
			t.Errorf("Welsh minutes still say %q", english)
		}
	}
}

func TestBilingualMinutes(t *testing.T) {
	md := string(Markdown(fixedModel(t, "en+cy")))
	for _, want := range []string{
		"# Co-production Group: cofnodion / minutes",
		"## Pwy oedd yno / Who was there",
		"### Yn bresennol / Present",
		"**Penderfyniad 1 / Decision 1**: The Regional Partnership Board (RPB) will be asked to fund weekend respite.",
		"Dros dro: pan wnaed y penderfyniad, nid oedd cworwm (angen 1 yn rhagor) ac nid oedd y cyfarfod yn gytbwys (staff: 3, profiad bywyd: 2).",
		"Provisional: when it was taken, the meeting was not quorate (it needed 1 more person). It was also not balanced (3 staff to 2 people with lived experience).",
		"| Rhys Evans | gofalwr / carer | o bell / remote | 10:00 | 11:41 |",
		"| Aled Price | staff, Swansea Bay University Health Board |",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("bilingual minutes lack %q", want)
		}
	}
	// Welsh first.
	if strings.Index(md, "Cadeirydd:") > strings.Index(md, "Chair:") {
		t.Error("the Welsh should come first")
	}
	html := string(HTML(fixedModel(t, "en+cy"), false))
	for _, want := range []string{`<html lang="cy-GB">`, `Pwy oedd yno / <span lang="en-GB">Who was there</span>`} {
		if !strings.Contains(html, want) {
			t.Errorf("bilingual HTML lacks %q", want)
		}
	}
}

func TestTypedTextMarkedWithItsLanguage(t *testing.T) {
	html := string(HTML(fixedModel(t, "en"), false))
	if !strings.Contains(html, `<span lang="cy-GB">Diolch i bawb am ddod heddiw`) {
		t.Error("a Welsh note in English minutes should be marked lang=cy-GB for screen readers")
	}
	if strings.Contains(html, `<span lang="cy-GB">The minutes`) {
		t.Error("an English note was marked as Welsh")
	}
	cy := string(HTML(fixedModel(t, "cy"), false))
	if !strings.Contains(cy, `<span lang="en-GB">The minutes of the last meeting were agreed.</span>`) {
		t.Error("an English note in Welsh minutes should be marked lang=en-GB")
	}
	if strings.Contains(cy, `<span lang="en-GB">Diolch`) {
		t.Error("a Welsh note was marked as English")
	}
}

func TestWelshDates(t *testing.T) {
	w := welsh{}
	days := []string{"dydd Sul", "dydd Llun", "dydd Mawrth", "dydd Mercher", "dydd Iau", "dydd Gwener", "dydd Sadwrn"}
	for i := range 7 {
		d := time.Date(2026, 11, 29+i, 10, 0, 0, 0, time.UTC) // 29 November 2026 is a Sunday
		if got := w.longDate(d); !strings.HasPrefix(got, days[i]+" ") {
			t.Errorf("%s is %q", d.Format("Monday 2 Jan"), got)
		}
	}
	months := []string{"Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr"}
	for i, want := range months {
		if got := w.shortDate(time.Date(2027, time.Month(i+1), 5, 0, 0, 0, 0, time.UTC)); got != "5 "+want+" 2027" {
			t.Errorf("month %d: %q", i+1, got)
		}
	}
	if got := w.erNextAt(time.Date(2027, 1, 14, 10, 0, 0, 0, time.UTC), false); got != "Byddwn ni'n cwrdd nesaf ddydd Iau 14 Ionawr 2027 am 10:00." {
		t.Errorf("adverbial date: %q", got)
	}
}

func TestWelshAnd(t *testing.T) {
	w := welsh{}
	for _, c := range []struct {
		in   []string
		want string
	}{
		{[]string{"Siân"}, "Siân"},
		{[]string{"Siân", "Mair"}, "Siân a Mair"},
		{[]string{"Siân", "Mair", "Aled"}, "Siân, Mair ac Aled"},
		{[]string{"Mair", "Ëlis"}, "Mair ac Ëlis"},
	} {
		if got := w.joinAnd(c.in); got != c.want {
			t.Errorf("joinAnd(%q) = %q; want %q", c.in, got, c.want)
		}
	}
}

func TestLanguagesSetting(t *testing.T) {
	for setting, want := range map[string]string{"": "en", "en": "en", "cy": "cy", "en+cy": "cy,en"} {
		var codes []string
		for _, p := range languages(setting) {
			codes = append(codes, p.code())
		}
		if got := strings.Join(codes, ","); got != want {
			t.Errorf("languages(%q) = %s; want %s", setting, got, want)
		}
	}
}
