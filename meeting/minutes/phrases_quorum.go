package minutes

import (
	"fmt"
	"strings"

	"github.com/gyda/gyda/internal/prose"
	"github.com/gyda/gyda/meeting"
)

// The words of "Quorum and balance", English and Welsh side by side, each
// English sentence followed by its Welsh, so a change to one is made beside
// the other. The screen's and plain mode's quorum line
// (meeting.Status.String) stays in meeting, which cannot import minutes;
// the minutes' English says the same facts in shorter sentences
// (standing), and the Welsh as "label: number" (status).

func (english) quorumAndBalance() string { return "Quorum and balance" }

func (welsh) quorumAndBalance() string { return "Cworwm a chydbwysedd" }

func (english) quorumRule(q QuorumRecord) string {
	s := fmt.Sprintf("The group is quorate with %d members present, at least %d of them people who use services or carers.", q.NeedPresent, q.NeedLived)
	if !q.RemoteCounts {
		s += " People joining remotely do not count towards the quorum."
	}
	return s + " It is balanced when people with lived experience are at least as many as paid staff."
}

func (welsh) quorumRule(q QuorumRecord) string {
	s := fmt.Sprintf("Mae cworwm pan fo o leiaf %d aelod yn bresennol, gydag o leiaf %d ohonynt yn bobl sy'n defnyddio gwasanaethau neu'n ofalwyr.", q.NeedPresent, q.NeedLived)
	if !q.RemoteCounts {
		s += " Nid yw pobl sy'n ymuno o bell yn cyfrif tuag at y cworwm."
	}
	return s + " Mae'r cyfarfod yn gytbwys pan fo nifer y bobl â phrofiad bywyd o leiaf cymaint â nifer y staff cyflogedig."
}

func (e english) fullest(st meeting.Status) string { return "At its fullest, " + e.standing(st) }

func (w welsh) fullest(st meeting.Status) string { return "Ar ei lawnaf: " + w.status(st) + "." }

// standing says who was present and how the meeting stood, in short
// sentences: "6 present: 4 lived experience, 2 staff (1 remote); 1 guest
// not counted. Balanced and quorate (needs 6, and 2 lived experience)."
func (english) standing(st meeting.Status) string {
	var b strings.Builder
	b.WriteString(st.Headcount())
	if others := st.NotCounted(); others != "" {
		fmt.Fprintf(&b, "; %s not counted", others)
	}
	need := st.Needs()
	unbalanced := fmt.Sprintf("not balanced (%d staff to %d lived experience)", st.Staff, st.Lived)
	switch {
	case st.Balanced && st.Quorate:
		fmt.Fprintf(&b, ". Balanced and quorate (%s).", need)
	case st.Balanced:
		fmt.Fprintf(&b, ". Balanced, but not quorate (%s).", need)
	case st.Quorate:
		fmt.Fprintf(&b, ". Quorate (%s), but %s.", need, unbalanced)
	default:
		fmt.Fprintf(&b, ". Not quorate (%s), and %s.", need, unbalanced)
	}
	return b.String()
}

// status says who was present in Welsh, in words and numbers:
// "7 yn bresennol (profiad bywyd: 4, staff: 3, o bell: 1); cytbwys; cworwm
// (angen 6, gan gynnwys 2 â phrofiad bywyd)".
func (welsh) status(st meeting.Status) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d yn bresennol (profiad bywyd: %d, staff: %d", st.Present, st.Lived, st.Staff)
	if st.Remote > 0 {
		fmt.Fprintf(&b, ", o bell: %d", st.Remote)
	}
	if st.Guests > 0 {
		fmt.Fprintf(&b, "; gwesteion, heb eu cyfrif: %d", st.Guests)
	}
	if st.Visitors > 0 {
		fmt.Fprintf(&b, "; ymwelwyr, heb eu cyfrif: %d", st.Visitors)
	}
	b.WriteString(")")
	if st.Balanced {
		b.WriteString("; cytbwys")
	} else {
		fmt.Fprintf(&b, "; anghytbwys (staff: %d, profiad bywyd: %d)", st.Staff, st.Lived)
	}
	need := fmt.Sprintf("angen %d, gan gynnwys %d â phrofiad bywyd", st.NeedPresent, st.NeedLived)
	if st.Counted != st.Present {
		need += fmt.Sprintf("; yn cyfrif: %d, gan nad yw pobl o bell yn cyfrif", st.Counted)
	}
	if st.Quorate {
		fmt.Fprintf(&b, "; cworwm (%s)", need)
	} else {
		fmt.Fprintf(&b, "; dim cworwm (%s)", need)
	}
	return b.String()
}

func (english) neverQuorate() string {
	return "The meeting was never quorate, so any decisions are provisional and go to the next meeting to be ratified."
}

func (welsh) neverQuorate() string {
	return "Nid oedd cworwm ar unrhyw adeg, felly mae unrhyw benderfyniadau dros dro, a byddant yn mynd i'r cyfarfod nesaf i'w cadarnhau."
}

func (e english) quorate(q QuorumRecord) string {
	if len(q.Inquorate) == 0 {
		return "The meeting was quorate from " + clock(q.QuorateFrom) + " to the end."
	}
	return "The meeting became quorate at " + clock(q.QuorateFrom) + ". It was not quorate " + e.spans(q.Inquorate) + "."
}

func (w welsh) quorate(q QuorumRecord) string {
	if len(q.Inquorate) == 0 {
		return "Roedd cworwm o " + clock(q.QuorateFrom) + " tan y diwedd."
	}
	return "Roedd cworwm o " + clock(q.QuorateFrom) + ". Nid oedd cworwm " + w.spans(q.Inquorate) + "."
}

func (e english) unbalanced(q QuorumRecord) string {
	return "Staff outnumbered people with lived experience " + e.spans(q.UnbalancedFor) + "."
}

func (w welsh) unbalanced(q QuorumRecord) string {
	return "Roedd mwy o staff nag o bobl â phrofiad bywyd " + w.spans(q.UnbalancedFor) + "."
}

func (english) decisionCount(q QuorumRecord) string {
	n := prose.Count(q.Decisions, "decision", "decisions")
	every := " all"
	switch q.Decisions {
	case 1:
		every = ""
	case 2:
		every = " both"
	}
	switch {
	case q.Provisional == 0:
		return n + "," + every + " taken quorate and balanced."
	case q.QuorateBalanced == 0:
		return n + "," + every + " provisional."
	}
	return fmt.Sprintf("%s: %d taken quorate and balanced, %d provisional.", n, q.QuorateBalanced, q.Provisional)
}

func (welsh) decisionCount(q QuorumRecord) string {
	return fmt.Sprintf("Penderfyniadau: %d (gyda chworwm a chydbwysedd: %d; dros dro: %d).", q.Decisions, q.QuorateBalanced, q.Provisional)
}
