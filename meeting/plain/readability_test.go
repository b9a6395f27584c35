package plain

import (
	"math"
	"strings"
	"testing"
)

func TestSyllables(t *testing.T) {
	// Counts from a dictionary.
	words := map[string]int{
		"the": 1, "meeting": 2, "group": 1, "people": 2, "agreed": 2, "decided": 3, "wanted": 2, "asked": 1,
		"makes": 1, "changes": 2, "table": 2, "tables": 2, "settled": 2, "called": 1, "social": 2, "media": 3,
		"usual": 3, "usually": 4, "actual": 3, "equal": 2, "language": 2, "quiet": 2, "client": 2, "patient": 2,
		"society": 4, "experience": 4, "earlier": 3, "various": 3, "being": 2, "going": 2, "saying": 2,
		"carrying": 3, "family": 3, "only": 2, "early": 2, "lovely": 2, "likely": 2, "carefully": 3,
		"government": 3, "statement": 2, "management": 3, "development": 4, "agreement": 3, "business": 2,
		"unless": 2, "homeless": 2, "awareness": 3, "useful": 2, "services": 3, "issues": 2, "value": 2,
		"continue": 3, "there": 1, "where": 1, "were": 1, "everyone": 3, "minutes": 2, "time": 1,
		"every": 2, "month": 1, "volunteer": 3, "volunteers": 3, "carer": 2, "carers": 2, "health": 1, "care": 1,
		"partnership": 3, "regional": 3, "board": 1, "transformation": 4, "integrated": 4, "co-production": 4,
		"accessible": 4, "information": 4, "communication": 5, "opportunity": 5, "community": 4, "important": 3,
		"together": 3, "decision": 3, "decisions": 3, "action": 2, "actions": 2, "chair": 1, "agenda": 3,
		"item": 2, "items": 2, "year": 1, "yes": 1, "young": 1, "they": 1, "play": 1, "playing": 2,
		"period": 3, "radio": 3, "material": 4, "financial": 3, "special": 2, "science": 2, "friend": 1,
		"believe": 2, "field": 1, "idea": 3, "area": 3, "create": 2, "created": 3, "does": 1, "goes": 1,
		"used": 1, "based": 1, "involved": 2, "discussed": 2, "welcomed": 2, "attended": 3, "noted": 2,
		"simple": 2, "simply": 2, "possible": 3, "possibly": 3, "example": 3, "little": 2, "trouble": 2,
		"through": 1, "thought": 1, "enough": 2, "everything": 3, "anything": 3, "nothing": 2, "something": 2,
		"second": 2, "report": 2, "reports": 2, "review": 2, "reviewed": 2, "quickly": 2, "plan": 1,
		"easy": 2, "easier": 3, "said": 1, "paid": 1, "staff": 1, "support": 2, "supported": 3,
		"wheelchair": 2, "hearing": 2, "large": 1, "print": 1, "breaks": 1, "welcome": 2, "apologies": 4,
		"hour": 1, "our": 1, "their": 1, "theory": 3, "questions": 2, "answer": 2, "listened": 2,
		"written": 2, "money": 2, "travel": 2, "expenses": 3, "receipts": 2, "mileage": 2, "credits": 2,
		"recognise": 3, "reflection": 3, "represent": 3, "representative": 5, "diversity": 4,
		"meaningfully": 4, "challenging": 3, "Siân": 1, "café": 2, "RPB's": 1,
		"": 0, "2026": 0, "a": 1, "I": 1,
	}
	for w, want := range words {
		if got := syllables(w); got != want {
			t.Errorf("syllables(%q) = %d, want %d", w, got, want)
		}
	}
}

// plainPassage is 114 words in 9 sentences with 135 syllables, counted by
// hand from a dictionary, sentence by sentence:
//
//	words: 6 + 10 + 17 + 6 + 19 + 9 + 14 + 12 + 21 = 114
//	syllables: 6 + 14 + 21 + 7 + 22 + 9 + 19 + 13 + 24 = 135
//	ease  = 206.835 - 1.015*114/9 - 84.6*135/114 = 93.7941
//	grade = 0.39*114/9 + 11.8*135/114 - 15.59 = 3.3237
const plainPassage = `The group meets once a month. We talk about health and social care in our area. Everyone can speak, and the chair makes sure that people who have not spoken yet go first. We take a break every hour. If you need large print, tell us before the meeting and we will send the papers in good time. You can join in the room or from home. Carers and people who use services are paid for their time with time credits. We write down what we decide and what we will do next. At the next meeting we look back at what we said we would do and check that we did it together.`

// hardPassage is from the seed framework: long sentences and long words.
const hardPassage = `Embedding co-production across the regional partnership will require integration across our partners including the regional Health Board and Local Authorities. We want to enable all people (individuals and organisations) to follow the same path in how they approach working in a co-productive manner. The vision, aims and priorities of the partnership is defined in our West Glamorgan Regional Partnership Area Plan 2019-2023 document. As the work of the partnership focuses so much on the services, products and themes that are relevant to the people and carers of West Glamorgan, it is important their voice is heard when we are developing these things. This framework is one of a number of similar guidance documents which explains how an important function of the partnership works.`

