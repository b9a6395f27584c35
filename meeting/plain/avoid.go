package plain

import (
	"slices"
	"strings"
)

// avoidEntry is one form of a word (or phrase) to avoid.
type avoidEntry struct {
	words []string  // the form, in lower case, one element per word
	base  string    // the family's first form: "impact" for "impacted"
	plain string    // the plainer word to suggest; may be ""
	rule  avoidRule // when to flag it; nil means always
}

// avoidRule decides from the words around it whether a match is the jargon
// use of a word. It returns false to let the word pass, and optionally a
// suggestion that fits better than the entry's own.
type avoidRule func(c wordCtx) (flag bool, suggestion string)

// avoidIndex maps the first word of each form to its entries, longest first.
type avoidIndex map[string][]avoidEntry

// avoidSpec is one family of forms in the built-in list. forms are separated
// by "|"; a form may carry its own suggestion after "=".
type avoidSpec struct {
	forms string
	plain string
	rule  avoidRule
}

// builtinAvoid is the built-in list of words to avoid: GOV.UK's style guide
// "words to avoid", and some Welsh public-sector jargon.
var builtinAvoid = buildIndex([]avoidSpec{
	// GOV.UK style guide.
	{"agenda|agendas", "plan or priorities", ruleAgenda},
	{"advancing", "improving or moving on", nil},
	{"collaborate|collaborates|collaborated|collaborating|collaboration=working together|collaborative=joint", "work with", nil},
	{"combat|combats|combating|combatting|combated|combatted", "solve, stop or reduce", ruleNotNoun},
	{"commit|commits|committed|committing|pledge|pledges|pledged|pledging", "say what you will do", ruleCommit},
	{"countering", "preventing or answering", nil},
	{"deliver|delivers|delivered|delivering|delivery=doing or providing|deliveries=doing or providing", "do, make or provide", ruleDeliver},
	{"deliverable|deliverables", "results", nil},
	{"deploy|deploys|deployed|deploying|deployment", "use", nil},
	{"dialogue|dialogues|dialog|dialogs", "discussion", nil},
	{"disincentivise|disincentivises|disincentivised|disincentivising|disincentivize|disincentivizes|disincentivized|disincentivizing", "discourage", nil},
	{"drive|drives|drove|driven|driving", "lead or improve", ruleDrive},
	{"empower|empowers|empowered|empowering|empowerment=giving people control", "allow or give permission", nil},
	{"facilitate|facilitates|facilitated|facilitating|facilitation", "help", nil},
	{"focusing|focussing", "working on", nil},
	{"foster|fosters|fostered|fostering", "encourage", ruleFoster},
	{"going forward", "in future", nil},
	{"impact|impacts|impacted|impacting", "affect", ruleVerb},
	{"incentivise|incentivises|incentivised|incentivising|incentivize|incentivizes|incentivized|incentivizing", "encourage", nil},
	{"initiate|initiates|initiated|initiating", "start", nil},
	{"key", "important or main", ruleKey},
	{"land|lands|landed|landing", "agree, get or finish", ruleVerb},
	{"leverage|leverages|leveraged|leveraging", "use or influence", nil},
	{"liaise|liaises|liaised|liaising", "work with or talk to", nil},
	{"overarching", "overall or main", nil},
	{"progress|progresses|progressed|progressing", "work on or develop", ruleVerb},
	{"promote|promotes|promoted|promoting", "recommend, support or encourage", rulePromote},
	{"robust|robustly=strongly|robustness=strength", "strong", nil},
	{"slimming down|slim down|slims down|slimmed down", "cutting or reducing", nil},
	{"streamline|streamlines|streamlined|streamlining", "simplify", nil},
	{"strengthen|strengthens|strengthened|strengthening", "improve or build up", ruleStrengthen},
	{"tackle|tackles|tackled|tackling", "solve or deal with", ruleNotNoun},
	{"transform|transforms|transformed|transforming|transformation|transformational=big", "change", nil},
	{"utilise|utilises|utilised|utilising|utilisation|utilize|utilizes|utilized|utilizing|utilization", "use", nil},
	// Welsh public-sector jargon.
	{"stakeholder|stakeholders", "people involved", nil},
	{"holistic|holistically=as a whole", "whole", nil},
	{"cascade|cascades|cascaded|cascading", "pass on", ruleNotNoun},
	{"actioned", "done", nil},
	{"upskill|upskills|upskilled|upskilling", "train", nil},
	{"touch base|touches base|touched base|touching base", "talk", nil},
	{"synergy|synergies", "working together", nil},
})

