package job

import "testing"

func TestRejectsPath(t *testing.T) {
	tests := []struct{ out, rejects, want string }{
		{"corpus.jsonl.zst", "", "corpus.rejects.jsonl.zst"},
		{"out/corpus.jsonl", "", "out/corpus.rejects.jsonl"},
		{"dir.d/corpus", "", "dir.d/corpus.rejects.jsonl"},
		{".hidden.jsonl", "", ".hidden.rejects.jsonl"},
		{"corpus.jsonl", "mine.jsonl", "mine.jsonl"},
		{"corpus.jsonl", "none", ""},
		{"-", "", ""},
		{"-", "r.jsonl", "r.jsonl"},
	}
	for _, tt := range tests {
		if got := RejectsPath(tt.out, tt.rejects); got != tt.want {
			t.Errorf("RejectsPath(%q, %q) = %q, want %q", tt.out, tt.rejects, got, tt.want)
		}
	}
}
