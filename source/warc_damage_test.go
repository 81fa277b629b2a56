package source

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/akhbar/akhbar/pipeline"
)

// TestWARCMemberDamagedAfterRecord: a gzip member whose checksum fails is
// found only when reading passes its end, after its record was read
// whole. That record is one item, kept and marked damaged (the flag
// damaged-input), not a record and a decompress reject besides; damage
// inside a member still costs its record, as a reject.
func TestWARCMemberDamagedAfterRecord(t *testing.T) {
	resp := func(i int) string {
		return strings.Replace(warcRecord("response", fmt.Sprintf("http://x/%d", i), "application/http; msgtype=response",
			httpResp(200, "text/html", "", fmt.Sprintf("<html><body><p>page %d</p></body></html>", i))),
			"urn:uuid:response-", fmt.Sprintf("urn:uuid:r%d-", i), 1)
	}
	// members gzips each record on its own and applies bad to member k.
	members := func(k int, bad func([]byte) []byte, recs ...string) []byte {
		var out []byte
		for i, r := range recs {
			m := gz(r)
			if i == k {
				m = bad(m)
			}
			out = append(out, m...)
		}
		return out
	}
	crc := func(m []byte) []byte { m[len(m)-8] ^= 0xff; return m }  // the CRC-32 trailer
	size := func(m []byte) []byte { m[len(m)-4] ^= 0x01; return m } // the ISIZE trailer
	body := func(m []byte) []byte { return append(m[:12:12], bytes.Repeat([]byte{0xff}, len(m)-12)...) }
	three := []string{resp(1), resp(2), resp(3)}
	tests := []struct {
		name    string
		data    []byte
		damaged []int // the items marked damaged, in order
		items   int
		rejects int
	}{
		{"checksum of a middle member", members(1, crc, three...), []int{1}, 3, 0},
		{"length of a middle member", members(1, size, three...), []int{1}, 3, 0},
		{"checksum of the last member", members(2, crc, three...), []int{2}, 3, 0},
		{"checksum of the first member", members(0, crc, three...), []int{0}, 3, 0},
		{"inside a member", members(1, body, three...), nil, 2, 1},
		{"good file", members(-1, nil, three...), nil, 3, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var items, rejects int
			var damaged []int
			err := ReadFrom(context.Background(), bytes.NewReader(tt.data), Input{Path: "d.warc.gz"}, Options{}, func(it pipeline.Item) error {
				switch {
				case it.Err != nil:
					rejects++
					if !strings.Contains(it.Err.Error(), "decompress") {
						t.Errorf("reject %v, want decompress", it.Err)
					}
				case it.Skip == "":
					if d := it.Meta["damaged"]; d != "" {
						damaged = append(damaged, items)
						if !strings.Contains(d, "d.warc.gz @") {
							t.Errorf("damage %q does not name the file and offset", d)
						}
					}
					items++
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if items != tt.items || rejects != tt.rejects || fmt.Sprint(damaged) != fmt.Sprint(tt.damaged) {
				t.Fatalf("%d items (damaged %v), %d rejects; want %d (damaged %v), %d", items, damaged, rejects, tt.items, tt.damaged, tt.rejects)
			}
		})
	}
}
