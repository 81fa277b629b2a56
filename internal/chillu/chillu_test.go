package chillu

import "testing"

func TestChillu(t *testing.T) {
	for r, want := range map[rune]string{'ൺ': "ണ്", 'ൻ': "ന്", 'ർ': "ര്", 'ൽ': "ല്", 'ൾ': "ള്", 'ൿ': "ക്", 'ന': ""} {
		if got := Base(r); got != want {
			t.Errorf("Base(%q) = %q, want %q", r, got, want)
		}
	}
	for in, want := range map[string]string{
		"ലേഖകൻ":    "ലേഖകന്\u200d",
		"അവൻ പോയി": "അവന്\u200d പോയി",
		"കൊച്ചി":   "കൊച്ചി",
	} {
		if got := Older(in); got != want {
			t.Errorf("Older(%q) = %q, want %q", in, got, want)
		}
	}
}
