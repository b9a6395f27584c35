package setup

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/huh"
	"golang.org/x/crypto/ssh"

	"github.com/gyda/gyda/roster"
)

// PersonDraft is one person as the people forms hold them while they are
// answered. NewPersonDraft fills it from a person; Person puts the answers
// back, keeping what the forms do not ask about (the id, opt-outs,
// retirement).
type PersonDraft struct {
	orig   roster.Person
	others []roster.Person // everyone else, to refuse their SSH keys

	Name              string
	Kind              roster.Kind
	Organisation      string
	DecisionAuthority bool
	Trained           []roster.Role
	Language          string // "", "cy", or another code kept from the file
	Needs             []string
	OtherNeeds        string   // needs in the person's own words, separated by commas
	KeepKeys          []string // the SSH keys to keep, as written
	NewKey            string   // one more SSH key, pasted
}

// knownNeeds are the access needs the form offers, in order.
func knownNeeds() []string {
	return []string{roster.NeedLargePrint, roster.NeedEasyRead, roster.NeedHearingLoop, roster.NeedWheelchair,
		roster.NeedRemote, roster.NeedBreaks, roster.NeedPapersEarly}
}

// NeedLabel says what an access need is, in plain words.
func NeedLabel(n string) string {
	switch n {
	case roster.NeedLargePrint:
		return "Large print"
	case roster.NeedEasyRead:
		return "Easy read"
	case roster.NeedHearingLoop:
		return "Hearing loop"
	case roster.NeedWheelchair:
		return "Wheelchair space"
	case roster.NeedRemote:
		return "Joins remotely"
	case roster.NeedBreaks:
		return "Regular breaks"
	case roster.NeedPapersEarly:
		return "Papers in good time"
	}
	return n
}

// NewPersonDraft starts a draft from p (a zero Person for someone new);
// others are the rest of the roster.
func NewPersonDraft(p roster.Person, others []roster.Person) *PersonDraft {
	d := &PersonDraft{orig: p.Clone(), others: others,
		Name: p.Name, Kind: p.Kind, Organisation: p.Organisation, DecisionAuthority: p.DecisionAuthority,
		Trained: slices.Clone(p.Trained), Language: p.Language, KeepKeys: slices.Clone(p.SSHKeys)}
	if d.Kind == "" {
		d.Kind = roster.PersonUsingServices
	}
	var other []string
	for _, n := range p.Needs {
		if i := slices.IndexFunc(knownNeeds(), func(k string) bool { return roster.Person{Needs: []string{n}}.HasNeed(k) }); i >= 0 {
			d.Needs = append(d.Needs, knownNeeds()[i])
		} else {
			other = append(other, n)
		}
	}
	d.OtherNeeds = strings.Join(other, ", ")
	return d
}

// IsNew reports whether the draft is of someone not yet in the roster.
func (d *PersonDraft) IsNew() bool { return d.orig.Name == "" && d.orig.ID == "" }

// Person returns the person the answers describe.
func (d *PersonDraft) Person() roster.Person {
	p := d.orig.Clone()
	p.Name = strings.Join(strings.Fields(cleared(d.Name)), " ")
	p.Kind = d.Kind
	p.Organisation = cleared(d.Organisation)
	p.DecisionAuthority = d.Kind == roster.Staff && d.DecisionAuthority
	p.Trained = nil
	for _, r := range roster.Roles() {
		if slices.Contains(d.Trained, r) {
			p.Trained = append(p.Trained, r)
		}
	}
	p.Language = cleared(d.Language)
	p.Needs = nil
	for _, n := range knownNeeds() {
		if slices.Contains(d.Needs, n) {
			p.Needs = append(p.Needs, n)
		}
	}
	for _, n := range strings.Split(cleared(d.OtherNeeds), ",") {
		n = strings.Join(strings.Fields(n), " ")
		if i := slices.IndexFunc(knownNeeds(), func(k string) bool { return roster.Person{Needs: []string{n}}.HasNeed(k) }); i >= 0 {
			n = knownNeeds()[i] // "hearing loop" typed is the hearing-loop need
		}
		if n != "" && !p.HasNeed(n) {
			p.Needs = append(p.Needs, n)
		}
	}
	p.SSHKeys = nil
	for _, k := range d.orig.SSHKeys {
		if slices.Contains(d.KeepKeys, k) {
			p.SSHKeys = append(p.SSHKeys, k)
		}
	}
	if k := strings.TrimSpace(d.NewKey); k != "" {
		p.SSHKeys = append(p.SSHKeys, k)
	}
	return p
}

