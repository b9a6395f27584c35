package minutes

import (
	"fmt"
	"math"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/gyda/gyda/internal/prose"
	"github.com/gyda/gyda/meeting"
	"github.com/gyda/gyda/roster"
)

// welsh is the Welsh phrasebook. It uses the standard terms of Welsh
// public-body minutes (Cofnodion, Yn bresennol, Ymddiheuriadau, ...) and
// writes numbers as "label: number" where a Welsh noun after a numeral
// would need a mutation that depends on how the number is read aloud.
type welsh struct{}

func (welsh) code() string { return "cy" }
func (welsh) tag() string  { return "cy-GB" }

// welshDays and welshMonths are the Welsh names, built on each call so
// there is no package-level table to change.
func welshDay(d time.Weekday) string {
	return [...]string{"dydd Sul", "dydd Llun", "dydd Mawrth", "dydd Mercher", "dydd Iau", "dydd Gwener", "dydd Sadwrn"}[d]
}

func welshMonth(m time.Month) string {
	return [...]string{"Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf",
		"Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr"}[m-1]
}

func (w welsh) longDate(t time.Time) string { return welshDay(t.Weekday()) + " " + w.shortDate(t) }
func (welsh) shortDate(t time.Time) string {
	return fmt.Sprintf("%d %s %d", t.Day(), welshMonth(t.Month()), t.Year())
}

// duration: a Welsh noun stays singular after a numeral ("25 munud").
func (welsh) duration(d time.Duration) string {
	if d < time.Minute {
		return "llai na munud"
	}
	return fmt.Sprintf("%d munud", int(math.Round(d.Minutes())))
}

// talkTime: as English, with awr, munud and eiliad.
func (welsh) talkTime(d time.Duration) string {
	h, m, sec := clockParts(d)
	switch {
	case h > 0 && m > 0:
		return fmt.Sprintf("%d awr %d munud", h, m)
	case h > 0:
		return fmt.Sprintf("%d awr", h)
	case m >= 10 || (m > 0 && sec == 0):
		return fmt.Sprintf("%d munud", m)
	case m > 0:
		return fmt.Sprintf("%d munud %d eiliad", m, sec)
	}
	return fmt.Sprintf("%d eiliad", sec)
}

func (w welsh) spans(ss []Span) string {
	parts := make([]string, len(ss))
	for i, s := range ss {
		switch {
		case s.To.IsZero():
			parts[i] = "o " + clock(s.From) + " tan y diwedd"
		case s.To.Sub(s.From) < time.Minute:
			parts[i] = "am ennyd am " + clock(s.From)
		default:
			parts[i] = "o " + clock(s.From) + " tan " + clock(s.To)
		}
	}
	return w.joinAnd(parts)
}

func (welsh) kind(k roster.Kind) string {
	switch k {
	case roster.PersonUsingServices:
		return "person sy'n defnyddio gwasanaethau"
	case roster.Carer:
		return "gofalwr"
	case roster.Staff:
		return "staff"
	case roster.Guest:
		return "gwestai"
	case roster.Visitor:
		return "ymwelydd"
	}
	return string(k)
}

func (welsh) how(a Attendee) string {
	switch {
	case a.Remote && a.InPerson:
		return "wyneb yn wyneb ac o bell"
	case a.Remote:
		return "o bell"
	}
	return "wyneb yn wyneb"
}

func (welsh) role(r meeting.Role) string {
	switch r {
	case meeting.RoleChair:
		return "cadeirydd"
	case meeting.RoleMinuteTaker:
		return "cofnodwr"
	case meeting.RoleMember:
		return "aelod"
	case meeting.RoleObserver:
		return "sylwedydd"
	}
	return string(r)
}

func (welsh) ladder(rung string) string {
	switch rung {
	case "doing to":
		return "gwneud i"
	case "doing for":
		return "gwneud ar gyfer"
	case "doing with":
		return "gwneud gyda"
	}
	return rung
}

