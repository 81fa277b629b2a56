package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// cue is what a cue phrase says about a block.
type cue int

const (
	cueNone        cue = iota
	cueBoiler          // the block is page furniture: ads, share bars, menus, prompts
	cueRelated         // "also read: <title>": the rest of the block is a related link
	cueRelatedHead     // "Related stories": the blocks after it are related links
	cueCopyright       // a copyright line
	cueByline          // "By <name>"
	cueDateLabel       // "Published:", "Updated:" on its own line, the date follows
	cueComments        // comment section starts: nothing after it is body
)

// cueWords are matched against the first words of a block, case-folded,
// with trailing punctuation taken off. A phrase matches when the block is
// the phrase alone, or for cueRelated/cueByline/cueCopyright/cueDateLabel,
// when the block starts with it. The lists are data: add a language by
// adding its phrases. Sources: the navigation, share and "also read"
// strings of Indian news sites in 13 languages and of English, German,
// French, Spanish and Portuguese pages, as they appear in dumps.
var cueWords = map[cue][]string{
	cueBoiler: {
		// English
		"advertisement", "advertisements", "advert", "ad", "ads", "sponsored", "sponsored content", "promoted",
		"share", "share this", "share this article", "share this story", "share on facebook", "share on twitter",
		"share on whatsapp", "share via email", "share article", "tweet", "email", "e-mail", "print", "whatsapp",
		"facebook", "twitter", "linkedin", "pinterest", "reddit", "telegram", "google plus", "google+", "instagram",
		"youtube", "koo", "copy link", "copy url", "link copied", "comments", "comment", "no comments", "0 comments",
		"leave a reply", "leave a comment", "post a comment", "add comment", "view comments", "show comments",
		"facebook comments", "subscribe", "subscribe now", "sign up", "sign in", "log in", "login", "logout",
		"register", "newsletter", "follow us", "follow", "like us on facebook", "follow us on twitter",
		"continue reading", "continue reading the main story", "continue reading below", "read more", "read full story",
		"read full article", "click here", "see more", "view more", "load more", "show more", "more", "next", "previous",
		"next story", "previous story", "next article", "prev", "back to top", "go to top", "top", "skip to content",
		"skip to main content", "skip to navigation", "menu", "search", "home", "trending", "trending now",
		"most read", "most popular", "most viewed", "popular", "latest", "latest news", "top stories", "editor's picks",
		"recommended", "recommended for you", "advertisement - scroll to continue", "story continues below advertisement",
		"scroll to continue with content", "watch", "watch video", "video", "videos", "photos", "photo gallery",
		"gallery", "listen", "listen to this article", "audio", "image", "photo", "file photo", "representational image",
		"representative image", "getty images", "reuters", "getty", "ap photo", "thanks for watching",
		"media playback is unsupported on your device", "report", "report an error", "feedback", "close", "ok",
		"accept", "agree", "i agree", "accept cookies", "accept all", "loading", "loading...", "please wait",
		"download app", "download the app", "get the app", "open in app", "also on", "font size", "text size",
		"a a a", "a+ a-", "print this article", "save", "bookmark", "saved", "play", "pause", "mute", "disclaimer",
		"privacy policy", "terms of use", "terms of service", "terms and conditions", "cookie policy", "contact us",
		"about us", "careers", "advertise with us", "sitemap", "rss", "epaper", "e-paper", "live tv", "live",
		"breaking news", "breaking", "updated", "tags", "topics", "filed under", "posted in", "categories", "category",
		// German, French, Spanish, Portuguese
		"anzeige", "werbung", "teilen", "kommentare", "mehr zum thema", "weiterlesen", "publicité", "partager",
		"commentaires", "lire aussi", "publicidad", "compartir", "comentarios", "publicidade", "compartilhar",
		"comentários",
		// Hindi, Marathi, Nepali (Devanagari)
		"विज्ञापन", "शेयर", "शेयर करें", "शेयर करे", "ट्वीट", "ईमेल", "प्रिंट", "कमेंट", "कमेंट्स", "टिप्पणी",
		"टिप्पणियां", "टिप्पणियाँ", "टिप्पणी करें", "सब्सक्राइब", "सब्सक्राइब करें", "फॉलो करें", "हमें फॉलो करें",
		"और पढ़ें", "और पढ़े", "आगे पढ़ें", "पूरी खबर पढ़ें", "अन्य खबरें", "अन्य ख़बरें", "ताज़ा खबरें", "ताजा खबरें",
		"लेटेस्ट", "लेटेस्ट न्यूज़", "ट्रेंडिंग", "होम", "मुख्य पृष्ठ", "ई-पेपर", "लॉगिन", "लॉग इन", "वीडियो", "फोटो",
		"फ़ोटो", "फोटो गैलरी", "तस्वीरें", "प्रतीकात्मक तस्वीर", "सांकेतिक तस्वीर", "फाइल फोटो", "लाइव टीवी",
		"ब्रेकिंग न्यूज़", "टैग", "जाहिरात", "शेअर करा", "प्रतिक्रिया", "प्रतिक्रिया दें", "अपनी राय दें", "अस्वीकरण",
		// Kannada
		"ಜಾಹೀರಾತು", "ಶೇರ್ ಮಾಡಿ", "ಈ ಸುದ್ದಿಯನ್ನು ಶೇರ್ ಮಾಡಿ", "ಹಂಚಿಕೊಳ್ಳಿ", "ಅಕ್ಷರ ಗಾತ್ರ", "ಪ್ರತಿಕ್ರಿಯೆ",
		"ಪ್ರತಿಕ್ರಿಯಿಸಿ", "ಇನ್ನಷ್ಟು", "ಮತ್ತಷ್ಟು", "ಇತ್ತೀಚಿನ ಸುದ್ದಿ", "ಮುಖಪುಟ", "ವಿಡಿಯೋ", "ಫೋಟೋ", "ಸಾಂದರ್ಭಿಕ ಚಿತ್ರ",
		"ಟ್ಯಾಗ್ಸ್",
		// Bengali, Assamese
		"বিজ্ঞাপন", "শেয়ার করুন", "শেয়ার", "মন্তব্য", "আরও খবর", "সর্বশেষ", "প্ৰচাৰ",
		// Tamil, Telugu, Malayalam
		"விளம்பரம்", "பகிர்", "பகிரவும்", "கருத்துகள்", "ప్రకటన", "షేర్ చేయండి", "షేర్", "పరస్యం", "പരസ്യം",
		"ഷെയർ ചെയ്യുക", "ഷെയര്‍ ചെയ്യുക",
		// Gujarati, Punjabi, Odia, Urdu
		"જાહેરાત", "શેર કરો", "ਇਸ਼ਤਿਹਾਰ", "ਸ਼ੇਅਰ ਕਰੋ", "ବିଜ୍ଞାପନ", "ସେୟାର କରନ୍ତୁ", "اشتہار", "شیئر کریں", "شیئر",
	},
	cueRelated: {
		"also read", "read also", "read more", "also see", "see also", "related", "related story", "related article",
		"related news", "related:", "more:", "must read", "don't miss", "also watch", "watch", "recommended",
		"lesen sie auch", "auch interessant", "lire aussi", "à lire aussi", "lee también", "leia também", "leia mais",
		"यह भी पढ़ें", "ये भी पढ़ें", "इसे भी पढ़ें", "यहां भी पढ़ें", "यह भी पढ़े", "ये भी पढ़े", "इसे भी पढ़े",
		"जरूर पढ़ें", "पढ़ें", "यह भी देखें", "ये भी देखें", "हेही वाचा", "हे पण वाचा", "हे सुद्धा वाचा", "हेदेखि पढ्नुहोस्",
		"यो पनि पढ्नुहोस्", "ಇದನ್ನೂ ಓದಿ", "ಇದನ್ನು ಓದಿ", "ಇದನ್ನೂ ಓದಿರಿ", "ಇದನ್ನೂ ನೋಡಿ", "ಓದಿ", "আরও পড়ুন",
		"আরো পড়ুন", "আরও পড়ুন:", "এটাও পড়ুন", "লগতে পঢ়ক", "এইটোও পঢ়ক", "மேலும் படிக்க", "இதையும் படிங்க",
		"இதையும் படிக்கவும்", "ఇవి కూడా చదవండి", "ఇది కూడా చదవండి", "ఇవీ చదవండి", "ഇതും വായിക്കുക", "കൂടുതൽ വായിക്കുക",
		"ഇതുകൂടി വായിക്കൂ", "આ પણ વાંચો", "આ પણ વાંચોઃ", "ਇਹ ਵੀ ਪੜ੍ਹੋ", "ଏହା ବି ପଢନ୍ତୁ", "ଆହୁରି ପଢନ୍ତୁ", "یہ بھی پڑھیں",
		"مزید پڑھیں",
	},
	cueRelatedHead: {
		"related articles", "related stories", "related posts", "related news", "related links", "related content",
		"more stories", "more from", "more news", "you may also like", "you might also like", "recommended stories",
		"read next", "up next", "what to read next", "trending news", "top news", "other news", "most read in",
		"also in", "weitere artikel", "à lire également", "noticias relacionadas", "संबंधित खबरें", "संबंधित ख़बरें",
		"सम्बंधित खबरें", "संबंधित समाचार", "अन्य संबंधित खबरें", "ये भी पढ़ें", "ಸಂಬಂಧಿತ ಸುದ್ದಿ", "ಸಂಬಂಧಿತ ಸುದ್ದಿಗಳು",
		"সম্পর্কিত খবর", "தொடர்புடைய செய்திகள்", "సంబంధిత వార్తలు", "ബന്ധപ്പെട്ട വാർത്തകൾ", "સંબંધિત સમાચાર",
	},
	cueCopyright: {
		"copyright", "©", "(c)", "all rights reserved", "सर्वाधिकार सुरक्षित", "कॉपीराइट", "ಕೃತಿಸ್ವಾಮ್ಯ",
		"ಎಲ್ಲ ಹಕ್ಕುಗಳನ್ನು ಕಾಯ್ದಿರಿಸಲಾಗಿದೆ", "স্বত্ব", "காப்புரிமை", "కాపీరైట్", "പകർപ്പവകാശം",
	},
	cueByline: {
		"by", "written by", "reported by", "posted by", "edited by", "story by", "text by", "author", "authors",
		"von", "par", "por", "लेखक", "लेखिका", "रिपोर्ट", "रिपोर्टर", "संवाददाता", "ಲೇಖಕರು", "ವರದಿ", "লেখক",
		"প্রতিবেদক", "எழுதியவர்", "రచయిత", "ലേഖകൻ",
	},
	cueDateLabel: {
		"published", "published on", "first published", "posted", "posted on", "updated", "last updated",
		"updated on", "date", "dated", "veröffentlicht", "aktualisiert", "publié", "publicado", "actualizado",
		"प्रकाशित", "प्रकाशित तिथि", "अपडेट", "अपडेटेड", "अंतिम अपडेट", "ಪ್ರಕಟಿತ", "ಪ್ರಕಟಿಸಲಾಗಿದೆ", "ನವೀಕರಿಸಲಾಗಿದೆ",
		"ಅಪ್‌ಡೇಟ್", "প্রকাশিত", "আপডেট", "வெளியிடப்பட்டது", "ప్రచురించబడింది", "പ്രസിദ്ധീകരിച്ചത്",
	},
	cueComments: {
		"comments", "leave a reply", "leave a comment", "post a comment", "facebook comments", "comment",
		"कमेंट", "टिप्पणियां", "टिप्पणियाँ", "अपनी राय दें", "ಪ್ರತಿಕ್ರಿಯೆ", "মন্তব্য",
	},
}