// buildIndex turns the specs into an index.
func buildIndex(specs []avoidSpec) avoidIndex {
	idx := avoidIndex{}
	for _, s := range specs {
		forms := strings.Split(s.forms, "|")
		base, _, _ := strings.Cut(forms[0], "=")
		for _, f := range forms {
			f, plain, own := strings.Cut(f, "=")
			if !own {
				plain = s.plain
			}
			idx.add(avoidEntry{words: strings.Fields(f), base: base, plain: plain, rule: s.rule})
		}
	}
	return idx
}

// add puts e in the index, keeping longer forms first.
func (idx avoidIndex) add(e avoidEntry) {
	if len(e.words) == 0 {
		return
	}
	k := e.words[0]
	idx[k] = append(idx[k], e)
	slices.SortStableFunc(idx[k], func(a, b avoidEntry) int { return len(b.words) - len(a.words) })
}

// groupAvoid builds an index of a group's own words to avoid (group.toml
// plain.avoid: word or phrase -> plainer word). Each is matched in its
// usual forms: "synergise" also finds "synergises", "synergised" and
// "synergising"; in a phrase only the first word changes.
func groupAvoid(words map[string]string) avoidIndex {
	idx := avoidIndex{}
	for k, v := range words {
		ws := strings.Fields(lower(k))
		if len(ws) == 0 {
			continue
		}
		for _, f := range inflect(ws[0]) {
			idx.add(avoidEntry{
				words: append([]string{f}, ws[1:]...),
				base:  ws[0],
				plain: squash(v),
			})
		}
	}
	return idx
}

// inflect returns w and its usual English endings.
func inflect(w string) []string {
	out := []string{w}
	if len([]rune(w)) < 3 {
		return out
	}
	last := w[len(w)-1]
	switch {
	case last == 'e':
		out = append(out, w+"s", w+"d", w[:len(w)-1]+"ing")
	case last == 'y' && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		out = append(out, w[:len(w)-1]+"ies", w[:len(w)-1]+"ied", w+"ing")
	case strings.HasSuffix(w, "s"), strings.HasSuffix(w, "x"), strings.HasSuffix(w, "z"),
		strings.HasSuffix(w, "ch"), strings.HasSuffix(w, "sh"):
		out = append(out, w+"es", w+"ed", w+"ing")
	default:
		out = append(out, w+"s", w+"ed", w+"ing")
	}
	return out
}

// wordCtx is a matched word (or phrase) with the sentence around it.
type wordCtx struct {
	d    *doc
	s    sentence
	i, n int    // the match is toks[i:i+n]
	form string // the first word, lower case
	base string // the family's first form
}

// prev returns the k-th word before the match in its sentence, in lower case,
// or "" when there is none or punctuation comes between.
func (c wordCtx) prev(k int) string {
	j := c.i - k
	if j < c.s.from {
		return ""
	}
	for m := j; m < c.i; m++ {
		if !c.d.gapIsSpace(m, m+1) {
			return ""
		}
	}
	return lower(c.d.toks[j].text)
}

// next returns the k-th word after the match in its sentence, in lower case,
// or "" when there is none or punctuation comes between.
func (c wordCtx) next(k int) string {
	last := c.i + c.n - 1
	j := last + k
	if j >= c.s.to {
		return ""
	}
	for m := last; m < j; m++ {
		if !c.d.gapIsSpace(m, m+1) {
			return ""
		}
	}
	return lower(c.d.toks[j].text)
}

// nextIn reports whether one of the next n words is in set.
func (c wordCtx) nextIn(n int, set map[string]bool) bool {
	for k := 1; k <= n; k++ {
		if set[c.next(k)] {
			return true
		}
	}
	return false
}

// near reports whether a word in set is within n words either side of the
// match, in its sentence, whatever punctuation comes between.
func (c wordCtx) near(n int, set map[string]bool) bool {
	for j := max(c.s.from, c.i-n); j < min(c.s.to, c.i+c.n+n); j++ {
		if (j < c.i || j >= c.i+c.n) && set[lower(c.d.toks[j].text)] {
			return true
		}
	}
	return false
}

