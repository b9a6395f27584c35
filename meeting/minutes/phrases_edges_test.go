package minutes

import (
	"strings"
	"testing"
	"time"

	"github.com/gyda/gyda/meeting"
)

// The phrases at their edges, in both languages: under a minute and a
// minute, ten minutes with seconds, an hour with and without minutes, a
// provisional decision for each reason.

var at = time.Date(2026, 12, 3, 10, 0, 0, 0, time.UTC)

func TestTimesInWords(t *testing.T) {
	tests := []struct {
		d           time.Duration
		en, cy      string // duration
		talk, talkC string // talkTime
	}{
		{59 * time.Second, "under a minute", "llai na munud", "59 seconds", "59 eiliad"},
		{time.Minute, "1 minute", "1 munud", "1 minute", "1 munud"},
		{90 * time.Second, "2 minutes", "2 munud", "1 minute 30 seconds", "1 munud 30 eiliad"},
		{9*time.Minute + 59*time.Second, "10 minutes", "10 munud", "9 minutes 59 seconds", "9 munud 59 eiliad"},
		{10*time.Minute + 30*time.Second, "11 minutes", "11 munud", "10 minutes", "10 munud"},
		{time.Hour, "60 minutes", "60 munud", "1 hour", "1 awr"},
		{time.Hour + time.Minute, "61 minutes", "61 munud", "1 hour 1 minute", "1 awr 1 munud"},
		{0, "under a minute", "llai na munud", "0 seconds", "0 eiliad"},
	}
	for _, tt := range tests {
		if got := (english{}).duration(tt.d); got != tt.en {
			t.Errorf("duration(%v) = %q; want %q", tt.d, got, tt.en)
		}
		if got := (welsh{}).duration(tt.d); got != tt.cy {
			t.Errorf("Welsh duration(%v) = %q; want %q", tt.d, got, tt.cy)
		}
		if got := (english{}).talkTime(tt.d); got != tt.talk {
			t.Errorf("talkTime(%v) = %q; want %q", tt.d, got, tt.talk)
		}
		if got := (welsh{}).talkTime(tt.d); got != tt.talkC {
			t.Errorf("Welsh talkTime(%v) = %q; want %q", tt.d, got, tt.talkC)
		}
	}
}

func TestSpansAndPausesOfAMinute(t *testing.T) {
	short, minute := at.Add(59*time.Second), at.Add(time.Minute)
	tests := []struct {
		got, want string
	}{
		{(english{}).spans([]Span{{at, short}}), "briefly at 10:00"},
		{(english{}).spans([]Span{{at, minute}}), "from 10:00 to 10:01"},
		{(english{}).spans([]Span{{at, time.Time{}}}), "from 10:00 to the end"},
		{(welsh{}).spans([]Span{{at, short}}), "am ennyd am 10:00"},
		{(welsh{}).spans([]Span{{at, minute}}), "o 10:00 tan 10:01"},
		{(english{}).breakSpan(Span{at, short}), "A break of under a minute at 10:00."},
		{(english{}).breakSpan(Span{at, minute}), "Break from 10:00 to 10:01."},
		{(welsh{}).breakSpan(Span{at, short}), "Egwyl o lai na munud am 10:00."},
		{(welsh{}).breakSpan(Span{at, minute}), "Egwyl o 10:00 tan 10:01."},
		{(english{}).redCard(RedCard{Name: "Mair", At: at, Paused: true, Until: short}), "Mair showed a red card at 10:00, and the meeting paused for under a minute."},
		{(english{}).redCard(RedCard{Name: "Mair", At: at, Paused: true, Until: minute}), "Mair showed a red card at 10:00, and the meeting paused until 10:01."},
		{(welsh{}).redCard(RedCard{Name: "Mair", At: at, Paused: true, Until: short}), "Dangosodd Mair gerdyn coch am 10:00, ac oedodd y cyfarfod am lai na munud."},
		{(welsh{}).redCard(RedCard{Name: "Mair", At: at, Paused: true, Until: minute}), "Dangosodd Mair gerdyn coch am 10:00, ac oedodd y cyfarfod tan 10:01."},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%q; want %q", tt.got, tt.want)
		}
	}
}

func TestSpeakingShareWithGuests(t *testing.T) {
	sh := meeting.SpeakingShare{Lived: 2 * time.Minute, Staff: time.Minute, Guests: time.Minute}
	if got, want := (english{}).speaking(sh), "Speaking time: people with lived experience 2 minutes (50%), staff 1 minute (25%), guests 1 minute (25%)."; got != want {
		t.Errorf("%q; want %q", got, want)
	}
	if got, want := (welsh{}).speaking(sh), "Amser siarad: pobl â phrofiad bywyd 2 munud (50%), staff 1 munud (25%), gwesteion 1 munud (25%)."; got != want {
		t.Errorf("%q; want %q", got, want)
	}
	if percent(time.Minute, 0) != 0 {
		t.Error("a share of nothing is not 0")
	}
}

