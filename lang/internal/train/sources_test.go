package main

import (
	"reflect"
	"testing"
)

func TestCLDRAnnotationDocs(t *testing.T) {
	docs, err := cldrAnnotationDocs("testdata/cldr/annotations")
	if err != nil {
		t.Fatal(err)
	}
	// Each name and keyword once per locale, the spoken names (tts) that
	// repeat a name dropped; en_GB repeats en and xx has no label.
	want := []doc{{
		lang:   "gom",
		source: "cldr-annotation",
		text:   "दावेकडलो लूप आशिल्लो बाण बाण उजवेकडलो लूप आशिल्लो बाण ",
	}}
	if !reflect.DeepEqual(docs, want) {
		t.Errorf("got %q\nwant %q", docs, want)
	}
}
