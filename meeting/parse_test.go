package meeting

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestParse(t *testing.T) {
	due := time.Date(2026, 12, 20, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		line string
		want Command
	}{
		{"arrive sian", Command{Verb: VerbArrive, Name: "sian"}},
		{"arrive Dafydd ap Gwilym remote", Command{Verb: VerbArrive, Name: "Dafydd ap Gwilym", Remote: true}},
		{"  ARRIVE  Siân   ", Command{Verb: VerbArrive, Name: "Siân"}},
		{"here mair", Command{Verb: VerbArrive, Name: "mair"}},
		{"leave tom", Command{Verb: VerbLeave, Name: "tom"}},
		{"apologies Rhys Evans", Command{Verb: VerbApologies, Name: "Rhys Evans"}},
		{"quorum", Command{Verb: VerbQuorum}},
		{"chair sian", Command{Verb: VerbChair, Name: "sian"}},
		{"minutes dafydd", Command{Verb: VerbMinutes, Name: "dafydd"}},
		{"next", Command{Verb: VerbNext}},
		{"item 3", Command{Verb: VerbItem, Item: 3}},
		{"break", Command{Verb: VerbBreak}},
		{"break 15m", Command{Verb: VerbBreak, Duration: 15 * time.Minute}},
		{"break 20", Command{Verb: VerbBreak, Duration: 20 * time.Minute}},
		{"resume", Command{Verb: VerbResume}},
		{"hand", Command{Verb: VerbHand}},
		{"hand aled", Command{Verb: VerbHand, Name: "aled"}},
		{"speak", Command{Verb: VerbSpeak}},
		{"speak Mair Jones", Command{Verb: VerbSpeak, Name: "Mair Jones"}},
		{"done", Command{Verb: VerbDone}},
		{"card mair red", Command{Verb: VerbCard, Name: "mair", Card: CardRed}},
		{"card Dafydd ap Gwilym Yellow", Command{Verb: VerbCard, Name: "Dafydd ap Gwilym", Card: CardYellow}},
		{"card green", Command{Verb: VerbCard, Card: CardGreen}},
		{"note The survey had 212 replies: good.", Command{Verb: VerbNote, Text: "The survey had 212 replies: good."}},
		{"offrecord Rhys shared his story", Command{Verb: VerbOffRecord, Text: "Rhys shared his story"}},
		{"decide Run it again in spring", Command{Verb: VerbDecide, Text: "Run it again in spring"}},
		{"declare aled: manages the service", Command{Verb: VerbDeclare, Name: "aled", Text: "manages the service"}},
		{"declare Aled Price item 4: manages the service", Command{Verb: VerbDeclare, Name: "Aled Price", Item: 4, Text: "manages the service"}},
		{"action mair by 2026-12-20: ask the bus company: by when?", Command{Verb: VerbAction, Name: "mair", Due: due, Text: "ask the bus company: by when?"}},
		{"action Dafydd ap Gwilym by 2026-12-20: write to the board", Command{Verb: VerbAction, Name: "Dafydd ap Gwilym", Due: due, Text: "write to the board"}},
		{"reflect Good meeting", Command{Verb: VerbReflect, Text: "Good meeting"}},
		{"wait 45m", Command{Verb: VerbWait, Duration: 45 * time.Minute}},
		{"end", Command{Verb: VerbEnd}},
		{"help", Command{Verb: VerbHelp}},
		{"help action", Command{Verb: VerbHelp, Text: "action"}},
	}
	for _, tt := range tests {
		got, err := Parse(tt.line)
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.line, err)
			continue
		}
		if got.Line != strings.TrimSpace(tt.line) {
			t.Errorf("Parse(%q).Line = %q", tt.line, got.Line)
		}
		got.Line, got.DueText = "", ""
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Parse(%q)\n got %+v\nwant %+v", tt.line, got, tt.want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ line, want string }{
		{"", "nothing typed"},
		{"arive sian", `"arive" is not a command; type help for the list (did you mean arrive or arising?)`},
		{"arrive", "arrive needs a name"},
		{"arrive remote", "arrive needs a name"},
		{"leave", "leave needs a name: leave NAME"},
		{"item", "item needs an item number"},
		{"item two", "item needs an item number"},
		{"item 0", "item needs an item number"},
		{"next 2", "next takes nothing after it"},
		{"break soon", `break soon: "soon" is not a length of time`},
		{"break -5m", "must be more than nothing"},
		{"wait", "wait needs a length of time"},
		{"wait 48h", "longer than a day"},
		{"card mair blue", "card needs a colour"},
		{"note", "note needs some text"},
		{"decide   ", "decide needs some text"},
		{"declare aled manages it", "declare needs a name, the item, a colon"},
		{"declare aled item x: it", "needs an item number"},
		{"action mair: do it", "action needs an owner and a due date"},
		{"action mair by tomorrow: do it", `action due date: "tomorrow" is not a date`},
		{"action mair by 31/02/2027: do it", `"31/02/2027" is not a day of the calendar`},
		{"undo it", "undo takes nothing after it"},
		{"correct 3: x", "correct needs what to change, note, decision or action"},
		{"correct note: x", "correct note needs the note's number"},
		{"correct decision 2", "correct decision 2 needs a colon and the new wording"},
		{"strike action 1:  ", "strike action 1 needs a colon and the reason"},
		{"visitor , NHS", "visitor needs the visitor's name"},
		{"action mair by 2026-12-20", "action needs a colon"},
		{"action by 2026-12-20: x", "action needs an owner and a due date"},
		{strings.Repeat("x", MaxLineLength+1), "the most is 2000"},
	}
	for _, tt := range tests {
		_, err := Parse(tt.line)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Parse(%.40q) error %v; want %q", tt.line, err, tt.want)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"arrive sian remote", "action mair by 2026-12-20: x", "card red", "break 10m",
		"declare a: b", "item 9999999999999999999", "wait 1h", "\x1b[2Jnote hi", "note \u202eevil"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		c, err := Parse(Clean(line))
		if err != nil {
			return
		}
		if c.Verb == "" {
			t.Fatalf("Parse(%q) gave no verb", line)
		}
		if c.Item < 0 || c.Duration < 0 {
			t.Fatalf("Parse(%q) gave negative numbers: %+v", line, c)
		}
	})
}
