package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// A meeting that votes and elects its chair, typed through --plain with
// the real binary: the chair's laptop is told the running counts, refused
// lines change nothing, the minutes have the vote and the election, and
// gyda rota then suggests the elected chair until the end of the term.
const votingScript = `arrive sian
arrive dafydd
arrive mair
arrive rhys remote
arrive aled
arrive claire
arrive tom
arrive priya
chair sian
minutes dafydd
next
declare aled item 2: manages the respite service
vote Should we write to the health board about weekend respite?
for sian, mair and dafydd
against claire
abstain rhys
for aled
for priya
quorum
next
vote close
next
elect chair: sian, mair
tally sian 4
tally mair 9
ballot sian
quorum
elect close
end
end
`

func TestVotingThroughPlain(t *testing.T) {
	group := sampleGroup(t)
	// The meeting is today, and the group elects its chair for a year.
	today := time.Now().UTC()
	agenda := filepath.Join(group, "agendas", "next.toml")
	text := regexp.MustCompile(`(?m)^start = .*$`).ReplaceAllString(readFile(t, agenda), "start = "+today.Format("2006-01-02")+"T10:00:00Z")
	writeFile(t, agenda, text)
	groupToml := filepath.Join(group, "group.toml")
	writeFile(t, groupToml, readFile(t, groupToml)+"\n[rotation]\nterm = \"12 months\"\n\n[votes]\nlived_experience_must_agree = true\n")

	out, errs, code := gyda(t, group, votingScript, "run", "--plain", "--clock", "sim")
	if code != 0 {
		t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", code, out, errs)
	}
	for _, want := range []string{
		"Election due: Nobody has been elected chair in a meeting yet, and the group's term is a year: an election is due. Hold one with: elect chair: NAME, NAME",
		"Vote 1 is open on item 2: Should we write to the health board about weekend respite?",
		"Record votes with: for NAME, NAME...; against NAME...; abstain NAME... Members joining remotely vote on their own screen. Close it with: vote close.",
		"Siân Davies: for.\nMair Jones: for.\nDafydd ap Gwilym: for.\nSo far: 3 for, 0 against, 0 abstained (lived experience: 3 for, 0 against, 0 abstained; staff: 0 for, 0 against, 0 abstained).\nNot voted yet: Rhys Evans, Claire Thomas and Tom Hughes.",
		"error: Aled Price declared an interest in this item (manages the respite service), so is not taking part in its decisions: their vote is not counted",
		"error: Priya Shah is a guest; guests do not vote",
		"Vote 1 open on item 2: Should we write to the health board about weekend respite?\nSo far: 3 for, 1 against, 1 abstained",
		"Not taking part (declared an interest): Aled Price.",
		"error: vote 1 (Should we write to the health board about weekend respite?) is still open on this item; close it first with: vote close",
		"Carried: 3 for, 1 against, 1 abstained.",
		"By kind: lived experience 3 for, 0 against, 1 abstained; staff 0 for, 1 against, 0 abstained.",
		"Carried by a simple majority (more for than against; abstentions do not count), and the lived-experience members agreed (3 for, 0 against), as the group's rules require.",
		"Secret ballot 1 is open for chair, on item 3: Siân Davies or Mair Jones.",
		"Paper ballots: 4 added for Siân Davies.",
		"error: that makes 13 paper ballots, but only 6 members are in the room",
		"error: ballot is how a member joining remotely votes",
		"Paper ballots added: Siân Davies 4, Mair Jones 0 (4 of 6 members in the room).",
		"Voted on screen: 0; how is not seen until the ballot closes.\nNot voted on screen yet: Rhys Evans.",
		"Siân Davies was elected chair, 4 votes to 0.",
		"Minutes written: ",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if strings.Contains(out, "\x1b") {
		t.Error("plain output has escape codes")
	}
	paths, _ := filepath.Glob(filepath.Join(group, "meetings", "*", "minutes.md"))
	if len(paths) != 1 {
		t.Fatalf("minutes files %v", paths)
	}
	md := readFile(t, paths[0])
	until := today.AddDate(1, 0, 0).Format("Monday 2 January 2006")
	for _, want := range []string{
		"**Decision 1, by vote**: Should we write to the health board about weekend respite?  \nCarried: 3 for, 1 against, 1 abstained.  \n" +
			"By kind: people with lived experience 3 for, 0 against, 1 abstained; staff 0 for, 1 against, 0 abstained.  \n",
		"**Decision 2**: election of the chair, by secret ballot  \nSiân Davies was elected chair, 4 votes to 0.  \nIt was a secret ballot: 4 ballots were counted.  \n" +
			"The term runs until " + until + ".",
		"Not taking part, having declared an interest: Aled Price.",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("minutes lack %q:\n%s", want, md)
		}
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(paths[0]), "journal.jsonl")); err != nil {
		t.Fatal(err)
	}

	out, errs, code = gyda(t, group, "", "rota")
	if code != 0 {
		t.Fatalf("rota: exit %d: %s", code, errs)
	}
	elected := today.Format("2 January 2006")
	for _, want := range []string{
		"Elected: Siân Davies was elected chair on " + elected + " (4 votes to 0), until " + today.AddDate(1, 0, 0).Format("2 January 2006") + ". An election is due then.",
		"Suggested next: Siân Davies (elected chair on " + elected + ", until ",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("rota lacks %q:\n%s", want, out)
		}
	}
}