// joinAnd joins with "a", or "ac" before a vowel ("Siân ac Aled").
func (welsh) joinAnd(list []string) string {
	if len(list) < 2 {
		return prose.List(list, " a ")
	}
	if startsWithVowel(list[len(list)-1]) {
		return prose.List(list, " ac ")
	}
	return prose.List(list, " a ")
}

func (welsh) minutesWord() string { return "cofnodion" }

func (w welsh) when(m *Model) string {
	s := prose.UpperFirst(w.longDate(m.Date)) + ", o " + clock(m.Opened)
	if m.Ended.IsZero() {
		return s + " (ni chofnodwyd diwedd y cyfarfod)"
	}
	return s + " tan " + clock(m.Ended)
}

func (w welsh) place(place string, online bool) string {
	switch {
	case place != "" && online:
		return place + ", " + w.alsoOnline()
	case online:
		return "Ar-lein"
	}
	return place
}

func (welsh) alsoOnline() string { return "ac ar-lein" }

func (w welsh) nextPlace(m *Model) string {
	return "Dyma lle cyfarfu'r grŵp " + adverbial(w.longDate(m.Date)) + "; bydd yr agenda yn cadarnhau hyn."
}

func (welsh) demo() string {
	return "Ymarfer gyda grŵp enghreifftiol yw hwn. Nid yw'r bobl yn bobl go iawn."
}

func (welsh) whoWasThere() string             { return "Pwy oedd yno" }
func (welsh) chair(names string) string       { return "Cadeirydd: " + names + "." }
func (welsh) minuteTaker(names string) string { return "Cofnodwyd gan: " + names + "." }

func (welsh) holders(hs []Holder) string {
	if len(hs) == 0 {
		return "heb ei gofnodi"
	}
	parts := make([]string, len(hs))
	for i, h := range hs {
		var about []string
		if i > 0 {
			about = append(about, fmt.Sprintf("o %s, eitem %d", clock(h.From), h.Item))
		}
		if !h.Left.IsZero() {
			about = append(about, "gadawodd am "+clock(h.Left))
		}
		parts[i] = h.Name
		if len(about) > 0 {
			parts[i] += " (" + strings.Join(about, "; ") + ")"
		}
	}
	return strings.Join(parts, ", yna ")
}

func (welsh) present() string { return "Yn bresennol" }
func (welsh) attendanceColumns() []string {
	return []string{"Enw", "Yn cymryd rhan fel", "Sut", "Cyrraedd", "Gadael"}
}
func (welsh) atTheEnd() string      { return "ar y diwedd" }
func (welsh) nobodyPresent() string { return "Ni chofnodwyd bod neb yn bresennol." }
func (welsh) inAttendance() string  { return "Yn mynychu" }

func (w welsh) attendedAs(a Attendee) string {
	to := "y diwedd"
	if !a.Left.IsZero() {
		to = clock(a.Left)
	}
	return fmt.Sprintf("%s, %s, o %s tan %s", w.kind(a.Kind), w.how(a), clock(a.Arrived), to)
}

func (welsh) apologies() string   { return "Ymddiheuriadau" }
func (welsh) noApologies() string { return "Ni chafwyd ymddiheuriadau." }

func (welsh) declarations() string   { return "Datganiadau o fuddiant" }
func (welsh) noDeclarations() string { return "Ni ddatganwyd unrhyw fuddiant." }
func (welsh) item(n int) string      { return fmt.Sprintf("eitem %d", n) }

func (welsh) lastMinutes() string { return "Cofnodion y cyfarfod diwethaf" }
func (welsh) lastMinutesSaid(item int) string {
	return fmt.Sprintf("Cofnodwyd yn eitem %d:", item)
}
func (welsh) lastMinutesSilent(item int) string {
	return fmt.Sprintf("Roedden nhw'n eitem %d. Nid yw'r cofnodion hyn yn dweud a gawson nhw eu cymeradwyo.", item)
}
func (welsh) lastMinutesNotReached(item int) string {
	return fmt.Sprintf("Roedden nhw'n eitem %d, ond ni chyrhaeddodd y cyfarfod yr eitem honno.", item)
}

