package minutes

import (
	"strings"
	"testing"
	"time"

	"github.com/gyda/gyda/config/demo"
	"github.com/gyda/gyda/meeting"
)

// shortScript is a meeting of short times: a turn of 40 seconds, a break
// of 20 seconds, quorum lost for 20 seconds and for good, and an item
// that took under a minute.
const shortScript = `arrive sian
arrive dafydd
arrive mair
arrive rhys
arrive aled
arrive claire
chair sian
minutes dafydd
wait 5m
hand aled
speak
wait 40s
done
hand sian
speak
wait 2m50s
done
break
wait 20s
resume
leave claire
wait 20s
arrive claire
wait 5m
next
wait 30s
next
leave rhys
wait 10m
end
`

// shortMinutes is shortScript's minutes as Markdown in a language.
func shortMinutes(t *testing.T, lang string, script string) string {
	t.Helper()
	folder, agenda, err := demo.WriteTo(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	folder.Group.Minutes.Language = lang
	setup := &meeting.Setup{Group: folder.Group, Agenda: agenda, People: folder.Roster.People(), Clock: "sim"}
	setup, events := runScript(t, setup, script)
	m, err := Build(setup, events)
	if err != nil {
		t.Fatal(err)
	}
	return string(Markdown(m))
}

// TestShortTimesReadWell checks short times are never "0 minutes" and a
// short break is not "from 10:05 to 10:05".
func TestShortTimesReadWell(t *testing.T) {
	for lang, wants := range map[string][]string{
		"en": {
			"The meeting became quorate at 10:00. It was not quorate briefly at 10:08 and from 10:14 to the end.",
			"A break of under a minute at 10:08.",
			"Speaking time: people with lived experience 2 minutes 50 seconds (81%), staff 40 seconds (19%).",
			"5 minutes planned, took under a minute.",
		},
		"cy": {
			"Roedd cworwm o 10:00. Nid oedd cworwm am ennyd am 10:08 ac o 10:14 tan y diwedd.",
			"Egwyl o lai na munud am 10:08.",
			"Amser siarad: pobl â phrofiad bywyd 2 munud 50 eiliad (81%), staff 40 eiliad (19%).",
			"amser a gymerwyd: llai na munud.",
		},
	} {
		md := shortMinutes(t, lang, shortScript)
		for _, want := range wants {
			if !strings.Contains(md, want) {
				t.Errorf("%s minutes lack %q:\n%s", lang, want, md)
			}
		}
		// Staff never outnumbered people with lived experience.
		for _, bad := range []string{" 0 minutes", " 0 munud", "10:08 to 10:08", "10:08 tan 10:08", "Staff outnumbered", "mwy o staff"} {
			if strings.Contains(md, bad) {
				t.Errorf("%s minutes say %q", lang, bad)
			}
		}
	}
}

// TestQuorateToTheEnd: a meeting that never lost quorum says from when.
func TestQuorateToTheEnd(t *testing.T) {
	md := shortMinutes(t, "en", "arrive sian\narrive dafydd\narrive mair\nwait 5m\narrive rhys\narrive aled\narrive claire\nwait 30m\nend\n")
	if want := "The meeting was quorate from 10:05 to the end."; !strings.Contains(md, want) {
		t.Errorf("minutes lack %q:\n%s", want, md)
	}
}

// TestChairWhoLeavesIsMinuted: a chair who leaves without handing over is
// minuted where it happened and beside their name; so is a minute-taker
// who leaves and comes back.
func TestChairWhoLeavesIsMinuted(t *testing.T) {
	script := `arrive sian
arrive dafydd
arrive mair
arrive rhys
arrive aled
arrive claire
chair sian
minutes dafydd
wait 5m
next
wait 5m
leave dafydd
wait 3m
arrive dafydd
wait 20m
next
leave sian
wait 10m
chair mair
wait 10m
end
`
	for lang, wants := range map[string][]string{
		"en": {
			"Chair: Siân Davies (left at 10:33), then Mair Jones (from 10:43, item 3).",
			"Minutes taken by: Dafydd ap Gwilym.",
			"## 2. Declarations of interest\n\n*Led by Siân Davies. 5 minutes planned, took 28 minutes.*\n\nDafydd ap Gwilym, the minute-taker, left at 10:10 without handing over, and came back at 10:13.",
			"Siân Davies, the chair, left at 10:33 without handing over.\n\nMair Jones took over as chair at 10:43.",
		},
		"cy": {
			"Cadeirydd: Siân Davies (gadawodd am 10:33), yna Mair Jones (o 10:43, eitem 3).",
			"Gadawodd Dafydd ap Gwilym, y cofnodwr, am 10:10 heb drosglwyddo'r awenau, a daeth yn ôl am 10:13.",
			"Gadawodd Siân Davies, y cadeirydd, am 10:33 heb drosglwyddo'r awenau.",
		},
	} {
		md := shortMinutes(t, lang, script)
		for _, want := range wants {
			if !strings.Contains(md, want) {
				t.Errorf("%s minutes lack %q:\n%s", lang, want, md)
			}
		}
	}

	// Someone who was both (the meeting does not allow it now) is minuted
	// once.
	both := Departure{Name: "Siân Davies", Roles: []meeting.Role{meeting.RoleChair, meeting.RoleMinuteTaker}, At: time.Date(2026, 12, 3, 10, 5, 0, 0, time.UTC)}
	for p, want := range map[phrasebook]string{
		english{}: "Siân Davies, the chair and minute-taker, left at 10:05 without handing over.",
		welsh{}:   "Gadawodd Siân Davies, y cadeirydd a'r cofnodwr, am 10:05 heb drosglwyddo'r awenau.",
	} {
		if got := p.departure(both); got != want {
			t.Errorf("%s: %q; want %q", p.code(), got, want)
		}
	}
}

// TestMinutesOfTheLastMeeting: the minutes quote what the item for the
// last meeting's minutes recorded about agreeing them, and never claim
// they were agreed when nothing says so.
func TestMinutesOfTheLastMeeting(t *testing.T) {
	const start = "arrive sian\narrive dafydd\nnext\nnext\n"
	for _, c := range []struct {
		script string
		want   string
	}{
		{start + "note Agreed as a true record, with one correction: Rhys was there.\nnote We went through the action log.\nend\n",
			"## Minutes of the last meeting\n\nRecorded at item 3:\n\n- Agreed as a true record, with one correction: Rhys was there.\n\n## 1."},
		{start + "note We went through the action log.\nend\n",
			"## Minutes of the last meeting\n\nThey were item 3. These minutes do not record whether they were agreed.\n\n## 1."},
		{"arrive sian\nend\n",
			"## Minutes of the last meeting\n\nThey were item 3, which the meeting did not reach.\n\n## 1."},
	} {
		md := shortMinutes(t, "en", c.script)
		if !strings.Contains(md, c.want) {
			t.Errorf("minutes lack %q:\n%s", c.want, md)
		}
		if strings.Contains(md, "went through the action log") && strings.Contains(md, "- We went through the action log.\n\n## 1.") {
			t.Error("a note that does not speak of the minutes was quoted as if it did")
		}
	}
}

// TestRedCardPause: a red card says how long it paused the meeting, and
// does not claim a pause when the meeting was paused already.
func TestRedCardPause(t *testing.T) {
	script := `arrive sian
arrive dafydd
wait 5m
card dafydd red
wait 30s
resume
wait 5m
break
card sian red
wait 10m
resume
card sian red
wait 4m
end
`
	for lang, wants := range map[string][]string{
		"en": {
			"Dafydd ap Gwilym showed a red card at 10:05, and the meeting paused for under a minute.",
			"Siân Davies showed a red card at 10:10.\n",
			"Siân Davies showed a red card at 10:20, and the meeting paused until 10:24.",
		},
		"cy": {
			"Dangosodd Dafydd ap Gwilym gerdyn coch am 10:05, ac oedodd y cyfarfod am lai na munud.",
			"Dangosodd Siân Davies gerdyn coch am 10:10.\n",
			"Dangosodd Siân Davies gerdyn coch am 10:20, ac oedodd y cyfarfod tan 10:24.",
		},
	} {
		md := shortMinutes(t, lang, script)
		for _, want := range wants {
			if !strings.Contains(md, want) {
				t.Errorf("%s minutes lack %q:\n%s", lang, want, md)
			}
		}
	}
}

func TestDecisionCount(t *testing.T) {
	for _, c := range []struct {
		q    QuorumRecord
		want string
	}{
		{QuorumRecord{Decisions: 1, Provisional: 1}, "1 decision, provisional."},
		{QuorumRecord{Decisions: 1, QuorateBalanced: 1}, "1 decision, taken quorate and balanced."},
		{QuorumRecord{Decisions: 2, Provisional: 2}, "2 decisions, both provisional."},
		{QuorumRecord{Decisions: 4, QuorateBalanced: 4}, "4 decisions, all taken quorate and balanced."},
		{QuorumRecord{Decisions: 3, QuorateBalanced: 2, Provisional: 1}, "3 decisions: 2 taken quorate and balanced, 1 provisional."},
	} {
		if got := (english{}).decisionCount(c.q); got != c.want {
			t.Errorf("%+v: %q; want %q", c.q, got, c.want)
		}
	}
}
