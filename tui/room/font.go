package room

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// The room's own block font: capital letters, digits and the usual
// punctuation, five pixels high, most letters five wide, with a row above
// for the accents Welsh needs (â ê î ô û ŵ ŷ, and ä é à ...). It is drawn
// three ways:
//
//   - large: a pixel is a cell, █ or blank (five rows; six with accents);
//   - huge: a pixel is two cells wide and two rows high, for the clock on
//     a big screen;
//   - half: two pixel rows to a cell, with ▀ ▄ █ (three rows), when there
//     is less height.
//
// Text the font cannot draw (a letter it lacks) is shown in ordinary type
// instead, never with a letter missing.

// glyph is the pixels of a character: five rows of '#' and '.', all of
// one width. Lower-case letters are drawn as capitals; accents come from
// accent.
func glyph(r rune) ([5]string, bool) {
	switch r {
	case 'A':
		return [5]string{".###.", "#...#", "#####", "#...#", "#...#"}, true
	case 'B':
		return [5]string{"####.", "#...#", "####.", "#...#", "####."}, true
	case 'C':
		return [5]string{".####", "#....", "#....", "#....", ".####"}, true
	case 'D':
		return [5]string{"####.", "#...#", "#...#", "#...#", "####."}, true
	case 'E':
		return [5]string{"#####", "#....", "####.", "#....", "#####"}, true
	case 'F':
		return [5]string{"#####", "#....", "####.", "#....", "#...."}, true
	case 'G':
		return [5]string{".####", "#....", "#..##", "#...#", ".###."}, true
	case 'H':
		return [5]string{"#...#", "#...#", "#####", "#...#", "#...#"}, true
	case 'I':
		return [5]string{"###", ".#.", ".#.", ".#.", "###"}, true
	case 'J':
		return [5]string{"..###", "...#.", "...#.", "#..#.", ".##.."}, true
	case 'K':
		return [5]string{"#...#", "#..#.", "###..", "#..#.", "#...#"}, true
	case 'L':
		return [5]string{"#....", "#....", "#....", "#....", "#####"}, true
	case 'M':
		return [5]string{"#...#", "##.##", "#.#.#", "#...#", "#...#"}, true
	case 'N':
		return [5]string{"#...#", "##..#", "#.#.#", "#..##", "#...#"}, true
	case 'O':
		return [5]string{".###.", "#...#", "#...#", "#...#", ".###."}, true
	case 'P':
		return [5]string{"####.", "#...#", "####.", "#....", "#...."}, true
	case 'Q':
		return [5]string{".###.", "#...#", "#.#.#", "#..#.", ".##.#"}, true
	case 'R':
		return [5]string{"####.", "#...#", "####.", "#..#.", "#...#"}, true
	case 'S':
		return [5]string{".####", "#....", ".###.", "....#", "####."}, true
	case 'T':
		return [5]string{"#####", "..#..", "..#..", "..#..", "..#.."}, true
	case 'U':
		return [5]string{"#...#", "#...#", "#...#", "#...#", ".###."}, true
	case 'V':
		return [5]string{"#...#", "#...#", "#...#", ".#.#.", "..#.."}, true
	case 'W':
		return [5]string{"#...#", "#...#", "#.#.#", "##.##", "#...#"}, true
	case 'X':
		return [5]string{"#...#", ".#.#.", "..#..", ".#.#.", "#...#"}, true
	case 'Y':
		return [5]string{"#...#", ".#.#.", "..#..", "..#..", "..#.."}, true
	case 'Z':
		return [5]string{"#####", "...#.", "..#..", ".#...", "#####"}, true
	case '0':
		return [5]string{".##.", "#..#", "#..#", "#..#", ".##."}, true
	case '1':
		return [5]string{".#.", "##.", ".#.", ".#.", "###"}, true
	case '2':
		return [5]string{"###.", "...#", ".##.", "#...", "####"}, true
	case '3':
		return [5]string{"###.", "...#", ".##.", "...#", "###."}, true
	case '4':
		return [5]string{"#..#", "#..#", "####", "...#", "...#"}, true
	case '5':
		return [5]string{"####", "#...", "###.", "...#", "###."}, true
	case '6':
		return [5]string{".##.", "#...", "###.", "#..#", ".##."}, true
	case '7':
		return [5]string{"####", "...#", "..#.", ".#..", ".#.."}, true
	case '8':
		return [5]string{".##.", "#..#", ".##.", "#..#", ".##."}, true
	case '9':
		return [5]string{".##.", "#..#", ".###", "...#", ".##."}, true
	case ' ':
		return [5]string{"..", "..", "..", "..", ".."}, true
	case ':':
		return [5]string{".", "#", ".", "#", "."}, true
	case '.':
		return [5]string{".", ".", ".", ".", "#"}, true
	case ',':
		return [5]string{"..", "..", "..", ".#", "#."}, true
	case ';':
		return [5]string{"..", ".#", "..", ".#", "#."}, true
	case '\'', '’', '‘':
		return [5]string{"#", "#", ".", ".", "."}, true
	case '"', '“', '”':
		return [5]string{"#.#", "#.#", "...", "...", "..."}, true
	case '-', '–', '—':
		return [5]string{"...", "...", "###", "...", "..."}, true
	case '+':
		return [5]string{"...", ".#.", "###", ".#.", "..."}, true
	case '!':
		return [5]string{"#", "#", "#", ".", "#"}, true
	case '?':
		return [5]string{"###.", "...#", ".##.", "....", ".#.."}, true
	case '/':
		return [5]string{"....#", "...#.", "..#..", ".#...", "#...."}, true
	case '(':
		return [5]string{".#", "#.", "#.", "#.", ".#"}, true
	case ')':
		return [5]string{"#.", ".#", ".#", ".#", "#."}, true
	case '&':
		return [5]string{".#..", "#.#.", ".#.#", "#.#.", ".#.#"}, true
	}
	return [5]string{}, false
}

