package plain

import "testing"

func TestPassive(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"It was agreed.", []string{"was agreed"}},
		{"The minutes were not agreed.", []string{"were not agreed"}},
		{"The meeting is being held in Neath.", []string{"is being held"}},
		{"The notes were jointly written.", []string{"were jointly written"}},
		// An adverb of five letters or more ending in -ly stands between;
		// a four-letter word ending in -ly only when it is an adverb.
		{"The notes were fully written.", []string{"were fully written"}},
		{"The minutes were duly approved.", []string{"were duly approved"}},
		{"It was only agreed after a vote.", []string{"was only agreed"}},
		{"Is July booked for the away day?", nil},
		{"Decisions are made by the group.", []string{"are made"}},
		{"We're asked to help. I'm told it's fine.", []string{"We're asked", "I'm told"}},
		{"It has been\ndecided.", []string{"been decided"}},
		{"We agreed the minutes.", nil},
		{"The office is based in Neath. I am interested. Everyone was involved.", nil},
		{"It was used to pay for taxis.", nil},
		{"It was the agreed plan.", nil},
		{"The need was red. It is indeed true. The time is need.", nil},
		{"It was, agreed.", nil},
		{"The plan was\n\nagreed later.", nil}, // not in one sentence
	}
	c := demo()
	for _, tt := range tests {
		fs := c.Check(tt.text)
		equalTexts(t, tt.text, texts(fs, KindPassive), tt.want)
		for _, f := range ofKind(fs, KindPassive) {
			if f.Message != `"`+f.Text+`" may be passive: say who does it` {
				t.Errorf("message %q", f.Message)
			}
		}
	}
}