// prefixCues may start a longer block; the others must be the whole block.
var prefixCues = map[cue]bool{cueRelated: true, cueByline: true, cueCopyright: true, cueDateLabel: true}

// containsBoiler are phrases that mark a block as furniture wherever they
// appear in it (consent prompts, comment forms, app promotions).
var containsBoiler = []string{
	"your email address will not be published", "required fields are marked", "we use cookies",
	"this site uses cookies", "this website uses cookies", "by continuing to use", "accept the use of cookies",
	"cookie policy", "privacy policy", "subscribe to our newsletter", "sign up for our newsletter",
	"get the latest news", "download the app", "click here to", "follow us on", "like us on facebook",
	"is protected by recaptcha", "all rights reserved", "javascript is disabled", "enable javascript",
	"your browser does not support", "कुकीज", "कुकीज़", "हमें फॉलो करें", "ऐप डाउनलोड करें", "हमारे ऐप",
	"ಕುಕೀಸ್", "ನಕಲು ಮಾಡುವವರ ವಿರುದ್ಧ", "app download", "google play", "app store",
}

// altWords end the short blocks that are image alt text leaking into a
// dump ("author img", "ETV Bharat Logo").
var altWords = map[string]bool{
	"img": true, "image": true, "images": true, "logo": true, "icon": true, "thumbnail": true, "thumb": true,
	"avatar": true, "banner": true, "pic": true, "placeholder": true, "spacer": true, "lazyload": true,
	"लोगो": true, "ಲೋಗೋ": true,
}

