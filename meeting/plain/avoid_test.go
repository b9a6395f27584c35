package plain

import "testing"

func TestAvoidWords(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		// Always flagged, in every form.
		{"We will facilitate the session. It was facilitated well. Facilitating is hard.", []string{"facilitate", "facilitated", "Facilitating"}},
		{"Siân is the facilitator.", nil},
		{"We will collaborate with carers. Collaboration is good.", []string{"collaborate", "Collaboration"}},
		{"Going forward, we will meet monthly.", []string{"Going forward"}},
		{"We are going to move forward.", nil},
		{"We will touch\nbase next week.", []string{"touch base"}},
		{"We need to utilise the room and utilize the hall.", []string{"utilise", "utilize"}},
		{"Stakeholders were asked. A holistic approach.", []string{"Stakeholders", "holistic"}},
		{"Actioned. Staff will be upskilled. The synergy between teams.", []string{"Actioned", "upskilled", "synergy"}},
		{"We need to empower carers and we are focusing on carers.", []string{"empower", "focusing"}},
		{"We will initiate the review, leverage funding and liaise with the council.", []string{"initiate", "leverage", "liaise"}},
		{"The overarching aim is a robust plan.", []string{"overarching", "robust"}},
		{"Slimming down the service. We will streamline the form.", []string{"Slimming down", "streamline"}},
		{"We will transform services. The transformation is big.", []string{"transform", "transformation"}},
		{"We will deploy staff. An open dialogue. Advancing equality.", []string{"deploy", "dialogue", "Advancing"}},
		{"Combat loneliness. Countering myths. Incentivise attendance. It would disincentivise carers.", []string{"Combat", "Countering", "Incentivise", "disincentivise"}},
		{"Please cascade this to your team. A cascade of letters.", []string{"cascade"}},
		{"Strengthening partnerships. Strengthening exercises help with falls.", []string{"Strengthening"}},
		{"We will promote the event. She was promoted to manager.", []string{"promote"}},
		{"We are committed to co-production. She is a committed volunteer. We commit to it. We pledge to listen.", []string{"committed", "commit", "pledge"}},
		{"We need to tackle loneliness. Tackling waiting lists. He made a good tackle.", []string{"tackle", "Tackling"}},
		// deliver: "provide" for services; real deliveries pass.
		{"We will deliver services to carers. We delivered the plan.", []string{"deliver", "delivered"}},
		{"Volunteers deliver leaflets on Fridays. Home delivery of meals.", nil},
		// Verbs only: impact, progress, land.
		{"This will impact people. It impacts carers. Carers were impacted.", []string{"impact", "impacts", "impacted"}},
		{"The impact was big. The impacts of the change. It had an impact.", nil},
		{"We will progress the plan. We progressed it.", []string{"progress", "progressed"}},
		{"Good progress was made. The progress report. Lack of progress.", nil},
		{"We hope to land the funding.", []string{"land"}},
		{"The land by the river. The landing light.", nil},
		// key: an adjective, or "is key"; not a real key.
		{"The key issue is money. Communication is key. Key actions.", []string{"key", "key", "Key"}},
		{"The key to the office is lost. Ask the key worker. The key safe code. Spare key is here.", nil},
		// drive: with a scheme, not a journey.
		{"We will drive forward the plan. We drive up standards. Driving change.", []string{"drive", "drive", "Driving"}},
		{"I drive to Neath. She will drive down to Swansea. He was driving home.", nil},
		// foster: not foster care.
		{"We will foster good relationships.", []string{"foster"}},
		{"We need more foster carers. Fostering services in Wales. They foster the children of friends.", nil},
		// agenda: not a meeting's agenda.
		{"The prevention agenda is important. The Government's agenda for carers.", []string{"agenda", "agenda"}},
		{"The agenda was sent out. Please add it to the agenda. Item 3 on the agenda. Agenda. The draft agenda. Agenda item 4.", nil},
		{"We discussed the prevention agenda at the meeting.", nil}, // near a meeting word: passes
		// Names and glossary expansions pass.
		{"The Regional Delivery Unit met. The Integrated Transformation Board met.", nil},
		{"Integrated Transformation Board members met.", nil},
		// Acronym-shaped words are acronyms, not words to avoid.
		{"PLEASE FACILITATE.", nil},
	}
	c := demo()
	for _, tt := range tests {
		equalTexts(t, tt.text, texts(c.Check(tt.text), KindAvoid), tt.want)
	}
}

func TestAvoidSuggestions(t *testing.T) {
	tests := []struct{ text, want string }{
		{"We will deliver services.", "provide"},
		{"We will deliver care at home soon.", "provide"},
		{"We delivered the plan.", "do, make or provide"},
		{"Collaboration matters.", "working together"},
		{"A collaborative plan.", "joint"},
		{"Robustly tested.", "strongly"},
		{"Empowerment matters.", "giving people control"},
		{"Tackle it.", "solve or deal with"},
	}
	c := demo()
	for _, tt := range tests {
		fs := ofKind(c.Check(tt.text), KindAvoid)
		if len(fs) != 1 || fs[0].Suggestion != tt.want {
			t.Errorf("%q: got %v, want one suggestion %q", tt.text, fs, tt.want)
		}
	}
}

func TestInflect(t *testing.T) {
	tests := map[string][]string{
		"synergise": {"synergise", "synergises", "synergised", "synergising"},
		"embody":    {"embody", "embodies", "embodied", "embodying"},
		"push":      {"push", "pushes", "pushed", "pushing"},
		"action":    {"action", "actions", "actioned", "actioning"},
		"ok":        {"ok"},
	}
	for w, want := range tests {
		equalTexts(t, w, inflect(w), want)
	}
}
