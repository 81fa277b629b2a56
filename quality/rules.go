package quality

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// Rules are the thresholds of the quality filters: a document is kept
// when every signal lies within its bounds. Bounds are keyed by signal
// (the Key* constants); a signal absent from the document's Signals
// (not applicable to its language) is not checked.
type Rules struct {
	// Min and Max bound signals from below and from above.
	Min map[string]float64 `yaml:"min,omitempty"`
	Max map[string]float64 `yaml:"max,omitempty"`
	// Disable switches the rules of these signals off, both bounds.
	Disable []string `yaml:"disable,omitempty"`
	// FlagOnly names signals whose rules only flag a document, never
	// reject it.
	FlagOnly []string `yaml:"flag_only,omitempty"`
	// Langs adjusts the rules for one language ("tam_Taml"), one script
	// ("*_Taml") or one language in any script ("kas_*"). They apply on
	// top of the rules above: script first, then language, then label.
	Langs map[string]Rules `yaml:"langs,omitempty"`
}

// Failure is one rule a document breaks.
type Failure struct {
	Signal string  // signal key
	Value  float64 // the document's value
	Bound  float64 // the bound it crossed
	Min    bool    // a lower bound (else an upper one)
	Flag   bool    // flag only: does not reject
}

// Rule is the flag and reject reason of a failure: "quality:<signal>".
func (f Failure) Rule() string { return "quality:" + f.Signal }

func (f Failure) String() string {
	op := ">"
	if f.Min {
		op = "<"
	}
	return fmt.Sprintf("%s %s %s %s", f.Signal, fmtNum(f.Value), op, fmtNum(f.Bound))
}

func fmtNum(v float64) string { return strconv.FormatFloat(v, 'g', 4, 64) }

// ruleOrder is the order rules are checked in, so that the reject reason
// names the most telling one: what the document is (too short, not
// prose, garbled, repetitive) before the finer measures of style.
var ruleOrder = []string{
	KeyWordCount, KeyCharCount, KeyMojibake, KeyMarkStart, KeyScriptOther, KeyMixedScript,
	KeyCodeLine, KeyBraces, KeyLorem, KeyJavascript,
	KeyDupLine, KeyDupPara, KeyDupLineChar, KeyDupParaChar,
	"top_2gram_frac", "top_3gram_frac", "top_4gram_frac",
	"dup_5gram_frac", "dup_6gram_frac", "dup_7gram_frac", "dup_8gram_frac", "dup_9gram_frac", "dup_10gram_frac",
	KeyAlphaWords, KeySymbolFrac, KeyDigitFrac, KeyHashRatio, KeyEllipsis, KeyMeanWord,
	KeyStopWords, KeyStopWordFrac,
	KeySentences, KeyC4Sentences, KeyTerminal, KeyShortLine, KeyNewlineRatio,
	KeyBullet, KeyEllipsisLine, KeyLineCount, KeyParaCount, KeyLatinFrac,
}

// Failures returns every rule the signals break, in check order.
func (r Rules) Failures(s Signals, lang string) []Failure {
	eff := r.For(lang)
	flagOnly := map[string]bool{}
	for _, k := range eff.FlagOnly {
		flagOnly[k] = true
	}
	var out []Failure
	for _, k := range ruleOrder {
		v, ok := s[k]
		if !ok {
			continue
		}
		if b, ok := eff.Min[k]; ok && v < b {
			out = append(out, Failure{Signal: k, Value: v, Bound: b, Min: true, Flag: flagOnly[k]})
		}
		if b, ok := eff.Max[k]; ok && v > b {
			out = append(out, Failure{Signal: k, Value: v, Bound: b, Flag: flagOnly[k]})
		}
	}
	return out
}

// Check returns the rules the signals break as flags ("quality:<signal>")
// and, unless all of them are flag-only, the first as the reject reason;
// reject is "" when the document is kept.
func (r Rules) Check(s Signals, lang string) (flags []string, reject string) {
	for _, f := range r.Failures(s, lang) {
		flags = append(flags, f.Rule())
		if reject == "" && !f.Flag {
			reject = f.Rule()
		}
	}
	return flags, reject
}

