package plain

import "strings"

// IsWelsh reports whether text looks like Welsh rather than English.
//
// It is a heuristic and leans towards English, because an English text taken
// for Welsh would miss the English checks, while a Welsh text taken for
// English only meets rules that rarely match Welsh words. It scores common
// Welsh words that English does not use (y, yr, 'r, yn, mae, ar, gyda, ddim,
// hefyd, wedi, bod, sydd, ...; "a", "i" and "am" are left out because English
// has them too), and gives half a point for Welsh spellings (ŵ and ŷ count
// fully; "ll" at the start, "dd", "rh" at the start, "wy", an ending in
// "au"). Text is Welsh when it scores at least 2, at least twice the number
// of common English words (the, and, of, to, is, ...), and at least a fifth
// of its words. English with Welsh names in it ("We met in Llanelli with
// Rhodri") stays English.
func IsWelsh(text string) bool {
	d := scan(text)
	return welshScore(d.toks).welsh()
}

// langScore counts the Welsh and English signals in some words.
type langScore struct {
	welshPoints float64
	english     int
	words       int
}

// welsh reports whether the signals say Welsh.
func (s langScore) welsh() bool {
	return s.welshPoints >= 2 && s.welshPoints >= 2*float64(s.english) && s.welshPoints >= 0.2*float64(s.words)
}

// clearlyEnglish reports whether the signals clearly say English.
func (s langScore) clearlyEnglish() bool {
	return s.english >= 2 && float64(s.english) > s.welshPoints
}

// welshScore scores a run of words.
func welshScore(toks []token) langScore {
	var s langScore
	for _, t := range toks {
		if !hasLetter(t.text) {
			continue
		}
		s.words++
		// Split on apostrophes: "Mae'r" is "mae" + "r", "i'r" is "i" + "r".
		for _, part := range strings.FieldsFunc(lower(t.text), func(r rune) bool { return r == '\'' }) {
			switch {
			case welshWords[part]:
				s.welshPoints++
			case englishWords[part]:
				s.english++
			default:
				s.welshPoints += welshSpelling(part)
			}
		}
	}
	return s
}

// welshSpelling scores letter patterns typical of Welsh.
func welshSpelling(w string) float64 {
	switch {
	case strings.ContainsAny(w, "ŵŷ"):
		return 1
	case englishLookalikes[w]:
		return 0
	case strings.HasPrefix(w, "ll"), strings.HasPrefix(w, "rh"), strings.Contains(w, "dd"),
		strings.Contains(w, "wy"), len(w) > 3 && strings.HasSuffix(w, "au"):
		return 0.5
	}
	return 0
}

// welshWords are frequent Welsh words that are not English words.
var welshWords = setOf(`
y yr r n ac o yn ei eu mae maen mai ar gyda gyda'r ddim hefyd ond neu wedi bod fod sydd sy
roedd oedd oeddwn ein eich fy dy hwn hon hyn yma yno fel gan heb dros drwy trwy rhwng yng ym
nid nad ydy ydi yw ydyn ydym ydych bydd byddai byddwn byddan gall gallu mwy iawn pob bob cael
gael gwneud wneud rhaid oes does dyma dyna chi ni nhw hi efo hefo wrth ynghylch ynglŷn mewn
ystod gyfer ymlaen rydym rydyn rydw rwy dw dwi fe
croeso diolch heddiw cyfarfod grŵp grwp gwasanaethau gwasanaeth gofal iechyd cymdeithasol
cymraeg cymru bwrdd cyngor pobl plant ifanc gofalwyr aelodau cadeirydd cofnodion eitem
penderfynwyd cytunwyd trafod drafod cytuno gweithio bawb pawb nesaf ydw yno'n
`)

// englishWords are frequent English words that are not Welsh words.
var englishWords = setOf(`
the and of to is are was were in on for with that this it we they be have has had will not
by from as or an our their you he she there which who would can been but do does all about
if what when so us them his her its also should could may must more than into
`)

// englishLookalikes are English words that have a "Welsh" letter pattern.
var englishLookalikes = setOf(`
add added adding address addressed addresses middle odd sudden suddenly hidden wedding ladder
fiddle riddle paddle toddler daddy buddy muddy pudding addition additional lawyer lawyers
anyway bureau plateau rhythm rhyme llama
`)
