//go:build baseline

package lang

import (
	"testing"

	"github.com/abadojack/whatlanggo"
	"github.com/pemistahl/lingua-go"
)

// Baselines on the same sentences as BenchmarkIdentify, for a ratio measured
// in the same run (go test -tags baseline -bench . ./lang/). lingua-go is
// given only the languages it shares with the test sentences' scripts, which
// flatters it: with all 75 languages it is slower still.

func BenchmarkBaselineWhatlanggo(b *testing.B) {
	n := 0
	for i := 0; i < b.N; i++ {
		whatlanggo.Detect(sentences[i%len(sentences)].text)
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
}

func BenchmarkBaselineLingua(b *testing.B) {
	det := lingua.NewLanguageDetectorBuilder().FromLanguages(
		lingua.Hindi, lingua.Marathi, lingua.Bengali, lingua.Urdu, lingua.English,
		lingua.Tamil, lingua.Gujarati, lingua.Punjabi, lingua.Russian, lingua.Chinese,
		lingua.Japanese, lingua.Korean, lingua.Persian, lingua.Arabic).Build()
	det.DetectLanguageOf("warm up")
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		det.DetectLanguageOf(sentences[i%len(sentences)].text)
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
}