// For returns the rules in force for a language label: the base rules,
// then the matching Langs entries (script "*_Deva", then language "hin_*",
// then the exact label). Each level sets its bounds and then removes its
// disabled signals; a later level may set a bound an earlier one
// disabled.
func (r Rules) For(lang string) Rules {
	out := Rules{Min: map[string]float64{}, Max: map[string]float64{}}
	apply := func(o Rules) {
		maps.Copy(out.Min, o.Min)
		maps.Copy(out.Max, o.Max)
		for _, k := range o.Disable {
			delete(out.Min, k)
			delete(out.Max, k)
		}
		out.FlagOnly = append(out.FlagOnly, o.FlagOnly...)
	}
	apply(r)
	code, script := langCode(lang), scriptCode(lang)
	seen := map[string]bool{}
	for _, key := range []string{"*_" + script, code + "_*", lang} {
		if o, ok := r.Langs[key]; ok && !seen[key] {
			seen[key] = true
			apply(o)
		}
	}
	return out
}

// Validate reports unknown signal keys, inverted bounds and negative
// thresholds.
func (r Rules) Validate() error {
	known := map[string]bool{}
	for _, k := range Keys() {
		known[k] = true
	}
	var errs []string
	check := func(where string, rr Rules) {
		for _, m := range []map[string]float64{rr.Min, rr.Max} {
			for k, v := range m {
				if !known[k] {
					errs = append(errs, fmt.Sprintf("%sunknown signal %q", where, k))
				} else if v < 0 {
					errs = append(errs, fmt.Sprintf("%s%s: negative bound %v", where, k, v))
				}
			}
		}
		for k, lo := range rr.Min {
			if hi, ok := rr.Max[k]; ok && lo > hi {
				errs = append(errs, fmt.Sprintf("%s%s: min %v above max %v", where, k, lo, hi))
			}
		}
		for _, ks := range [][]string{rr.Disable, rr.FlagOnly} {
			for _, k := range ks {
				if !known[k] {
					errs = append(errs, fmt.Sprintf("%sunknown signal %q", where, k))
				}
			}
		}
	}
	check("", r)
	for l, lr := range r.Langs {
		if len(lr.Langs) > 0 {
			errs = append(errs, fmt.Sprintf("langs %s: nested langs", l))
		}
		if !validLangKey(l) {
			errs = append(errs, fmt.Sprintf("langs %s: want a label like hin_Deva, *_Deva or hin_*", l))
		}
		check("langs "+l+": ", lr)
	}
	if len(errs) > 0 {
		sort.Strings(errs)
		return fmt.Errorf("quality rules: %s", strings.Join(errs, "; "))
	}
	return nil
}

func validLangKey(k string) bool {
	code, script, ok := strings.Cut(k, "_")
	if !ok || code == "" || script == "" || (code == "*" && script == "*") {
		return false
	}
	word := func(s string) bool {
		if s == "*" {
			return true
		}
		for _, c := range s {
			if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
				return false
			}
		}
		return true
	}
	return word(code) && word(script)
}

// Clone returns a deep copy, so that a preset can be adjusted without
// touching the original.
func (r Rules) Clone() Rules {
	out := Rules{Min: maps.Clone(r.Min), Max: maps.Clone(r.Max),
		Disable: slices.Clone(r.Disable), FlagOnly: slices.Clone(r.FlagOnly)}
	if r.Langs != nil {
		out.Langs = make(map[string]Rules, len(r.Langs))
		for k, v := range r.Langs {
			out.Langs[k] = v.Clone()
		}
	}
	return out
}

// Merge returns r with o applied on top: o's bounds replace r's, its
// disabled and flag-only signals are added, its Langs entries merged the
// same way. This is how a pipeline file's overrides meet a preset.
func (r Rules) Merge(o Rules) Rules {
	out := r.Clone()
	if out.Min == nil {
		out.Min = map[string]float64{}
	}
	if out.Max == nil {
		out.Max = map[string]float64{}
	}
	maps.Copy(out.Min, o.Min)
	maps.Copy(out.Max, o.Max)
	// A bound set again after being disabled turns the rule back on.
	out.Disable = slices.DeleteFunc(out.Disable, func(k string) bool {
		_, a := o.Min[k]
		_, b := o.Max[k]
		return a || b
	})
	out.Disable = append(out.Disable, o.Disable...)
	out.FlagOnly = append(out.FlagOnly, o.FlagOnly...)
	for k, v := range o.Langs {
		if out.Langs == nil {
			out.Langs = map[string]Rules{}
		}
		out.Langs[k] = out.Langs[k].Merge(v)
	}
	return out
}
