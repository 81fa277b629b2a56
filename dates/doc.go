// Package dates reads the publication and update dates that news pages
// print, in the many shapes and languages they print them, and gives them
// as times with their zone (RFC 3339 with the page's offset).
//
// It reads English bylines ("Published : Jul 3, 2024, 7:43 PM IST",
// "12-08-2019, 12:51PM IST"), ISO 8601/RFC 3339, RFC 1123/822/850 and
// asctime HTTP dates, numeric dates (day first unless told or impossible),
// month and weekday names and parts of the day ("शाम 7 बजे", "ಸಂಜೆ 7
// ಗಂಟೆಗೆ") of the Indian languages and of the world's major ones, the
// digits of every script (Devanagari, Bengali, Tamil, Ol Chiki, Meetei
// Mayek, …), CJK and Korean date markers (2024年7月3日, 2024년 7월 3일),
// zone abbreviations and numeric offsets, relative dates ("2 दिन पहले",
// "vor 3 Tagen", "গতকাল") resolved against a reference time, and the
// labels that say which date a line gives (Published/Updated, प्रकाशित/
// अपडेट, ಪ್ರಕಟಿತ, …).
//
// Parse reads a string that is mostly a date; Find finds the dates in
// running text (one line, a paragraph or a whole document) and rejects a
// text without any digit at once; Label and Labels read labelled lines.
//
// It is not a general natural-language date library: it does not read
// dates without a day, month and year ("July 2024", "3 July"), spans
// ("next week"), dates written in words ("the third of July"), non-Gregorian
// calendars (Bikram Sambat, Bengali, Hijri, Buddhist-era years) or the
// yyyymmdd digits in URLs. Those are rare in bylines, and guessing them
// makes more wrong dates than right ones.
//
// # Why hand-written
//
// go-dateparser (the Go port of Python dateparser) reads nearly all of
// this, and its word tables are what this package reads its months,
// weekdays, units and relative phrases from (data/dateparser.tsv, generated
// by internal/gen from its locale data, BSD-3-Clause, itself CLDR and
// dateparser data). Its parser is not used, for reasons measured in
// internal/dpbench: it takes 0.1–11 ms of CPU per string, 400 to 18,000
// times this package's 0.2–5 µs, too slow for a check on every line of
// every document; it fails on whole byline lines with a label or a name
// around the date ("Published : Jul 3, 2024, 7:43 PM IST" gives "unknown
// format") and reads IST as Israel's +02:00; and it would add about 9 MB
// to the binary. So this package tokenises once (any script's digits
// become numbers; words are looked up under dateparser's own
// normalisation, NFKD without nonspacing marks and lower-cased, which also
// makes nukta and non-nukta spellings meet, except that the vowel signs,
// viramas and anusvaras of the Indian scripts stay, being letters, not
// accents: normKey) and assembles the parts
// greedily, in time linear in the input and with no regular expression.
// Our own additions (parts of the day, labels, CJK markers, news
// spellings, the calendar words of the scheduled languages) come from
// package lexicon.
package dates
