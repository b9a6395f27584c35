package room

import (
	"fmt"
	"strings"
	"time"

	"github.com/gyda/gyda/internal/prose"
)

// words are the room screen's own words in one language. What people
// wrote (the agenda, names, decisions) is never translated. Each
// language is a function returning a fresh value: nothing here is shared
// or changed.
type words struct {
	item      func(n, of int) string // "Item 4 of 7"
	lead      string                 // "Lead: %s"
	secret    string                 // a confidential item
	left      string                 // "%s left of %s"
	over      string                 // "over by %s"
	speaking  string
	nobody    string // nobody has the floor
	next      string
	noQueue   string
	quorate   string
	inquorate string
	balanced  string
	unbalance string
	present   func(n, lived, staff int) string
	remote    string // "(%d remote)"
	guests    func(n int) string
	needs     string // "needs %d, %d lived experience"
	short     func(people, lived int) string
	tentative string // decisions now would be provisional
	nextBreak string // "Next break at %s (in %s)"
	breakDue  string // "A break is due (since %s)"
	breakAsk  func(names string) string
	vote      string // "Vote: %s", the question of an open vote
	ballot    func(chair bool, names string) string
	decision  func(n int) string
	provis    string
	join      string
	key       string
	passcode  string
	onBreak   string // in large type
	backAt    string // "Back at %s (in %s)"
	dueBack   string // "We were due back at %s (%s ago)"
	after     func(n int, title string) string
	redCard   string // in large type
	redFrom   string // "%s showed a red card: ..."
	paused    string
	card      func(colour, name string) string
	soon      string
	starts    string // "Planned start %s"
	agenda    string
	more      func(n int) string
	waiting   string
	willShow  string
	leave     string
	thanks    string // in large type
	endedAt   string // "The meeting ended at %s."
	tally     func(decisions, provisional, actions int) string
	unread    string // the record cannot be read
	span      func(d time.Duration) string
}

func english() words {
	return words{
		item:      func(n, of int) string { return fmt.Sprintf("Item %d of %d", n, of) },
		lead:      "Lead: %s",
		secret:    "Confidential item",
		left:      "%s left of %s",
		over:      "over by %s",
		speaking:  "Speaking",
		nobody:    "Nobody has the floor",
		next:      "Next",
		noQueue:   "nobody is waiting to speak",
		quorate:   "✓ Quorate",
		inquorate: "✗ NOT QUORATE",
		balanced:  "✓ Balanced",
		unbalance: "✗ NOT BALANCED",
		present: func(n, lived, staff int) string {
			return fmt.Sprintf("%d present: %d lived experience, %d staff", n, lived, staff)
		},
		remote: "(%d remote)",
		guests: func(n int) string { return prose.Count(n, "guest", "guests") + " not counted" },
		needs:  "needs %d, %d lived experience",
		short: func(people, lived int) string {
			switch {
			case lived >= people: // people with lived experience make up the number too
				return prose.Count(lived, "more person", "more people") + " with lived experience needed"
			case lived > 0:
				return fmt.Sprintf("%s needed, %d of them with lived experience", prose.Count(people, "more person", "more people"), lived)
			}
			return prose.Count(people, "more person", "more people") + " needed"
		},
		tentative: "Decisions taken now are provisional: the next meeting is asked to agree them.",
		nextBreak: "Next break at %s (in %s)",
		breakDue:  "A break is due (since %s)",
		breakAsk:  func(names string) string { return "A break was asked for by " + names },
		vote:      "Vote: %s",
		ballot: func(chair bool, names string) string {
			if chair {
				return "Secret ballot for chair: " + names
			}
			return "Secret ballot for minute-taker: " + names
		},
		decision: func(n int) string { return fmt.Sprintf("Decision %d", n) },
		provis:   "PROVISIONAL",
		join:     "Join",
		key:      "key",
		passcode: "passcode",
		onBreak:  "BREAK",
		backAt:   "Back at %s (in %s)",
		dueBack:  "We were due back at %s (%s ago)",
		after:    func(n int, title string) string { return fmt.Sprintf("After the break: item %d, %s", n, title) },
		redCard:  "RED CARD",
		redFrom:  "%s showed a red card: stop, a question, or not OK.",
		paused:   "The meeting is paused until the chair carries on.",
		card: func(colour, name string) string {
			switch colour {
			case "yellow":
				return "Yellow card from " + name + ": slow down, or explain that"
			case "green":
				return "Green card from " + name + ": agree"
			}
			return colour + " card from " + name
		},
		soon:     "The meeting will start soon",
		starts:   "Planned start %s",
		agenda:   "Agenda",
		more:     func(n int) string { return fmt.Sprintf("and %d more", n) },
		waiting:  "No meeting is running in this group yet.",
		willShow: "This screen will show the meeting as soon as it starts.",
		leave:    "Press %s to close this screen.",
		thanks:   "THANK YOU",
		endedAt:  "The meeting ended at %s.",
		tally: func(decisions, provisional, actions int) string {
			s := prose.Count(decisions, "decision", "decisions")
			if provisional > 0 {
				s += fmt.Sprintf(" (%d provisional)", provisional)
			}
			return s + ", " + prose.Count(actions, "action", "actions") + "."
		},
		unread: "The meeting's record cannot be read just now",
		span:   englishSpan,
	}
}