// Steps are the person's forms in order: name and kind first, then the
// rest, which depends on the kind (only staff are asked about decision
// authority), then SSH keys. huh's accessible mode asks every field of a
// form, so questions that depend on an answer go in a later form.
func (d *PersonDraft) Steps() []func(accessible bool) *huh.Form {
	return []func(bool) *huh.Form{d.basicsForm, d.detailsForm, d.keysForm}
}

// basicsForm asks the name and the kind.
func (d *PersonDraft) basicsForm(accessible bool) *huh.Form {
	title := "A new person"
	if !d.IsNew() {
		title = "Change " + d.orig.Name
	}
	kinds := make([]huh.Option[roster.Kind], len(roster.Kinds()))
	for i, k := range roster.Kinds() {
		kinds[i] = huh.NewOption(kindLabel(k), k)
	}
	return huh.NewForm(huh.NewGroup(
		huh.NewNote().Title(title),
		huh.NewInput().Title(keeps(accessible, "Full name, as the minutes show it", d.Name)).
			Value(&d.Name).CharLimit(100).Validate(required("the person's name", &d.Name)),
		huh.NewSelect[roster.Kind]().Title(keeps(accessible, "How do they take part?", kindLabel(d.Kind))).
			Description("Balance is counted by kind: people who use services and carers are lived-experience members.").
			Options(kinds...).Value(&d.Kind),
	))
}

// kindLabel says what a kind is, for a choice.
func kindLabel(k roster.Kind) string {
	switch k {
	case roster.PersonUsingServices:
		return "Uses services, or has used them (lived experience)"
	case roster.Carer:
		return "Unpaid carer (lived experience)"
	case roster.Staff:
		return "Paid staff of a partner organisation"
	case roster.Guest:
		return "Guest or observer (not counted)"
	}
	return string(k)
}

// detailsForm asks everything else but keys.
func (d *PersonDraft) detailsForm(accessible bool) *huh.Form {
	var fields []huh.Field
	orgTitle := "Organisation, if any"
	if d.Kind == roster.Staff {
		orgTitle = "Which organisation do they represent?"
	}
	fields = append(fields, huh.NewInput().Title(keeps(accessible, orgTitle, d.Organisation)+clearHint(accessible, d.Organisation)).
		Value(&d.Organisation).CharLimit(120).Validate(plainText(100)))
	if d.Kind == roster.Staff {
		fields = append(fields, huh.NewConfirm().
			Title("Can they make decisions for their organisation (decision authority)?").
			Affirmative("Yes").Negative("No").Value(&d.DecisionAuthority))
	}
	roles := make([]huh.Option[roster.Role], 0, 2)
	for _, r := range roster.Roles() {
		roles = append(roles, huh.NewOption("Trained as "+r.Label(), r))
	}
	langs := []huh.Option[string]{huh.NewOption("English", ""), huh.NewOption("Welsh (Cymraeg)", "cy")}
	if d.Language != "" && d.Language != "cy" {
		langs = append(langs, huh.NewOption("Another language: "+d.Language, d.Language))
	}
	needs := make([]huh.Option[string], 0, len(knownNeeds()))
	for _, n := range knownNeeds() {
		needs = append(needs, huh.NewOption(NeedLabel(n), n))
	}
	fields = append(fields,
		huh.NewMultiSelect[roster.Role]().Title(choose(accessible, "Which roles are they trained for?")).
			Options(roles...).Value(&d.Trained),
		huh.NewSelect[string]().Title(keeps(accessible, "First language", languageName(d.Language))).
			Options(langs...).Value(&d.Language),
		huh.NewMultiSelect[string]().Title(choose(accessible, "Access needs the meeting must meet")).
			Options(needs...).Value(&d.Needs),
		huh.NewInput().Title(keeps(accessible, "Other needs, in their own words (separate them with commas)", d.OtherNeeds)+clearHint(accessible, d.OtherNeeds)).
			Value(&d.OtherNeeds).CharLimit(300),
	)
	return huh.NewForm(huh.NewGroup(fields...))
}

