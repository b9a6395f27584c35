package minutes

import (
	"strings"
	"testing"

	"github.com/gyda/gyda/meeting"
)

// An election in a group that sets no term gives no end of term, and an
// election nobody voted in lists no candidates' counts in the easy-read
// summary.
func TestElectionWithoutTermOrBallots(t *testing.T) {
	m := ruleModel(t, func(s *meeting.Setup) { s.Group.Rotation.Term = 0 }, append(threeAndThree[:6:6],
		"next", "elect chair: mair, sian", "tally mair 2", "elect close",
		"elect minutes: dafydd, aled", "elect close", "end")...)
	els := m.Elections()
	if len(els) != 2 {
		t.Fatalf("%d elections; want 2", len(els))
	}
	if els[0].Elected != "mair" || !els[0].Until.IsZero() {
		t.Errorf("elected %q until %v; want mair, with no end of term", els[0].Elected, els[0].Until)
	}
	md := string(Markdown(m))
	if strings.Contains(md, "term runs until") {
		t.Errorf("the minutes give an end of term the group does not set:\n%s", md)
	}
	easy := string(EasyReadMarkdown(m))
	for _, want := range []string{"We chose Mair Jones to be our chair (", "Mair Jones got 2 votes.", "Siân Davies got 0 votes.",
		"Nobody voted for our minute-taker (the person who writes the notes), so nobody was chosen."} {
		if !strings.Contains(easy, want) {
			t.Errorf("the easy-read summary lacks %q:\n%s", want, easy)
		}
	}
	for _, not := range []string{"Dafydd ap Gwilym got", "Aled Price got"} {
		if strings.Contains(easy, not) {
			t.Errorf("the easy-read summary has %q for an election nobody voted in:\n%s", not, easy)
		}
	}
}