var containsBoilerNFC = func() []string {
	out := make([]string, len(containsBoiler))
	for i, p := range containsBoiler {
		out[i] = norm.NFC.String(p)
	}
	return out
}()

// maxCueLen is the longest cue phrase in bytes: a longer block cannot be
// a cue on its own.
var maxCueLen int

var cueIndex = func() map[string]cue {
	m := map[string]cue{}
	// Later kinds do not override earlier ones: a phrase in two lists
	// keeps the first, so list order in this function is the precedence.
	for _, k := range []cue{cueComments, cueRelatedHead, cueRelated, cueCopyright, cueDateLabel, cueByline, cueBoiler} {
		for _, p := range cueWords[k] {
			key := cueKey(norm.NFC.String(p))
			maxCueLen = max(maxCueLen, len(key))
			if _, ok := m[key]; !ok {
				m[key] = k
			}
		}
	}
	return m
}()

// prefixIndex holds the prefix cues alone: a phrase that is a heading when
// it stands alone ("ये भी पढ़ें", "related news") still opens an "also
// read" link when a title follows it.
var prefixIndex = func() map[string]cue {
	m := map[string]cue{}
	for _, k := range []cue{cueRelated, cueCopyright, cueDateLabel, cueByline} {
		for _, p := range cueWords[k] {
			key := cueKey(norm.NFC.String(p))
			if _, ok := m[key]; !ok {
				m[key] = k
			}
		}
	}
	return m
}()

