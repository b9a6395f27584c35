package meeting

import (
	"fmt"
	"sort"
	"time"

	"github.com/gyda/gyda/roster"
)

// Waiting is one person in the speaking queue, with why they are where they
// are.
type Waiting struct {
	Person string
	Since  time.Time
	// SpokenOnItem and SpokenInAll are how long they have spoken on this
	// item and in the whole meeting.
	SpokenOnItem, SpokenInAll time.Duration
	Reason                    string

	heardOnItem, heardAtAll bool
}

// QueueOrder is the speaking queue in the order people will be called:
// those who have not spoken on this item first, then those who have spoken
// least in the meeting, then whoever raised their hand first. Each entry
// says why it is where it is.
func (s *State) QueueOrder(now time.Time) []Waiting {
	out := make([]Waiting, 0, len(s.Queue))
	for _, r := range s.Queue {
		out = append(out, Waiting{
			Person:       r.Person,
			Since:        r.At,
			SpokenOnItem: s.SpokenFor(r.Person, s.Item, now),
			SpokenInAll:  s.SpokenFor(r.Person, 0, now),
			heardOnItem:  s.HasSpoken(r.Person, s.Item),
			heardAtAll:   s.HasSpoken(r.Person, 0),
		})
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.heardOnItem != b.heardOnItem {
			return !a.heardOnItem
		}
		if a.SpokenInAll != b.SpokenInAll {
			return a.SpokenInAll < b.SpokenInAll
		}
		return a.Since.Before(b.Since)
	})
	for i := range out {
		out[i].Reason = queueReason(out, i)
	}
	return out
}

func queueReason(q []Waiting, i int) string {
	w := q[i]
	switch {
	case !w.heardAtAll:
		return "has not spoken yet"
	case !w.heardOnItem:
		return "has not spoken on this item"
	}
	reason := fmt.Sprintf("has spoken %s in all", Span(w.SpokenInAll))
	if i+1 < len(q) && q[i+1].SpokenInAll > w.SpokenInAll {
		reason += ", less than those after"
	}
	return reason
}

// SpokenFor is how long the person has spoken on item n (0: in the whole
// meeting), counting a turn still going on up to now.
func (s *State) SpokenFor(person string, item int, now time.Time) time.Duration {
	var d time.Duration
	for _, t := range s.Turns {
		if t.Person == person && (item == 0 || t.Item == item) {
			d += t.To.Sub(t.From)
		}
	}
	if t := s.Speaker; t != nil && t.Person == person && (item == 0 || t.Item == item) && now.After(t.From) {
		d += now.Sub(t.From)
	}
	return d
}

// HasSpoken reports whether the person has had the floor on item n (0: at
// any point in the meeting), however briefly; a turn still going counts.
func (s *State) HasSpoken(person string, item int) bool {
	for _, t := range s.Turns {
		if t.Person == person && (item == 0 || t.Item == item) {
			return true
		}
	}
	sp := s.Speaker
	return sp != nil && sp.Person == person && (item == 0 || sp.Item == item)
}

// SpeakingShare is speaking time by kind of member, for the whole meeting
// (item 0) or one item. Each turn counts for the kind the speaker had when
// they spoke.
type SpeakingShare struct {
	Lived, Staff, Guests time.Duration
}

// SpeakingByKind adds up speaking time by kind.
func (s *State) SpeakingByKind(item int, now time.Time) SpeakingShare {
	var sh SpeakingShare
	add := func(k roster.Kind, d time.Duration) {
		switch {
		case k.LivedExperience():
			sh.Lived += d
		case k.IsStaff():
			sh.Staff += d
		default:
			sh.Guests += d
		}
	}
	for _, t := range s.Turns {
		if item == 0 || t.Item == item {
			add(t.Kind, t.To.Sub(t.From))
		}
	}
	if t := s.Speaker; t != nil && (item == 0 || t.Item == item) && now.After(t.From) {
		add(t.Kind, now.Sub(t.From))
	}
	return sh
}

// NotSpoken lists counted members present who have not spoken on item n,
// in order of arrival: the people to offer a go-round to before the item
// closes.
func (s *State) NotSpoken(item int) []string {
	var out []string
	for _, a := range s.Present() {
		if !s.Person(a.Person).Kind.Counted() {
			continue
		}
		if !s.HasSpoken(a.Person, item) {
			out = append(out, a.Person)
		}
	}
	return out
}
