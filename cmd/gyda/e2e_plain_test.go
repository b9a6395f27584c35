package main

import (
	"net"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// A whole meeting of the sample group, typed through --plain.
const wholeMeeting = `arrive sian
arrive dafydd
arrive mair
arrive rhys remote
arrive aled
arrive claire
arrive priya
apologies bethan
apologies john
chair sian
minutes dafydd
quorum
arrive nonsense
next
declare aled item 2: manages the respite service at the health board
next
note The minutes of the last meeting were agreed.
wait 20m
next
hand mair
hand claire
speak
wait 3m
done
speak
wait 2m
done
note 212 carers answered the survey; many could not get respite at weekends.
offrecord Mair talked about her own family's crisis last winter.
decide The RPB will be asked to fund weekend respite.
action aled by 2026-12-20: share the survey results with the carers' centre
wait 40m
break
wait 10m
resume
next
arrive tom
leave mair
leave rhys
leave priya
card dafydd red
resume
decide Ask the bus company to come to the next meeting.
action Dafydd ap Gwilym by 2027-01-10: write to the bus company
next
next
reflect Everyone had a say; the room was too warm.
end
`

func TestWholeMeetingThroughPlain(t *testing.T) {
	group := sampleGroup(t)
	out, errs, code := gyda(t, group, wholeMeeting, "run", "--plain", "--clock", "sim")
	if code != 0 {
		t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", code, out, errs)
	}
	if regexp.MustCompile("\x1b").MatchString(out) {
		t.Fatal("plain output has escape codes")
	}
	for _, want := range []string{
		"Meeting opened at 10:00: Co-production Group.",
		"Siân Davies arrived (person using services, in the room).",
		"Quorum: 6 present: 4 lived experience, 2 staff (1 remote), and 1 guest not counted; balanced; quorate (needs 6, and 2 lived experience).",
		`error: arrive: no one called "nonsense"`,
		"Decision 1 recorded: The RPB will be asked to fund weekend respite.",
		"Decision 2 recorded as PROVISIONAL (1 more person needed for quorum; not balanced: 3 staff to 2 lived experience)",
		"RED CARD from Dafydd ap Gwilym",
		"reminder: a break is due",
		"Minutes written: ",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	paths, _ := filepath.Glob(filepath.Join(group, "meetings", "*", "minutes.md"))
	if len(paths) != 1 {
		t.Fatalf("minutes files %v", paths)
	}
	md := readFile(t, paths[0])
	for _, want := range []string{
		"# Co-production Group: minutes",
		"| Siân Davies | person using services | in person | 10:00 | at the end |",
		"| Rhys Evans | carer | remote | 10:00 |",
		"| Aled Price | staff, Swansea Bay University Health Board | in person |",
		"- Priya Shah, Swansea University (guest, in person,",
		"- Bethan Morgan\n- John Williams",
		"Chair: Siân Davies.",
		"Minutes taken by: Dafydd ap Gwilym.",
		"- Aled Price (item 2, Declarations of interest): manages the respite service at the health board",
		"**Decision 1**: The Regional Partnership Board (RPB) will be asked to fund weekend respite.",
		"**Decision 2 (provisional)**: Ask the bus company to come to the next meeting.",
		"Provisional: when it was taken, the meeting was not quorate (it needed 1 more person). It was also not balanced (3 staff to 2 people with lived experience).",
		"**Action 1**: Aled Price will share the survey results with the carers' centre, by Sunday 20 December 2026.",
		"**Action 2**: Dafydd ap Gwilym will write to the bus company, by Sunday 10 January 2027.",
		"Dafydd ap Gwilym showed a red card at",
		"- Everyone had a say; the room was too warm.",
		"- Break from 11:05 to 11:15.",
		"## 6. The RPB annual report",
		"## Next meeting",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("minutes lack %q", want)
		}
	}
	if strings.Contains(md, "crisis") || strings.Contains(md, "own family") {
		t.Error("an off-the-record note reached the minutes")
	}
	if strings.Count(md, "Regional Partnership Board (RPB)") != 1 {
		t.Error("RPB should be spelled out once, on first use")
	}
}

func TestBadLinesNeverEndTheMeeting(t *testing.T) {
	group := sampleGroup(t)
	in := "frobnicate\narrive\nitem 99\ncard sian purple\n\x1b[2Jarrive sian\nresume\nquorum\n"
	out, _, code := gyda(t, group, in, "run", "--plain", "--clock", "sim")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, out)
	}
	if n := strings.Count(out, "error: "); n != 5 {
		t.Errorf("%d error lines; want 5:\n%s", n, out)
	}
	if !strings.Contains(out, "Siân Davies arrived") {
		t.Error("the escape sequence should be cleaned and the arrival recorded")
	}
	if !strings.Contains(out, "the meeting has not: everything is saved") {
		t.Error("end of input should say the meeting can be resumed")
	}
}

// Running the same gyda run AGENDA again (after a crash, say) carries the
// unfinished meeting on; another agenda is refused, saying which meeting
// is open and how to carry it on or end it.
func TestRunWithAnAgendaWhileAMeetingIsUnfinished(t *testing.T) {
	group := sampleGroup(t)
	gyda(t, group, "arrive sian\n", "run", "agendas/next.toml", "--plain", "--clock", "sim")
	out, errs, code := gyda(t, group, "arrive mair\nquorum\n", "run", "agendas/next.toml", "--plain", "--clock", "sim")
	if code != 0 || !strings.Contains(out, "Resuming the unfinished meeting") || !strings.Contains(out, "Quorum: 2 present") {
		t.Fatalf("the same agenda did not carry the meeting on: exit %d\n%s\n%s", code, out, errs)
	}
	other := filepath.Join(group, "agendas", "other.toml")
	writeFile(t, other, strings.Replace(readFile(t, filepath.Join(group, "agendas", "next.toml")), "title = ", "title = \"Another meeting\"\n# was: ", 1))
	_, errs, code = gyda(t, group, "arrive tom\n", "run", other, "--plain", "--clock", "sim")
	for _, want := range []string{`the meeting "Co-production Group" of Thursday 3 December 2026 has not ended`, "cannot start yet",
		"To carry that meeting on, run gyda run with no agenda", "type end"} {
		if code != 1 || !strings.Contains(errs, want) {
			t.Fatalf("exit %d, stderr %q; want %q", code, errs, want)
		}
	}
	if paths, _ := filepath.Glob(filepath.Join(group, "meetings", "*")); len(paths) != 1 {
		t.Fatalf("meetings %v; want only the unfinished one", paths)
	}
}

func TestAFailedStartLeavesNoMeetingBehind(t *testing.T) {
	group := sampleGroup(t)
	taken, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer taken.Close()
	_, errs, code := gyda(t, group, "", "run", "--plain", "--share", taken.Addr().String())
	if code == 0 {
		t.Fatalf("sharing on a taken address succeeded: %s", errs)
	}
	if paths, _ := filepath.Glob(filepath.Join(group, "meetings", "*")); len(paths) != 0 {
		t.Fatalf("a meeting that never started was left behind: %v", paths)
	}
	_, errs, code = gyda(t, group, "", "run", "--plain", "--theme", "purple")
	if code != 2 || !strings.Contains(errs, `--theme "purple"`) {
		t.Fatalf("exit %d, stderr %q; want a usage error for the theme", code, errs)
	}
}