// cueKey folds a phrase for lookup: lower case, inner spaces single,
// surrounding punctuation off.
func cueKey(s string) string {
	s = strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || (unicode.IsPunct(r) && r != '©' && r != '+' && r != '(') || unicode.IsSymbol(r) && r != '©'
	})
	// One pass: fold case and squeeze spaces (blocks come from
	// clean.Line, so runs of spaces are rare; the common case copies).
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// cueMatch is a matched cue and, for prefix cues, the text after it.
type cueMatch struct {
	kind cue
	rest string
}

// matchCue finds the cue a block starts with. Whole-block cues win over
// prefixes, and longer prefixes over shorter ones.
func matchCue(text string) cueMatch {
	if len(text) <= 2*maxCueLen {
		key := cueKey(text)
		if key == "" {
			return cueMatch{}
		}
		if k, ok := cueIndex[key]; ok {
			return cueMatch{kind: k}
		}
	}
	// Prefixes: try the first 6, 5, ... 1 words of the block.
	words := firstWords(text, 7)
	n := len(words)
	if n > 6 {
		n = 6
	}
	for i := n; i >= 1; i-- {
		head := strings.Join(words[:i], " ")
		// A cue glued to its rest ("पढ़ें-ब्रिटेन", "Copyright©2024") is
		// split at its first punctuation.
		k, ok := prefixIndex[cueKey(head)]
		if !ok || !prefixCues[k] {
			continue
		}
		rest := strings.TrimSpace(afterWords(text, i))
		rest = strings.TrimLeftFunc(rest, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) || r == '|' })
		if k == cueByline && i == 1 && words[0] != "By" && words[0] != "by" && words[0] != "BY" {
			// Single foreign words like "von", "par", "por" are bylines only
			// when followed by a short name.
			if len(firstWords(text, 6)) > 5 {
				continue
			}
		}
		return cueMatch{kind: k, rest: rest}
	}
	// "Published : Jul 3" splits the label from its colon; "यह भी पढ़ें-"
	// glues the dash to the cue: retry on the text before the first
	// punctuation that ends a label.
	if i := strings.IndexAny(text, ":-–—|"); i > 0 {
		if k, ok := prefixIndex[cueKey(text[:i])]; ok && prefixCues[k] {
			return cueMatch{kind: k, rest: strings.TrimSpace(strings.TrimLeft(text[i:], ":-–—| "))}
		}
	}
	return cueMatch{}
}

