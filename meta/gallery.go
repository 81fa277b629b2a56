package meta

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/akhbar/akhbar/clean"
	"github.com/akhbar/akhbar/dates"
	"github.com/akhbar/akhbar/lexicon"
	"github.com/akhbar/akhbar/pipeline"
)

// A photo gallery's prose is its captions: a headline, a line or two of
// standfirst, then picture after picture, each with a caption of a
// sentence or two. The extractor gives a <figcaption> to the picture
// (images[].caption) and leaves it out of the text, which on an article
// loses nothing; on a gallery it leaves the text a standfirst, or
// nothing, and the quality filter drops the page as too short.

// minGallerySlides is the fewest captioned pictures a gallery shows: one
// or two are an article's illustrations.
const minGallerySlides = 3

// slideCounters finds the counters a gallery prints at the start of its
// captions ("1/6 …", "2 / 6 …"): it returns, for each caption block i in
// caps, how many bytes the counter takes, when the captions' counters run
// 1, 2, 3 … over the same total in page order; else nil. The run is what
// tells a counter from a caption that opens with a fraction or a date
// ("9/11 memorial").
func slideCounters(blocks []pipeline.Block, caps []int) []int {
	if len(caps) < minGallerySlides {
		return nil
	}
	cut := make([]int, len(caps))
	total := -1
	for k, i := range caps {
		n, m, size := counterPrefix(blocks[i].Text)
		if size == 0 || n != k+1 || (total >= 0 && m != total) || m < len(caps) {
			return nil
		}
		total, cut[k] = m, size
	}
	return cut
}

// counterPrefix reads "n/m" or "n / m" (digits of any script) at the
// start of s followed by a space or the end: n, m and the bytes the
// counter and its space take; size 0 when s opens with none.
func counterPrefix(s string) (n, m, size int) {
	n, i := leadingNumber(s, 0)
	if i == 0 {
		return 0, 0, 0
	}
	for i < len(s) && s[i] == ' ' {
		i++
	}
	if i >= len(s) || s[i] != '/' {
		return 0, 0, 0
	}
	i++
	for i < len(s) && s[i] == ' ' {
		i++
	}
	m, j := leadingNumber(s, i)
	if j == i {
		return 0, 0, 0
	}
	if j < len(s) {
		r, _ := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsSpace(r) {
			return 0, 0, 0
		}
	}
	for j < len(s) && s[j] == ' ' {
		j++
	}
	return n, m, j
}

// leadingNumber reads up to three decimal digits (of any script) from
// s[i:]: the value and the index after them (i when there are none).
func leadingNumber(s string, i int) (int, int) {
	v, digits := 0, 0
	for i < len(s) && digits < 3 {
		r, size := utf8.DecodeRuneInString(s[i:])
		d := dates.DigitValue(r)
		if d < 0 {
			break
		}
		v, i, digits = v*10+d, i+size, digits+1
	}
	if i < len(s) && digits == 3 {
		if r, _ := utf8.DecodeRuneInString(s[i:]); dates.DigitValue(r) >= 0 {
			return 0, i - 3 // more than three digits: no counter
		}
	}
	return v, i
}

// isCounter reports a block that is a slide counter and nothing else
// ("3 / 6", "३ / ६").
func isCounter(s string) bool {
	n, m, size := counterPrefix(s)
	return size == len(s) && n >= 1 && n <= m
}

// ReasonGalleryCaption is the reason of a gallery's caption made body
// (MarkGallery); the fields step still reads its picture's caption and
// credit from it, and leaves the caption alone as its text.
const ReasonGalleryCaption = "gallery-caption"

// captionBlocks are the page's <figcaption> blocks read as captions, in
// page order.
func captionBlocks(blocks []pipeline.Block) []int {
	var caps []int
	for i, b := range blocks {
		if (b.Reason == clean.ReasonCaption || b.Reason == ReasonGalleryCaption) && b.Tag == "figcaption" {
			caps = append(caps, i)
		}
	}
	return caps
}

// captionOf is a caption block's caption and credit, its slide counter
// (cut bytes) left out.
func captionOf(text string, cut int) (caption, credit string) {
	return splitCredit(text[cut:])
}

// MarkGallery makes a photo gallery's captions its body, before the
// language is read from the body: when an HTML page has at least
// minGallerySlides captioned pictures and their captions (the credits
// and counters cut off) hold more letters than its body, each caption
// block becomes body (ReasonGalleryCaption: the fields step then sets
// its text to the caption alone), a counter alone between the pictures is
// furniture, and a prose block the block model left out between the
// headline and the first picture is the gallery's standfirst. An article
// with pictures has more text than captions and keeps its body as it was.
func MarkGallery(d *pipeline.Doc) {
	blocks := d.Blocks
	caps := captionBlocks(blocks)
	if len(caps) < minGallerySlides {
		return
	}
	counters := slideCounters(blocks, caps)
	capLen, bodyLen := 0, 0
	for k, i := range caps {
		cut := 0
		if counters != nil {
			cut = counters[k]
		}
		c, _ := captionOf(blocks[i].Text, cut)
		if c == "" {
			return
		}
		capLen += utf8.RuneCountInString(c)
	}
	for _, b := range blocks {
		if b.Role == pipeline.RoleBody {
			bodyLen += utf8.RuneCountInString(b.Text)
		}
	}
	if capLen <= bodyLen {
		return
	}
	for _, i := range caps {
		blocks[i].Role, blocks[i].Reason = pipeline.RoleBody, ReasonGalleryCaption
	}
	for i := range blocks {
		if b := &blocks[i]; b.Role == pipeline.RoleBody && isCounter(b.Text) {
			b.Role, b.Reason = pipeline.RoleBoilerplate, "counter"
		}
	}
	// The standfirst: the last block before the first picture, when the
	// model left out a sentence with no link there and nothing is body
	// before it.
	for i := caps[0] - 1; i >= 0; i-- {
		b := &blocks[i]
		if b.Role == pipeline.RoleBody || b.Role == pipeline.RoleMetadata {
			return
		}
		if b.Role != pipeline.RoleBoilerplate || b.Link != "" || b.LinkShare > 0 || !isProse(b.Text) {
			continue
		}
		b.Role, b.Reason = pipeline.RoleBody, ""
		return
	}
}

// keepStop gives a gallery caption made body the full stop splitCredit
// cut with the separator before an unbracketed credit ("… the men's
// Super-G. Photo: X"): in the text it ends a sentence. The caption field
// keeps splitCredit's reading (a change there moved kit captions no
// measured figure reads).
func keepStop(caption, text string) string {
	if rest, ok := strings.CutPrefix(text, caption+"."); ok && (rest == "" || rest[0] == ' ') {
		return caption + "."
	}
	return caption
}

// isProse reports a sentence: six words or more, ending in a full stop
// of the text's script.
func isProse(s string) bool {
	s = strings.TrimRight(s, " \"'”’)")
	r, _ := utf8.DecodeLastRuneInString(s)
	return lexicon.IsSentenceEnd(r) && len(strings.Fields(s)) >= 6
}
