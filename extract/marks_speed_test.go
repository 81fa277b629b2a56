package extract

import "testing"

// FuzzBrowserTagWords checks that the literal precheck before browserTag
// passes every text the regexp matches (its list must follow the regexp).
func FuzzBrowserTagWords(f *testing.F) {
	for _, s := range []string{"(IMAGE)", "x [IMG] y", "[ ] Remember me", "Name: ______", "(Photo)", "[1]", "a_b_c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if browserTag.MatchString(s) && !browserTagWords.In(s) {
			t.Fatalf("browserTag matches %q but no literal of browserTagWords is in it", s)
		}
	})
}
