//go:build ignore

// gen-synthetic-corpus writes a synthetic corpus of akhbar records for
// measuring dedup at scale: N documents of about SIZE bytes of text each,
// words drawn (Zipf) from a vocabulary of Devanagari, Kannada and Latin
// words, in paragraphs; a share of them exact copies and a share edited
// copies of earlier documents. It is deterministic for a seed. The output
// is meant for /tmp, not for the repository.
//
//	go run scripts/gen-synthetic-corpus.go -n 1000000 -size 3000 -o /tmp/synth.jsonl
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"math/rand/v2"
	"os"
	"strings"
)

type record struct {
	ID        string  `json:"id"`
	Source    source  `json:"source"`
	Published *string `json:"published"`
	Text      string  `json:"text"`
}

type source struct {
	Path   string `json:"path"`
	Format string `json:"format"`
}

func main() {
	n := flag.Int("n", 1000000, "documents")
	size := flag.Int("size", 3000, "bytes of text per document, about")
	exact := flag.Float64("exact", 0.05, "share of exact copies of an earlier document")
	edited := flag.Float64("edited", 0.10, "share of edited copies of an earlier document")
	seed := flag.Uint64("seed", 1, "random seed")
	out := flag.String("o", "/tmp/synth.jsonl", "output file")
	flag.Parse()

	r := rand.New(rand.NewPCG(*seed, *seed^0xa5a5))
	vocab := makeVocab(r, 50000)
	zipf := rand.NewZipf(r, 1.1, 8, uint64(len(vocab)-1))
	f, err := os.Create(*out)
	if err != nil {
		log.Fatal(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	// recent documents are the ones copied, as in a crawl
	const window = 4096
	var recent []string
	var bytes int64
	for i := range *n {
		var text string
		p := r.Float64()
		switch {
		case len(recent) > 0 && p < *exact:
			text = recent[r.IntN(len(recent))]
		case len(recent) > 0 && p < *exact+*edited:
			text = edit(r, recent[r.IntN(len(recent))], vocab, zipf)
		default:
			text = doc(r, *size, vocab, zipf)
		}
		if len(recent) < window {
			recent = append(recent, text)
		} else {
			recent[r.IntN(window)] = text
		}
		var pub *string
		if r.IntN(3) > 0 {
			s := fmt.Sprintf("2024-%02d-%02dT%02d:%02d:00+05:30", 1+r.IntN(12), 1+r.IntN(28), r.IntN(24), r.IntN(60))
			pub = &s
		}
		rec := record{ID: fmt.Sprintf("doc%08d", i), Source: source{Path: "synthetic", Format: "text"}, Published: pub, Text: text}
		if err := enc.Encode(&rec); err != nil {
			log.Fatal(err)
		}
		bytes += int64(len(text))
	}
	if err := w.Flush(); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "%d documents, %.1f MB of text, in %s\n", *n, float64(bytes)/1e6, *out)
}

func makeVocab(r *rand.Rand, n int) []string {
	scripts := [][]string{
		strings.Fields("क का कि की कु के को ग गा त ता ति न ना नी प पा म मा मी र रा री ल ला स सा सी ह हा व वा य या ज जा द दा ब बा श ष्ट क्ष"),
		strings.Fields("ಕ ಕಾ ಕಿ ಕು ಕೆ ಕೊ ಗ ಗಾ ತ ತಾ ತಿ ನ ನಾ ನಿ ಪ ಪಾ ಮ ಮಾ ಮೀ ರ ರಾ ರಿ ಲ ಲಾ ಸ ಸಾ ಹ ಹಾ ವ ವಾ ಯ ದ ದಾ ಬ ಜ ಳ ಳು ಣ ದ್ದ ಲ್ಲಿ"),
		strings.Fields("ka ri to na me sa lo de pa ti mo ra ve li co an er in on st th"),
	}
	v := make([]string, n)
	for i := range v {
		s := scripts[r.IntN(3)]
		var b strings.Builder
		for range 1 + r.IntN(4) {
			b.WriteString(s[r.IntN(len(s))])
		}
		v[i] = b.String()
	}
	return v
}

func doc(r *rand.Rand, size int, vocab []string, z *rand.Zipf) string {
	var b strings.Builder
	para := 0
	for b.Len() < size {
		if para > 40+r.IntN(40) {
			b.WriteString("\n\n")
			para = 0
		} else if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(vocab[z.Uint64()])
		para++
	}
	return b.String()
}

func edit(r *rand.Rand, text string, vocab []string, z *rand.Zipf) string {
	w := strings.Split(text, " ")
	for i := range w {
		if r.IntN(50) == 0 {
			w[i] = vocab[z.Uint64()]
		}
	}
	return strings.Join(w[:len(w)*(85+r.IntN(15))/100], " ")
}
