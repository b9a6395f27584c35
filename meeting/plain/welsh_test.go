package plain

import "testing"

// welshPassage is Welsh: about 120 words on how the group meets.
const welshPassage = `Mae'r grŵp yn cwrdd bob mis i drafod gwasanaethau gofal cymdeithasol yng Ngorllewin Morgannwg. Rydym yn croesawu pawb sy'n defnyddio gwasanaethau, gofalwyr a staff. Mae'r cadeirydd yn gofyn i bawb siarad yn eu tro, ac mae pawb yn cael cyfle i ddweud eu barn. Rydym yn cymryd egwyl bob awr. Os oes angen print bras arnoch chi, dywedwch wrthym cyn y cyfarfod. Gallwch ymuno yn yr ystafell neu o'ch cartref. Mae gofalwyr a phobl sy'n defnyddio gwasanaethau yn cael credydau amser am eu gwaith. Rydym yn ysgrifennu beth rydym wedi ei benderfynu a beth y byddwn yn ei wneud nesaf. Yn y cyfarfod nesaf, rydym yn edrych yn ôl ar beth a ddywedon ni ac yn gwirio ein bod wedi ei wneud gyda'n gilydd. Diolch yn fawr i bawb am eu hamser a'u gwaith caled eleni.`

func TestIsWelsh(t *testing.T) {
	welsh := []string{
		"Mae'r grŵp yn cwrdd bob mis i drafod gwasanaethau gofal cymdeithasol yng Ngorllewin Morgannwg.",
		"Croeso i bawb i'r cyfarfod heddiw.",
		"Cytunwyd y byddai'r Bwrdd Partneriaeth Rhanbarthol yn ystyried yr adroddiad.",
		"Diolch yn fawr am eich amser.",
		"Bydd y cyfarfod nesaf ym mis Ionawr.",
		"Nid oes gennym ddigon o arian eleni, felly rhaid i ni ofyn i'r bwrdd am help.",
		welshPassage,
	}
	english := []string{
		"",
		"The group meets every month to discuss social care services in West Glamorgan.",
		"We met at Ysbyty Glangwili in Llanelli and agreed the plan.",
		"Siân Davies and Rhodri Llewellyn gave apologies.",
		"Bob and Dai went to Pontypridd on the bus.",
		"I am OK.",
		"A plan.",
		"Cofnodion / Minutes",
		"The RPB and the ITB met in Ystradgynlais.",
		"Add the address to the middle of the page.",
		plainPassage,
		hardPassage,
	}
	for _, s := range welsh {
		if !IsWelsh(s) {
			t.Errorf("IsWelsh(%q) = false, want true", s)
		}
	}
	for _, s := range english {
		if IsWelsh(s) {
			t.Errorf("IsWelsh(%q) = true, want false", s)
		}
	}
}

func TestWelshGetsNoEnglishOnlyFindings(t *testing.T) {
	c := demo()
	for _, text := range []string{
		"Mae'r grŵp yn cwrdd bob mis i drafod gwasanaethau gofal cymdeithasol yng Ngorllewin Morgannwg.",
		welshPassage,
	} {
		if fs := c.Check(text); len(fs) != 0 {
			t.Errorf("%.40q: want no findings, got %v", text, fs)
		}
	}
	// Acronyms and long sentences still count in Welsh.
	long := "Mae'r grŵp yn cwrdd bob mis i drafod gwasanaethau gofal cymdeithasol yng Ngorllewin Morgannwg ac mae pawb sy'n defnyddio gwasanaethau, gofalwyr a staff yn cael cyfle i siarad am eu profiadau ac i helpu i wella'r gwasanaethau hynny gyda'r RPB."
	fs := c.Check(long)
	if got := texts(fs, KindAcronym); len(got) != 1 || got[0] != "RPB" {
		t.Errorf("acronyms: %v", fs)
	}
	if got := ofKind(fs, KindLongSentence); len(got) != 1 {
		t.Errorf("long sentences: %v", fs)
	}
	if len(fs) != 2 {
		t.Errorf("want only the acronym and the long sentence, got %v", fs)
	}
	// In a bilingual text the English half is still checked.
	fs = c.Check(welshPassage + "\n\nWe will facilitate the meeting. It was agreed.")
	if got := texts(fs, KindAvoid); len(got) != 1 || got[0] != "facilitate" {
		t.Errorf("bilingual avoid: %v", fs)
	}
	if got := texts(fs, KindPassive); len(got) != 1 {
		t.Errorf("bilingual passive: %v", fs)
	}
}

func TestWelshWordsSplitOnApostrophes(t *testing.T) {
	s := welshScore(scan("Mae'r i'r o'r").toks)
	if s.words != 3 || s.welshPoints < 4 {
		t.Errorf("got %+v", s)
	}
}