func (welsh) mattersArising() string   { return "Materion yn codi" }
func (welsh) arisingActions() string   { return "Camau gweithredu o gyfarfodydd blaenorol" }
func (welsh) arisingDecisions() string { return "Penderfyniadau dros dro o gyfarfodydd blaenorol" }

func (w welsh) arisingActionFrom(a ArisingAction) string {
	return fmt.Sprintf("Cam gweithredu %d o gyfarfod %s; erbyn %s.", a.FromNumber, w.shortDate(a.FromDate), w.shortDate(a.Due))
}

func (w welsh) arisingActionNow(a ArisingAction) string {
	switch a.Outcome {
	case meeting.OutcomeDone:
		return "Nawr: wedi'i wneud."
	case meeting.OutcomeDropped:
		return "Nawr: wedi'i ollwng."
	case meeting.OutcomeNewDate:
		return "Nawr: dyddiad newydd, " + w.longDate(a.NewDue) + "."
	}
	return "Nawr: heb ei adolygu; bydd yn mynd i'r cyfarfod nesaf."
}

func (w welsh) arisingDecisionFrom(d ArisingDecision) string {
	return fmt.Sprintf("Penderfyniad dros dro %d o gyfarfod %s.", d.FromNumber, w.shortDate(d.FromDate))
}

func (w welsh) arisingDecisionNow(d ArisingDecision) string {
	switch {
	case !d.Considered:
		return "Nawr: heb ei ystyried; bydd yn mynd i'r cyfarfod nesaf."
	case d.Ratified:
		return fmt.Sprintf("Nawr: fe'i cadarnhawyd am %s, gyda %s.", clock(d.At), w.status(d.Quorum))
	}
	return fmt.Sprintf("Nawr: ni chafodd ei gadarnhau, am %s.", clock(d.At))
}

func (welsh) outcome(o meeting.Outcome) string {
	switch o {
	case meeting.OutcomeDone:
		return "wedi'i wneud"
	case meeting.OutcomeDropped:
		return "wedi'i ollwng"
	case meeting.OutcomeNewDate:
		return "dyddiad newydd"
	}
	return "agored"
}

func (welsh) noteLabel() string  { return "Nodyn" }
func (welsh) score(n int) string { return fmt.Sprintf("%d allan o 5", n) }
func (welsh) erRatified() string {
	return "Rydyn ni nawr wedi cytuno i'r penderfyniad hwn o gyfarfod cynharach."
}

func (welsh) wordsHeading() string { return "Byrfoddau a ddefnyddiwyd" }
func (welsh) unexplained() string {
	return "nid yw yng ngeirfa'r grŵp eto. Ei ystyr: ________________"
}

func (w welsh) itemFacts(it Item) string {
	var facts []string
	if it.Lead != "" {
		facts = append(facts, "Yn arwain: "+it.Lead)
	}
	switch {
	case it.IsBreak && len(it.Breaks) > 0:
		var spans []string
		for _, b := range it.Breaks {
			spans = append(spans, fmt.Sprintf("o %s tan %s", clock(b.From), clock(b.To)))
		}
		facts = append(facts, fmt.Sprintf("Amser a gynlluniwyd: %s; yr egwyl: %s", w.duration(it.Planned), w.joinAnd(spans)))
	case it.Visited:
		facts = append(facts, fmt.Sprintf("Amser a gynlluniwyd: %s; amser a gymerwyd: %s", w.duration(it.Planned), w.duration(it.Took)))
	default:
		facts = append(facts, fmt.Sprintf("Amser a gynlluniwyd: %s; ni chyrhaeddwyd yr eitem", w.duration(it.Planned)))
	}
	if it.Ladder != "" {
		facts = append(facts, "Cydgynhyrchu: "+w.ladder(it.Ladder))
	}
	return strings.Join(facts, ". ") + "."
}

func (welsh) confidential() string {
	return "Roedd yr eitem hon yn gyfrinachol. Ni chofnodir y drafodaeth; cofnodir y penderfyniadau a'r camau gweithredu."
}

func (w welsh) handover(h RoleChange) string {
	return fmt.Sprintf("Cymerodd %s yr awenau fel %s am %s.", h.Name, w.role(h.Role), clock(h.At))
}