func welsh() words {
	return words{
		item:      func(n, of int) string { return fmt.Sprintf("Eitem %d o %d", n, of) },
		lead:      "Yn arwain: %s",
		secret:    "Eitem gyfrinachol",
		left:      "%s ar ôl o %s",
		over:      "%s dros yr amser",
		speaking:  "Yn siarad",
		nobody:    "Does neb yn siarad",
		next:      "Nesaf",
		noQueue:   "does neb yn aros i siarad",
		quorate:   "✓ Cworwm",
		inquorate: "✗ DIM CWORWM",
		balanced:  "✓ Cytbwys",
		unbalance: "✗ ANGHYTBWYS",
		present: func(n, lived, staff int) string {
			return fmt.Sprintf("%d yn bresennol: profiad bywyd %d, staff %d", n, lived, staff)
		},
		remote: "(o bell: %d)",
		guests: func(n int) string { return fmt.Sprintf("gwesteion heb eu cyfrif: %d", n) },
		needs:  "angen %d, gan gynnwys %d â phrofiad bywyd",
		short: func(people, lived int) string {
			switch {
			case lived >= people:
				return fmt.Sprintf("angen %d arall â phrofiad bywyd", lived)
			case lived > 0:
				return fmt.Sprintf("angen %d arall, gan gynnwys %d â phrofiad bywyd", people, lived)
			}
			return fmt.Sprintf("angen %d arall", people)
		},
		tentative: "Mae penderfyniadau a wneir nawr dros dro, i'w cadarnhau mewn cyfarfod arall.",
		nextBreak: "Egwyl nesaf am %s (mewn %s)",
		breakDue:  "Mae'n amser egwyl (ers %s)",
		breakAsk:  func(names string) string { return "Gofynnodd " + names + " am egwyl" },
		vote:      "Pleidlais: %s",
		ballot: func(chair bool, names string) string {
			if chair {
				return "Pleidlais gudd i ddewis cadeirydd: " + names
			}
			return "Pleidlais gudd i ddewis cofnodwr: " + names
		},
		decision: func(n int) string { return fmt.Sprintf("Penderfyniad %d", n) },
		provis:   "DROS DRO",
		join:     "Ymuno",
		key:      "allwedd",
		passcode: "cod",
		onBreak:  "EGWYL",
		backAt:   "Yn ôl am %s (mewn %s)",
		dueBack:  "Roedden ni i fod yn ôl am %s (%s yn ôl)",
		after:    func(n int, title string) string { return fmt.Sprintf("Ar ôl yr egwyl: eitem %d, %s", n, title) },
		redCard:  "CERDYN COCH",
		redFrom:  "Dangosodd %s gerdyn coch: stop, cwestiwn, neu ddim yn iawn.",
		paused:   "Mae'r cyfarfod wedi oedi nes bydd y cadeirydd yn ailddechrau.",
		card: func(colour, name string) string {
			switch colour {
			case "yellow":
				return "Cerdyn melyn gan " + name + ": arafwch, neu esboniwch hynny"
			case "green":
				return "Cerdyn gwyrdd gan " + name + ": cytuno"
			}
			return "Cerdyn " + colour + " gan " + name
		},
		soon:     "Bydd y cyfarfod yn dechrau cyn bo hir",
		starts:   "Dechrau am %s",
		agenda:   "Agenda",
		more:     func(n int) string { return fmt.Sprintf("a %d arall", n) },
		waiting:  "Does dim cyfarfod yn rhedeg yn y grŵp hwn eto.",
		willShow: "Bydd y sgrin hon yn dangos y cyfarfod cyn gynted ag y bydd yn dechrau.",
		leave:    "Pwyswch %s i gau'r sgrin hon.",
		thanks:   "DIOLCH",
		endedAt:  "Daeth y cyfarfod i ben am %s.",
		tally: func(decisions, provisional, actions int) string {
			s := fmt.Sprintf("Penderfyniadau: %d", decisions)
			if provisional > 0 {
				s += fmt.Sprintf(" (dros dro: %d)", provisional)
			}
			return s + fmt.Sprintf(". Camau gweithredu: %d.", actions)
		},
		unread: "Ni ellir darllen cofnod y cyfarfod ar hyn o bryd",
		span:   welshSpan,
	}
}