func TestReadabilityHandCounted(t *testing.T) {
	r, ok := Readability(plainPassage)
	if !ok {
		t.Fatal("not ok")
	}
	if r.Words != 114 || r.Sentences != 9 || r.Syllables != 135 {
		t.Errorf("counts = %d words, %d sentences, %d syllables; want 114, 9, 135", r.Words, r.Sentences, r.Syllables)
	}
	if math.Abs(r.Ease-93.7941) > 0.001 || math.Abs(r.Grade-3.3237) > 0.001 {
		t.Errorf("ease %.4f grade %.4f, want 93.7941 and 3.3237", r.Ease, r.Grade)
	}
	if r.Band() != "very easy" {
		t.Errorf("band %q", r.Band())
	}
	if fs := ofKind(demo().Check(plainPassage), KindReadability); len(fs) != 0 {
		t.Errorf("easy text got %v", fs)
	}
}

func TestReadabilityHardText(t *testing.T) {
	r, ok := Readability(hardPassage)
	if !ok || r.Ease >= TargetEase {
		t.Fatalf("got %+v, %v", r, ok)
	}
	fs := ofKind(demo().Check(hardPassage), KindReadability)
	if len(fs) != 1 {
		t.Fatalf("got %v", fs)
	}
	f := fs[0]
	want := "reading ease " + itoa(int(math.Floor(r.Ease))) + " (" + r.Band() + "), grade " + itoa(int(math.Round(r.Grade))) + "; aim for 60 or more"
	if f.Line != 1 || f.Col != 1 || f.Message != want || f.Suggestion == "" {
		t.Errorf("got %+v, want message %q", f, want)
	}
}

func itoa(n int) string {
	s := ""
	for {
		s = string(rune('0'+n%10)) + s
		if n /= 10; n == 0 {
			return s
		}
	}
}

func TestReadabilityNeedsEnoughEnglish(t *testing.T) {
	if r, ok := Readability("We met. It went well."); ok || r.Words != 5 || r.Sentences != 2 {
		t.Errorf("short text: %+v, %v", r, ok)
	}
	if r, ok := Readability(""); ok || r != (Score{}) {
		t.Errorf("empty: %+v, %v", r, ok)
	}
	if _, ok := Readability(strings.Repeat("2026 ", 200)); ok {
		t.Error("numbers are not words")
	}
	if _, ok := Readability(welshPassage); ok {
		t.Error("Welsh text has no readability score")
	}
	// English sentences in a bilingual text are scored; the Welsh ones are not.
	r, ok := Readability(welshPassage + "\n\n" + plainPassage)
	if !ok || r.Words != 114 {
		t.Errorf("bilingual: %+v, %v", r, ok)
	}
}

func TestBands(t *testing.T) {
	for ease, want := range map[float64]string{
		95: "very easy", 85: "easy", 75: "fairly easy", 65: "plain English",
		55: "fairly difficult", 35: "difficult", 10: "very difficult", -20: "very difficult",
	} {
		if got := (Score{Ease: ease}).Band(); got != want {
			t.Errorf("Band(%v) = %q, want %q", ease, got, want)
		}
	}
}

// The reading ease aimed for is a floor: a text exactly at TargetEase gets
// no finding, and one syllable more takes it under. 846 words in 14
// sentences with 855 syllables score exactly 60 in float64 arithmetic.
func TestRuleReadingEaseAtTheTargetPasses(t *testing.T) {
	for _, tt := range []struct {
		longWords   int // "table", two syllables; every other word is "cat"
		wantFinding bool
	}{
		{9, false},
		{10, true},
	} {
		var b strings.Builder
		for i := range 846 {
			switch {
			case i < tt.longWords:
				b.WriteString("table")
			default:
				b.WriteString("cat")
			}
			switch {
			case i >= 13*60 && i < 845, i < 13*60 && i%60 != 59:
				b.WriteString(" ")
			default:
				b.WriteString(". ")
			}
		}
		text := b.String()
		r, ok := Readability(text)
		if !ok || r.Words != 846 || r.Sentences != 14 || r.Syllables != 846+tt.longWords {
			t.Fatalf("%d long words: %+v, %v; want 846 words, 14 sentences, %d syllables", tt.longWords, r, ok, 846+tt.longWords)
		}
		if tt.longWords == 9 && r.Ease != TargetEase {
			t.Fatalf("ease %v, want exactly %d", r.Ease, TargetEase)
		}
		if got := len(ofKind(demo().Check(text), KindReadability)) > 0; got != tt.wantFinding {
			t.Errorf("ease %v: a readability finding is %v, want %v", r.Ease, got, tt.wantFinding)
		}
	}
}

// The edges of the syllable rules, on both sides: an ending after a stem
// of two letters is counted apart ("only" is "on" + "ly", and so "ioly"
// is "io" + "ly", not "i-o-ly"); a vowel or y before "-ing" is said apart
// only when a letter comes before it ("being", "saying"), so a y that
// starts the word before a vowel is a consonant there ("ying" rhymes with
// "ring").
func TestSyllableRuleEdges(t *testing.T) {
	for w, want := range map[string]int{
		"only": 2, "ugly": 2, "awful": 2, "ioly": 2, "radioly": 4,
		"ying": 1, "eying": 2, "being": 2, "saying": 2,
	} {
		if got := syllables(w); got != want {
			t.Errorf("syllables(%q) = %d, want %d", w, got, want)
		}
	}
}