// departure: "y cadeirydd a'r cofnodwr"; "heb" softens "trosglwyddo".
func (w welsh) departure(d Departure) string {
	roles := make([]string, len(d.Roles))
	for i, r := range d.Roles {
		roles[i] = w.role(r)
	}
	s := fmt.Sprintf("Gadawodd %s, y %s, am %s heb drosglwyddo'r awenau", d.Name, strings.Join(roles, " a'r "), clock(d.At))
	if !d.Back.IsZero() {
		s += ", a daeth yn ôl am " + clock(d.Back)
	}
	return s + "."
}

func (welsh) redCard(c RedCard) string {
	s := fmt.Sprintf("Dangosodd %s gerdyn coch am %s", c.Name, clock(c.At))
	switch {
	case !c.Paused:
	case c.Until.IsZero():
		s += ", ac oedodd y cyfarfod"
	case c.Until.Sub(c.At) < time.Minute:
		s += ", ac oedodd y cyfarfod am lai na munud"
	default:
		s += ", ac oedodd y cyfarfod tan " + clock(c.Until)
	}
	return s + "."
}

func (welsh) decision(n int, provisional bool) string {
	if provisional {
		return fmt.Sprintf("Penderfyniad %d (dros dro)", n)
	}
	return fmt.Sprintf("Penderfyniad %d", n)
}

// provisionalBecause: as English, "when the decision was taken, there was
// no quorum (N more needed) and the meeting was not balanced".
func (welsh) provisionalBecause(d Decision) string {
	const after = " Bydd yn mynd i'r cyfarfod nesaf i'w gadarnhau."
	q := d.Quorum
	if q == (meeting.Status{}) || (q.Quorate && q.Balanced) {
		return "Dros dro." + after
	}
	var was []string
	if !q.Quorate {
		var need []string
		if more := q.NeedPresent - q.Counted; more > 0 {
			need = append(need, fmt.Sprintf("angen %d yn rhagor", more))
		}
		if more := q.NeedLived - q.CountedLived; more > 0 {
			need = append(need, fmt.Sprintf("angen %d yn rhagor â phrofiad bywyd", more))
		}
		w := "nid oedd cworwm"
		if len(need) > 0 {
			w += " (" + strings.Join(need, "; ") + ")"
		}
		was = append(was, w)
	}
	if !q.Balanced {
		was = append(was, fmt.Sprintf("nid oedd y cyfarfod yn gytbwys (staff: %d, profiad bywyd: %d)", q.Staff, q.Lived))
	}
	return "Dros dro: pan wnaed y penderfyniad, " + strings.Join(was, " ac ") + "." + after
}

func (w welsh) takenAt(d Decision) string {
	return fmt.Sprintf("Penderfynwyd am %s, gyda %s.", clock(d.At), w.status(d.Quorum))
}

func (w welsh) notTaking(names []string) string {
	return "Heb gymryd rhan, ar ôl datgan buddiant: " + w.joinAnd(names) + "."
}

func (welsh) noAuthority() string {
	return "Nodyn: nid oedd aelod o staff ag awdurdod i wneud penderfyniadau yn bresennol: gwiriwch y gall y partneriaid weithredu ar hyn."
}

func (welsh) note(w string) string { return "Nodyn: " + w + "." }
func (welsh) action(n int) string  { return fmt.Sprintf("Cam gweithredu %d", n) }

func (w welsh) actionSentence(owner string, due time.Time) (string, string) {
	return owner + ": ", ". Erbyn " + w.longDate(due) + "."
}

func (w welsh) byDate(due time.Time) string { return "Erbyn " + w.longDate(due) + "." }

func (w welsh) notHeard(names []string) string {
	return "Ni chlywyd gan y canlynol ar yr eitem hon: " + w.joinAnd(names) + "."
}

func (welsh) actions() string   { return "Camau gweithredu" }
func (welsh) noActions() string { return "Ni chytunwyd ar unrhyw gamau gweithredu." }
func (welsh) actionColumns() []string {
	return []string{"Rhif", "Pwy", "Beth", "Erbyn pryd", "O eitem"}
}

