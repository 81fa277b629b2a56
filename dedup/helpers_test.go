package dedup

import (
	"math/rand/v2"
	"strings"
)

// corpusGen makes deterministic synthetic texts: words drawn from a
// vocabulary that mixes Latin, Devanagari and Kannada.
type corpusGen struct {
	r     *rand.Rand
	vocab []string
}

func newCorpusGen(seed uint64) *corpusGen {
	g := &corpusGen{r: rand.New(rand.NewPCG(seed, seed^0x5eed))}
	alphabets := [][]rune{
		[]rune("abcdefghijklmnopqrstuvwxyz"),
		[]rune("कखगघचछजझटठडढतथदधनपफबभमयरलवशसह"),
		[]rune("ಕಖಗಘಚಛಜಝಟಠಡಢತಥದಧನಪಫಬಭಮಯರಲವಶಸಹ"),
	}
	marks := [][]rune{nil, []rune("ािीुूेैोौं्"), []rune("ಾಿೀುೂೆೇೈೊೋೌಂ್")}
	for i := 0; i < 3000; i++ {
		a := i % 3
		var b strings.Builder
		for j := 0; j < 2+g.r.IntN(6); j++ {
			b.WriteRune(alphabets[a][g.r.IntN(len(alphabets[a]))])
			if marks[a] != nil && g.r.IntN(2) == 0 {
				b.WriteRune(marks[a][g.r.IntN(len(marks[a]))])
			}
		}
		g.vocab = append(g.vocab, b.String())
	}
	return g
}

func (g *corpusGen) words(n int) []string {
	w := make([]string, n)
	for i := range w {
		w[i] = g.vocab[g.r.IntN(len(g.vocab))]
	}
	return w
}

func (g *corpusGen) text(n int) string { return strings.Join(g.words(n), " ") }

// edit changes a share of the words of a text.
func (g *corpusGen) edit(text string, share float64) string {
	w := strings.Fields(text)
	for i := range w {
		if g.r.Float64() < share {
			w[i] = g.vocab[g.r.IntN(len(g.vocab))]
		}
	}
	return strings.Join(w, " ")
}
