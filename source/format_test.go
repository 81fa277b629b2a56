package source

import (
	"bytes"
	"strings"
	"testing"
)

func TestParseFormat(t *testing.T) {
	tests := []struct {
		in   string
		want Format
		ok   bool
	}{
		{"", Auto, true}, {"auto", Auto, true}, {"text", Text, true}, {"html", HTML, true},
		{"warc", WARC, true}, {"wet", WARC, true}, {"arc", ARC, true}, {"jsonl", JSONL, true},
		{"pdf", "", false}, {"TEXT", "", false},
	}
	for _, tt := range tests {
		got, ok := ParseFormat(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("ParseFormat(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestDetect(t *testing.T) {
	tests := []struct {
		name, head string
		want       Format
	}{
		{"empty", "", Text},
		{"warc", "WARC/1.0\r\nWARC-Type: warcinfo\r\n", WARC},
		{"wet after blank lines", "\r\n\r\nWARC/1.1\r\n", WARC},
		{"arc", "filedesc://IAH-20080430204825-00000-blackbook.arc 0.0.0.0 20080430204825 text/plain 75\n", ARC},
		{"jsonl", `{"id": "a", "text": "x"}` + "\n", JSONL},
		{"jsonl with spaces", "{ \"url\":\"https://x\"}\n", JSONL},
		{"jsonl empty object", "{}\n{}\n", JSONL},
		{"jsonl with BOM", "\xef\xbb\xbf{\"id\":1}", JSONL},
		{"html doctype", "<!DOCTYPE html>\n<html lang=\"hi\">", HTML},
		{"html lower case after blank", "\n\n  <html><head><title>x</title>", HTML},
		{"html fragment", "<div class=\"story\"><p>text</p></div>", HTML},
		{"xhtml", "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">", HTML},
		{"html with BOM", "\xef\xbb\xbf<!doctype html>", HTML},
		{"html comment first", "<!-- saved from url=(0014)about:internet -->\n<html>", HTML},
		{"html opening with a long style", "<style>\n" + strings.Repeat("  .grid { display: grid; gap: 10px; }\n", 200) + "</style><div>", HTML},
		{"text", "ETV Bharat / international\n\nअस्ताना में जयशंकर", Text},
		{"text starting with a brace", "{Breaking} Markets fall as rates rise\n\nThe index fell.", Text},
		{"text starting with a brace and a quote later", "{ Updated } \"quote\"", Text},
		{"css is text", "body { margin: 0; }\n.a { color: red; }", Text},
		{"text starting with <", "<< Back to news\n\nMarkets fell today.", Text},
		{"text starting with a tag-like word", "<Exclusive> Minister resigns\n\nThe minister resigned on Monday.", Text},
		{"text mentioning WARC later", "Notes on the WARC/1.0 format", Text},
		{"markdown", "# Headline\n\n[Home](https://example.com) / News", Text},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Detect([]byte(tt.head)); got != tt.want {
				t.Errorf("Detect(%q) = %q, want %q", tt.head, got, tt.want)
			}
		})
	}
}

func TestBinary(t *testing.T) {
	png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
	ctrl := bytes.Repeat([]byte("ab\x01\x02\x03cd"), 100)
	tests := []struct {
		name string
		in   []byte
		want bool
	}{
		{"empty", nil, false},
		{"ascii", []byte("hello world\n"), false},
		{"hindi", []byte("नई दिल्ली: विदेश मंत्री एस जयशंकर"), false},
		{"kannada", []byte("ಬಾಗಲಕೋಟೆ: ಜಿಲ್ಲೆಯಲ್ಲಿ"), false},
		{"latin-1", []byte("caf\xe9 cr\xe8me br\xfbl\xe9e"), false},
		{"invalid utf-8 is not binary", []byte("abc\xff\xfe\xfddef"), false},
		{"tabs, form feeds and ANSI escapes", []byte("a\tb\fc\x1b[1mbold\x1b[0m\r\n"), false},
		{"NUL", []byte("text\x00more"), true},
		{"a stray NUL in a page is not binary", append(append([]byte(strings.Repeat("plain text ", 100)), 0), "more text"...), false},
		{"NUL-padded", append([]byte("text"), make([]byte, 200)...), true},
		{"png", png, true},
		{"utf-16", []byte("\xff\xfeh\x00i\x00"), true},
		{"many controls", ctrl, true},
		{"a few controls in long text", append([]byte(strings.Repeat("plain text ", 100)), 0x01, 0x02), false},
		{"NUL beyond the first 8 KiB is not looked at", append(bytes.Repeat([]byte("a"), 9000), 0), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Binary(tt.in); got != tt.want {
				t.Errorf("Binary(%.40q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}
