package lexicon

import "testing"

func BenchmarkHas(b *testing.B) {
	get()
	for b.Loop() {
		Has(Byline, "लेखक")
	}
}

func BenchmarkPrefix(b *testing.B) {
	get()
	for b.Loop() {
		Prefix(AlsoRead, "ଏହା ମଧ୍ୟ ପଢ଼ନ୍ତୁ: ନୂଆ ଖବର ଆସିଲା")
	}
}

func BenchmarkIsSentenceEnd(b *testing.B) {
	get()
	for b.Loop() {
		IsSentenceEnd('꯫')
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := load(dataFS); err != nil {
			b.Fatal(err)
		}
	}
}