// tongue is the room's words in the group's minutes language: English,
// Welsh, or both, Welsh first, as the minutes put them.
type tongue []words

// tongueFor is the tongue for a group.toml minutes language (en, cy,
// en+cy).
func tongueFor(language string) tongue {
	switch language {
	case "cy":
		return tongue{welsh()}
	case "en+cy", "cy+en":
		return tongue{welsh(), english()}
	}
	return tongue{english()}
}

// say is a phrase in each language, joined: "Yn siarad / Speaking".
func (t tongue) say(phrase func(w words) string) string {
	parts := make([]string, len(t))
	for i, w := range t {
		parts[i] = phrase(w)
	}
	return strings.Join(parts, " / ")
}

// lines is a sentence in each language, one a line.
func (t tongue) lines(phrase func(w words) string) []string {
	out := make([]string, len(t))
	for i, w := range t {
		out[i] = phrase(w)
	}
	return out
}

// englishSpan says a length of time for the room: "under a minute", "1
// minute", "25 minutes", "1 hour 5 minutes".
func englishSpan(d time.Duration) string {
	h, m := hoursMinutes(d)
	switch {
	case h == 0 && m == 0:
		return "under a minute"
	case h == 0:
		return prose.Count(m, "minute", "minutes")
	case m == 0:
		return prose.Count(h, "hour", "hours")
	}
	return prose.Count(h, "hour", "hours") + " " + prose.Count(m, "minute", "minutes")
}

// welshSpan: a Welsh noun stays singular after a numeral ("25 munud").
func welshSpan(d time.Duration) string {
	h, m := hoursMinutes(d)
	switch {
	case h == 0 && m == 0:
		return "llai na munud"
	case h == 0:
		return fmt.Sprintf("%d munud", m)
	case m == 0:
		return fmt.Sprintf("%d awr", h)
	}
	return fmt.Sprintf("%d awr %d munud", h, m)
}

// hoursMinutes is a length of time in whole hours and minutes, rounded
// down (a minute and a half is "1 minute").
func hoursMinutes(d time.Duration) (h, m int) {
	if d < 0 {
		d = -d
	}
	total := int(d / time.Minute)
	return total / 60, total % 60
}