// accent is the row above a letter of width w for a combining accent,
// drawn with half-height marks so that it reads as an accent, not as part
// of the letter: 'u' is the upper half of a cell, 'l' the lower. The
// circumflex (to bach) is a small hat, the diaeresis two dots, acute and
// grave a short slope up to the right or the left.
func accent(mark rune, w int) (string, bool) {
	row := []byte(strings.Repeat(".", w))
	mid := w / 2
	set := func(i int, c byte) {
		if i >= 0 && i < w {
			row[i] = c
		}
	}
	switch mark {
	case '\u0302': // circumflex
		set(mid-1, 'l')
		set(mid, 'u')
		set(mid+1, 'l')
	case '\u0308': // diaeresis
		set(mid-1, 'u')
		set(mid+1, 'u')
	case '\u0301': // acute
		set(mid, 'l')
		set(mid+1, 'u')
	case '\u0300': // grave
		set(mid-1, 'u')
		set(mid, 'l')
	default:
		return "", false
	}
	return string(row), true
}

// pixels is text in the font: six rows, the first for accents ('u' and
// 'l' are half marks), the others of '#' and '.', with a blank column
// between characters. It reports false when a character cannot be drawn.
func pixels(text string) ([6]string, bool) {
	var rows [6]strings.Builder
	first := true
	for _, cluster := range clusters(strings.ToUpper(text)) {
		g, ok := glyph(cluster[0])
		if !ok {
			return [6]string{}, false
		}
		w := len(g[0])
		top := strings.Repeat(".", w)
		for _, mark := range cluster[1:] {
			a, ok := accent(mark, w)
			if !ok {
				return [6]string{}, false
			}
			top = a
		}
		for i := range rows {
			if !first {
				rows[i].WriteByte('.')
			}
			if i == 0 {
				rows[i].WriteString(top)
			} else {
				rows[i].WriteString(g[i-1])
			}
		}
		first = false
	}
	var out [6]string
	for i := range rows {
		out[i] = rows[i].String()
	}
	return out, true
}

// clusters splits text into base letters with their combining accents
// ("Â" is 'A' and a circumflex).
func clusters(text string) [][]rune {
	var out [][]rune
	for _, r := range norm.NFD.String(text) {
		if unicode.Is(unicode.Mn, r) && len(out) > 0 {
			last := len(out) - 1
			out[last] = append(out[last], r)
			continue
		}
		out = append(out, []rune{r})
	}
	return out
}

// fontWidth is how many cells text takes in the block font, at its
// usual size (0 when it cannot be drawn).
func fontWidth(text string) int {
	w := -1 // no gap before the first character
	for _, cluster := range clusters(strings.ToUpper(text)) {
		g, ok := glyph(cluster[0])
		if !ok {
			return 0
		}
		for _, mark := range cluster[1:] {
			if _, ok := accent(mark, 1); !ok {
				return 0
			}
		}
		w += len(g[0]) + 1
	}
	return max(w, 0)
}

// blocks draws text a pixel to a cell: five rows, or six when a letter has
// an accent. scale 2 doubles it each way.
func blocks(text string, scale int) ([]string, bool) {
	px, ok := pixels(text)
	if !ok {
		return nil, false
	}
	rows := px[:]
	if strings.Trim(px[0], ".") == "" {
		rows = px[1:]
	}
	var out []string
	for _, row := range rows {
		for sub := range scale {
			var b strings.Builder
			for _, c := range row {
				cell := " "
				switch {
				case c == '#', c == 'u' && scale > 1 && sub == 0, c == 'l' && scale > 1 && sub == scale-1:
					cell = "█"
				case c == 'u' && scale == 1:
					cell = "▀"
				case c == 'l' && scale == 1:
					cell = "▄"
				}
				b.WriteString(strings.Repeat(cell, scale))
			}
			out = append(out, b.String())
		}
	}
	return out, true
}

// halfBlocks draws text with two pixel rows to a cell: three rows. An accent
// takes the top half of the first.
func halfBlocks(text string) ([]string, bool) {
	px, ok := pixels(text)
	if !ok {
		return nil, false
	}
	out := make([]string, 3)
	for i := range out {
		top, bottom := px[2*i], px[2*i+1]
		var b strings.Builder
		for j := range len(top) {
			up, down := top[j] != '.', bottom[j] != '.'
			switch {
			case up && down:
				b.WriteString("█")
			case up:
				b.WriteString("▀")
			case down:
				b.WriteString("▄")
			default:
				b.WriteByte(' ')
			}
		}
		out[i] = b.String()
	}
	return out, true
}

// fontLines breaks text at its spaces into lines that each fit w cells in
// the font, at most max lines; false when it does not fit or cannot be
// drawn.
func fontLines(text string, w, maxLines int) ([]string, bool) {
	var lines []string
	line := ""
	for _, word := range strings.Fields(text) {
		try := word
		if line != "" {
			try = line + " " + word
		}
		if tw := fontWidth(try); tw > 0 && tw <= w {
			line = try
			continue
		}
		if fw := fontWidth(word); fw == 0 || fw > w {
			return nil, false
		}
		if line != "" {
			lines = append(lines, line)
		}
		line = word
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines, len(lines) > 0 && len(lines) <= maxLines
}