// languageName names a first language.
func languageName(code string) string {
	switch code {
	case "":
		return "English"
	case "cy":
		return "Welsh (Cymraeg)"
	}
	return code
}

// clearHint tells a screen-reader user how to empty a field that holds
// something.
func clearHint(accessible bool, current string) string {
	if !accessible || strings.TrimSpace(current) == "" {
		return ""
	}
	return " (type " + clearMark + " to clear)"
}

// keysForm asks which SSH keys to keep and for one more.
func (d *PersonDraft) keysForm(accessible bool) *huh.Form {
	var fields []huh.Field
	if len(d.orig.SSHKeys) > 0 {
		opts := make([]huh.Option[string], len(d.orig.SSHKeys))
		for i, k := range d.orig.SSHKeys {
			opts[i] = huh.NewOption(KeyLabel(k), k)
		}
		fields = append(fields, huh.NewMultiSelect[string]().
			Title(choose(accessible, "SSH keys they join remote meetings with: untick any to remove")).
			Options(opts...).Value(&d.KeepKeys))
	}
	fields = append(fields, huh.NewInput().
		Title("Paste an SSH public key to join remote meetings with, or leave this empty").
		Description("One line from their id_ed25519.pub file, starting ssh-ed25519 (or ssh-rsa, ecdsa-...).").
		Value(&d.NewKey).CharLimit(16384).Validate(d.checkNewKey))
	return huh.NewForm(huh.NewGroup(fields...))
}

// checkNewKey validates a pasted SSH key: one that parses, that this
// person does not have already and that nobody else has.
func (d *PersonDraft) checkNewKey(s string) error {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	fp, err := Fingerprint(s)
	if err != nil {
		return err
	}
	for _, k := range d.orig.SSHKeys {
		if f, err := Fingerprint(k); err == nil && f == fp {
			return errors.New("they have this key already")
		}
	}
	for _, p := range d.others {
		for _, k := range p.SSHKeys {
			if f, err := Fingerprint(k); err == nil && f == fp {
				return fmt.Errorf("this key is %s's; each person needs their own", p.Name)
			}
		}
	}
	return nil
}

// Fingerprint checks an SSH public key, written as a line of an
// authorized_keys file, and returns its SHA256 fingerprint.
func Fingerprint(line string) (string, error) {
	pub, _, _, rest, err := ssh.ParseAuthorizedKey([]byte(strings.TrimSpace(line)))
	if err != nil {
		return "", errors.New("not an SSH public key; paste the whole line from the .pub file, starting ssh-ed25519 or ssh-rsa")
	}
	if len(strings.TrimSpace(string(rest))) > 0 {
		return "", errors.New("paste one key at a time")
	}
	return ssh.FingerprintSHA256(pub), nil
}

// KeyLabel shows an SSH key as people can compare it: its type, its
// SHA256 fingerprint and its comment.
func KeyLabel(line string) string {
	pub, comment, _, _, err := ssh.ParseAuthorizedKey([]byte(strings.TrimSpace(line)))
	if err != nil {
		return "a key that cannot be read: " + truncate(line, 30)
	}
	label := strings.ToUpper(strings.TrimPrefix(pub.Type(), "ssh-")) + " " + ssh.FingerprintSHA256(pub)
	if comment != "" {
		label += " " + comment
	}
	return label
}

// truncate shortens s to n characters.
func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