// firstWords returns up to n space-separated words from the start of s
// without splitting all of it.
func firstWords(s string, n int) []string {
	var out []string
	for len(out) < n {
		s = strings.TrimLeftFunc(s, unicode.IsSpace)
		if s == "" {
			break
		}
		i := strings.IndexFunc(s, unicode.IsSpace)
		if i < 0 {
			out = append(out, s)
			break
		}
		out = append(out, s[:i])
		s = s[i:]
	}
	return out
}

// afterWords returns s without its first n words.
func afterWords(s string, n int) string {
	for range n {
		s = strings.TrimLeftFunc(s, unicode.IsSpace)
		i := strings.IndexFunc(s, unicode.IsSpace)
		if i < 0 {
			return ""
		}
		s = s[i:]
	}
	return s
}

// strongBoiler are phrases no article paragraph carries: consent banners,
// comment-policy disclaimers, reproduction notices. A block with one is
// furniture however long it is.
var strongBoiler = []string{
	"we use cookies", "this site uses cookies", "this website uses cookies", "your email address will not be published",
	"required fields are marked", "views expressed in comments", "views expressed in the comments",
	"report any comment", "reproduction in whole or in part", "is protected by recaptcha",
	"do not represent the views", "comments are moderated", "comment will be reviewed by the moderator",
	"कुकीज़ का उपयोग", "कुकीज का उपयोग", "टिप्पणियों में व्यक्त विचार",
}

var strongBoilerNFC = func() []string {
	out := make([]string, len(strongBoiler))
	for i, p := range strongBoiler {
		out[i] = norm.NFC.String(p)
	}
	return out
}()

// strongBoilerPhrase reports a block that contains a strong furniture
// phrase; low is the block in lower case.
func strongBoilerPhrase(low string) bool {
	for _, p := range strongBoilerNFC {
		if strings.Contains(low, p) {
			return true
		}
	}
	return false
}

// boilerPhrase reports a block that contains a furniture phrase; low is
// the block in lower case.
func boilerPhrase(low string) bool {
	for _, p := range containsBoilerNFC {
		if strings.Contains(low, p) {
			return true
		}
	}
	return false
}

// altLeak reports image alt text that leaked into the dump: a short block
// ending in "img", "logo", "icon" and the like.
func altLeak(text string, f features) bool {
	if f.words == 0 || f.words > 12 || f.terminal {
		return false
	}
	words := strings.Fields(strings.ToLower(text))
	last := strings.TrimFunc(words[len(words)-1], func(r rune) bool { return !unicode.IsLetter(r) })
	return altWords[norm.NFC.String(last)]
}

// AlsoReadTitle is the headline an "also read" block links to: the block
// without its cue ("यह भी पढ़ें- ब्रिटेन …" gives "ब्रिटेन …").
func AlsoReadTitle(text string) string {
	if m := matchCue(text); m.kind == cueRelated {
		return m.rest
	}
	return ""
}