// avoidFindings looks for words to avoid in English sentence s. skip marks
// tokens inside a glossary expansion ("Integrated Transformation Board"),
// which are names, not jargon.
func (c *Checker) avoidFindings(d *doc, s sentence, skip map[int]bool) []Finding {
	var out []Finding
	for i := s.from; i < s.to; i++ {
		t := d.toks[i]
		if skip[i] || isAcronym(t.text) || (i > s.from && startsUpper(t.text)) {
			continue // a name such as "Delivery Unit", or an acronym
		}
		w := lower(t.text)
		e, ctx, ok := c.avoid.match(d, s, i, w)
		if !ok {
			e, ctx, ok = builtinAvoid.match(d, s, i, w)
		}
		if !ok {
			continue
		}
		plain := e.plain
		if e.rule != nil {
			flag, better := e.rule(ctx)
			if !flag {
				continue
			}
			if better != "" {
				plain = better
			}
		}
		text := squash(d.text[t.start:d.toks[i+ctx.n-1].end])
		out = append(out, Finding{
			Line: t.line, Col: t.col, Kind: KindAvoid, Text: text,
			Message: quote(text) + " is a word to avoid", Suggestion: plain,
		})
		i += ctx.n - 1
	}
	return out
}

// match finds the longest entry of idx that matches at token i of sentence
// s (w is the token in lower case), its words separated only by spaces.
func (idx avoidIndex) match(d *doc, s sentence, i int, w string) (avoidEntry, wordCtx, bool) {
next:
	for _, e := range idx[w] {
		if i+len(e.words) > s.to {
			continue
		}
		for k := 1; k < len(e.words); k++ {
			if !d.gapIsSpace(i+k-1, i+k) || lower(d.toks[i+k].text) != e.words[k] {
				continue next
			}
		}
		return e, wordCtx{d: d, s: s, i: i, n: len(e.words), form: w, base: e.base}, true
	}
	return avoidEntry{}, wordCtx{}, false
}

// Word lists used by the rules below.
var (
	// verbSignals come before the base form of a verb: "to impact", "will land".
	verbSignals = setOf("to will would can could should may might must not we they i you shall cannot won't can't didn't don't doesn't did does do also directly negatively positively further help helps")
	// subjectSignals come before the -s form of a verb: "it impacts", "which progresses".
	subjectSignals = setOf("it this that which who he she also directly negatively positively significantly seriously greatly really badly adversely")
	// determiners come before a noun: "the impact", "a tackle", "good progress".
	determiners = setOf("the a an this that these those its their our your my his her any some no each every much more less little good great real positive negative big huge significant slow steady what which whose such")
	// beForms are the forms of "to be".
	beForms = setOf("is are was were be been being am isn't aren't wasn't weren't we're you're they're i'm")
)

// ruleVerb flags "impact", "progress" and "land" only when used as verbs:
// the base form after "to", a modal or a pronoun ("to progress", "will
// impact", "we land"); the -ed and -ing forms unless a determiner comes
// before ("the landing"); the -s form after a subject word ("it impacts"),
// and not before "of" ("the impacts of").
func ruleVerb(c wordCtx) (bool, string) {
	p := c.prev(1)
	switch {
	case c.form == c.base:
		return verbSignals[p], ""
	case strings.HasSuffix(c.form, "ed"), strings.HasSuffix(c.form, "ing"):
		return !determiners[p], ""
	default:
		return subjectSignals[p] && c.next(1) != "of", ""
	}
}

// ruleNotNoun lets a verb pass when a determiner makes it a noun ("a
// tackle", "a cascade").
func ruleNotNoun(c wordCtx) (bool, string) {
	return !determiners[c.prev(1)], ""
}

// agendaMeetingWords show that "agenda" is about a meeting.
var agendaMeetingWords = setOf("meeting meetings item items minutes chair papers paper aob business next today today's tomorrow's circulate circulated circulating send sent add added adding agree agreed approve approved attached published discuss discussed draft")

// agendaDeterminers before "agenda" make it a meeting's agenda.
var agendaDeterminers = setOf("the this that today's tomorrow's next our your their a an each every draft full meeting meeting's printed whole")

// ruleAgenda flags "agenda" only when it is not about a meeting: when a word
// that is not a determiner comes right before it ("the prevention agenda",
// "the Government's agenda") and no meeting word (meeting, item, minutes,
// chair, papers, next, circulate, ...) is within three words. "Agenda" at
// the start of a sentence or heading, "the agenda", "on the agenda" and
// "agenda item" pass.
func ruleAgenda(c wordCtx) (bool, string) {
	p := c.prev(1)
	if p == "" || agendaDeterminers[p] || c.near(3, agendaMeetingWords) {
		return false, ""
	}
	return true, ""
}

