package lang

// Romanised Hindi-Urdu (Hinglish chat, comments, some headlines) is written in
// Latin letters with no standard spelling, and the model has no training text
// for it. It is flagged, not modelled: a Latin-script text in which enough of
// the words are common Hindi-Urdu function words that English and the other
// Latin-script languages do not use is labelled "hin_Latn". Other romanised
// Indian languages are not told apart and fall to whatever Latin language
// the model picks.
var romanisedLabels = []string{"hin_Latn"}

// hindiMarkers are frequent romanised Hindi-Urdu words, in their common
// spellings, chosen so that none is an everyday word of English, Indonesian,
// Malay, Tagalog, Spanish, French or Portuguese. The value is a bit index
// for counting distinct markers.
var hindiMarkers = map[string]uint8{}

func init() {
	for i, w := range []string{
		"hai", "hain", "nahi", "nahin", "nhi", "kya", "kyun", "kyon", "mein", "aur", "bhi",
		"tha", "thi", "raha", "rahi", "rahe", "gaya", "gayi", "kiya", "liye", "yeh", "woh",
		"bahut", "accha", "acha", "kuch", "lekin", "aap", "hum", "mujhe", "unka", "uska",
		"iska", "apna", "apne", "abhi", "sirf", "chahiye", "hoga", "hogi", "sakta", "sakte",
		"karna", "karte", "karke", "wala", "wali", "wale", "diya", "kaha", "dekho", "baat",
		"logon", "saath", "hua", "hui", "hue", "jaata", "jata", "jaati", "unhone", "humne",
		"maine", "tumhe", "hamare", "hamara",
	} {
		hindiMarkers[w] = uint8(i % 64)
	}
}

// romanTally counts a text's Latin words and the Hindi-Urdu markers among them.
type romanTally struct {
	words, hits int
	distinct    uint64
}

// word counts one padded, lower-cased Latin word.
func (r *romanTally) word(padded []byte) {
	r.words++
	if len(padded) < 3 {
		return
	}
	if bit, ok := hindiMarkers[string(padded[1:len(padded)-1])]; ok {
		r.hits++
		r.distinct |= 1 << bit
	}
}

func (r *romanTally) add(o *romanTally) {
	r.words += o.words
	r.hits += o.hits
	r.distinct |= o.distinct
}

// isHindi reports whether the words look like romanised Hindi-Urdu: at
// least three words, two distinct markers, and markers a fifth of the words.
func (r *romanTally) isHindi() bool {
	n := 0
	for d := r.distinct; d != 0; d &= d - 1 {
		n++
	}
	return r.words >= 3 && n >= 2 && r.hits*5 >= r.words
}