func (welsh) reflection() string   { return "Myfyrio" }
func (welsh) noReflection() string { return "Ni chofnodwyd unrhyw fyfyrio." }

func (welsh) howItWent() string { return "Sut aeth y cyfarfod" }
func (welsh) noBreaks() string  { return "Ni chafwyd egwyl." }
func (welsh) breakSpan(s Span) string {
	if s.To.Sub(s.From) < time.Minute {
		return "Egwyl o lai na munud am " + clock(s.From) + "."
	}
	return fmt.Sprintf("Egwyl o %s tan %s.", clock(s.From), clock(s.To))
}
func (welsh) interruption(s Span) string {
	if !s.To.After(s.From) {
		return fmt.Sprintf("Torrwyd ar draws y cyfarfod am %s (stopiodd gyda), ac aeth ymlaen o'r un man; ni chollwyd dim a gofnodwyd.", clock(s.From))
	}
	return fmt.Sprintf("Torrwyd ar draws y cyfarfod: ni chofnodwyd dim o %s tan %s, ac yna ailddechreuodd.", s.From.Format("15:04:05"), s.To.Format("15:04:05"))
}

func (w welsh) speaking(sh meeting.SpeakingShare) string {
	total := sh.Lived + sh.Staff + sh.Guests
	s := fmt.Sprintf("Amser siarad: pobl â phrofiad bywyd %s (%d%%), staff %s (%d%%)",
		w.talkTime(sh.Lived), percent(sh.Lived, total), w.talkTime(sh.Staff), percent(sh.Staff, total))
	if sh.Guests > 0 {
		s += fmt.Sprintf(", gwesteion %s (%d%%)", w.talkTime(sh.Guests), percent(sh.Guests, total))
	}
	return s + "."
}

func (welsh) nextMeeting() string { return "Dyddiad y cyfarfod nesaf" }
func (w welsh) nextMeetingAt(t time.Time, dateOnly bool) string {
	if dateOnly {
		return prose.UpperFirst(w.longDate(t)) + "."
	}
	return prose.UpperFirst(w.longDate(t)) + ", " + clock(t) + "."
}

func (welsh) actionSummary(a Action, text string) string {
	return fmt.Sprintf("Cam gweithredu %d: %s: %s", a.Number, a.Owner, text)
}
func (w welsh) actionDescription(m *Model, a Action) string {
	return fmt.Sprintf("O gofnodion %s, %s, eitem %d.", m.Title, w.longDate(m.Date), a.Item)
}
func (welsh) nextSummary(title string) string { return "Cyfarfod nesaf: " + title }

func (welsh) otherVersion(large bool) string {
	if large {
		return "Fersiwn print safonol o'r cofnodion hyn"
	}
	return "Fersiwn print bras o'r cofnodion hyn"
}
func (welsh) footer() string { return "Ysgrifennwyd gan yr ap gyda o gofnod y cyfarfod." }

func (welsh) csvAttendance() []string {
	return []string{"Dyddiad", "Enw", "Math", "Sefydliad", "Wyneb yn wyneb neu o bell", "Cyrraedd", "Gadael", "Oriau"}
}
func (welsh) csvActions() []string {
	return []string{"Dyddiad y cyfarfod", "Rhif", "Eitem", "Pwy", "Beth", "Erbyn pryd", "Statws"}
}
func (welsh) csvCredits() []string {
	return []string{"Dyddiad", "Enw", "Math", "Oriau", "Credydau amser"}
}
func (welsh) actionOpen() string { return "agored" }

// adverbial mutates a Welsh date used as an adverb: "dydd Iau" becomes
// "ddydd Iau" (soft mutation).
func adverbial(date string) string {
	if rest, ok := strings.CutPrefix(date, "dydd "); ok {
		return "ddydd " + rest
	}
	return date
}

// startsWithVowel reports whether s starts with a vowel letter, accents
// ignored, for the Welsh "ac" before a vowel.
func startsWithVowel(s string) bool {
	r, _ := utf8.DecodeRuneInString(roster.Fold(s))
	return strings.ContainsRune("aeiou", unicode.ToLower(r))
}