// keyFollowers are words after "key" that show it is not an adjective
// ("the key to the door", "the key is lost") or that it is a real key
// ("key safe", "key worker", a social care role).
var keyFollowers = setOf(`is was are were to for of in on and or the a an that which from with under will has had
can could should would must may might at by into it i we they you he she so but then too back here there
worker workers safe safes holder holders ring rings fob fobs card cards code codes box boxes cutting cabinet cupboard hole`)

// keyLiteralBefore are words before "key" that make it a real key.
var keyLiteralBefore = setOf("door car house front back spare office room locker padlock your my his her their our")

// ruleKey flags "key" as an adjective ("key stakeholders", "key issues") or
// after "to be" ("communication is key"), not a real key ("the key to the
// office", "a key safe", "spare key").
func ruleKey(c wordCtx) (bool, string) {
	p, n := c.prev(1), c.next(1)
	switch {
	case keyLiteralBefore[p]:
		return false, ""
	case n != "" && !keyFollowers[n] && hasLetter(n):
		return true, ""
	case beForms[p] && (n == "" || n == "to" || n == "for" || n == "in"):
		return true, ""
	}
	return false, ""
}

// driveJargon are words after "drive" that show a scheme, not a vehicle.
var driveJargon = setOf("forward forwards out up down improvement improvements change changes standards performance efficiency efficiencies innovation growth agenda transformation integration quality progress delivery value uptake engagement")

// driveLiteralAfter, after "out", "up" or "down", make "drive" a journey.
var driveLiteralAfter = setOf("to of from here there home the")

// ruleDrive flags "drive" only with a sign of jargon in the next two words
// ("drive forward", "drive up standards", "driving change"), not a journey
// ("drive to Neath", "drive down to Swansea").
func ruleDrive(c wordCtx) (bool, string) {
	if n := c.next(1); (n == "out" || n == "up" || n == "down") && driveLiteralAfter[c.next(2)] {
		return false, ""
	}
	return c.nextIn(2, driveJargon), ""
}

// fosterJargon after "foster" show the abstract use: "foster a culture".
var fosterJargon = setOf("a an the this that these our their good better closer stronger greater positive relationships relationship collaboration culture cultures trust links innovation partnership partnerships engagement understanding sense cooperation co-operation co-production independence resilience learning growth community communities inclusion")

// fosterCare words mean fostering children, which is a service, not jargon.
var fosterCare = setOf("care carer carers parent parents family families child children placement placements home homes service services agency agencies panel allowance young baby babies kids")

// ruleFoster flags "foster" only in the abstract use ("foster good
// relationships") and never about foster care ("foster carers", "fostering
// services", "foster the children").
func ruleFoster(c wordCtx) (bool, string) {
	if c.nextIn(3, fosterCare) || !fosterJargon[c.next(1)] {
		return false, ""
	}
	return true, ""
}

// deliverLiteral are things really delivered: "deliver leaflets".
var deliverLiteral = setOf("leaflet leaflets letter letters post parcel parcels food meal meals baby babies van vans driver drivers note notes address prescription prescriptions medication medicines shopping newspaper newspapers pizza pizzas home")

// deliverServices are objects for which "provide" is the plain word.
var deliverServices = setOf("service services care support training session sessions help advice")

// ruleDeliver lets real deliveries pass ("deliver leaflets", "home
// delivery") and suggests "provide" for services ("deliver services").
func ruleDeliver(c wordCtx) (bool, string) {
	if deliverLiteral[c.prev(1)] || c.nextIn(2, deliverLiteral) {
		return false, ""
	}
	if c.nextIn(2, deliverServices) {
		return true, "provide"
	}
	return true, ""
}

// ruleCommit flags "commit" and "pledge" as verbs, and "committed" only in
// "committed to" (not "a committed volunteer").
func ruleCommit(c wordCtx) (bool, string) {
	if c.form == "committed" {
		return c.next(1) == "to", ""
	}
	return ruleNotNoun(c)
}

// rulePromote lets "promoted to" (a new job) pass.
func rulePromote(c wordCtx) (bool, string) {
	return !(c.form == "promoted" && c.next(1) == "to"), ""
}

// strengthBody are words after "strengthen" about the body, which are
// literal: "strengthening exercises".
var strengthBody = setOf("exercise exercises muscle muscles bone bones balance legs arms core")

// ruleStrengthen lets strength exercises pass.
func ruleStrengthen(c wordCtx) (bool, string) {
	return !c.nextIn(2, strengthBody), ""
}