func TestWhyProvisional(t *testing.T) {
	const after = " It goes to the next meeting to be ratified."
	tests := []struct {
		q      meeting.Status
		reason string
		en     string
	}{
		{statusOf(5, 3, 3, 2), "", "Provisional: when it was taken, the meeting was not quorate (it needed 1 more person)." + after},
		{statusOf(6, 1, 3, 3), "", "Provisional: when it was taken, the meeting was not quorate (it needed 1 more person with lived experience)." + after},
		{statusOf(4, 1, 1, 3), "", "Provisional: when it was taken, the meeting was not quorate (it needed 2 more people and 1 more person with lived experience). It was also not balanced (3 staff to 1 person with lived experience)." + after},
		{statusOf(7, 3, 3, 4), "", "Provisional: when it was taken, the meeting was not balanced (4 staff to 3 people with lived experience)." + after},
		{meeting.Status{}, "an old reason", "Provisional (an old reason)." + after},
		{meeting.Status{}, "", "Provisional." + after},
	}
	for _, tt := range tests {
		if got := (english{}).provisionalBecause(Decision{Quorum: tt.q, Reason: tt.reason}); got != tt.en {
			t.Errorf("%+v:\n got %q\nwant %q", tt.q, got, tt.en)
		}
	}
	cy := []struct {
		q    meeting.Status
		want string
	}{
		{statusOf(5, 3, 3, 2), "(angen 1 yn rhagor)"},
		{statusOf(6, 1, 3, 3), "(angen 1 yn rhagor â phrofiad bywyd)"},
		{statusOf(7, 3, 3, 4), "Dros dro"},
		{statusOf(6, 2, 3, 3), "Dros dro."},
	}
	for _, tt := range cy {
		if got := (welsh{}).provisionalBecause(Decision{Quorum: tt.q}); !strings.Contains(got, tt.want) {
			t.Errorf("Welsh %+v: %q; want it to say %q", tt.q, got, tt.want)
		}
	}
	if got := (welsh{}).provisionalBecause(Decision{Quorum: statusOf(5, 3, 3, 2)}); strings.Contains(got, "â phrofiad bywyd)") {
		t.Errorf("Welsh: %q asks for lived experience it had", got)
	}
}

// Text typed at the start of a line that would start a numbered list is
// escaped; anything else is not.
func TestMarkdownEscapesListNumbersOnly(t *testing.T) {
	tests := map[string]string{
		"2026. A year":  `2026\. A year`,
		"0) zero":       `0\) zero`,
		"9. nine":       `9\. nine`,
		"2026":          "2026",
		"2026.":         `2026\.`,
		"x1. not first": "x1. not first",
		". a dot":       ". a dot",
	}
	for in, want := range tests {
		if got := mdInline(in, true); got != want {
			t.Errorf("mdInline(%q) = %q; want %q", in, got, want)
		}
	}
	if got := mdInline("2026. A year", false); got != "2026. A year" {
		t.Errorf("not at the start of a line: %q", got)
	}
}

// Calendar lines fold at 75 octets, never inside a character.
func TestICSFoldsAtTheLimit(t *testing.T) {
	w := &icsWriter{}
	w.prop("X", strings.Repeat("a", 73)) // 75 octets with "X:"
	w.prop("Y", strings.Repeat("a", 74)) // 76
	w.prop("Z", strings.Repeat("a", 72)+"ŵ")
	want := "X:" + strings.Repeat("a", 73) + "\r\n" +
		"Y:" + strings.Repeat("a", 73) + "\r\n a\r\n" +
		"Z:" + strings.Repeat("a", 72) + "\r\n ŵ\r\n"
	if got := w.b.String(); got != want {
		t.Errorf("folded\n%q\nwant\n%q", got, want)
	}
}

// statusOf is a meeting's status with counted people present (of them,
// countedLived with lived experience), lived and staff in its balance,
// and a quorum of 6 with 2 of lived experience.
func statusOf(counted, countedLived, lived, staff int) meeting.Status {
	s := meeting.Status{Present: counted, Counted: counted, CountedLived: countedLived, Lived: lived, Staff: staff, NeedPresent: 6, NeedLived: 2}
	s.Quorate = s.Counted >= 6 && s.CountedLived >= 2
	s.Balanced = s.Lived >= s.Staff
	return s
}
