package beam

import (
	"encoding/binary"
	"reflect"
	"slices"
	"testing"

	"github.com/akhbar/akhbar/dedup"
)

func TestMemberRoundTrip(t *testing.T) {
	for _, x := range []member{
		{m: dedup.Member{ID: "a", Path: "p/a.txt", Published: -5, HasDate: true, Length: 12, Offset: 7, Hash: 9},
			fp: dedup.Fingerprint{Hash: 9, Set: []uint32{1, 5, 1 << 31}}},
		{m: dedup.Member{ID: "ಕನ್ನಡ", Hash: 1}, fp: dedup.Fingerprint{Hash: 1, Signature: []uint64{3, 1 << 63}}},
		{m: dedup.Member{Hash: 2}, fp: dedup.Fingerprint{Hash: 2}},
	} {
		got, err := decodeMember(encodeMember(&x))
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(*got, x) {
			t.Errorf("round trip:\n got %+v\nwant %+v", *got, x)
		}
	}
}

func FuzzDecodeMember(f *testing.F) {
	f.Add(encodeMember(&member{m: dedup.Member{ID: "x", Hash: 3}, fp: dedup.Fingerprint{Hash: 3, Set: []uint32{1}}}))
	f.Add([]byte{})
	f.Add([]byte{0xff, 0xff, 0xff, 0xff, 0x0f})
	f.Fuzz(func(t *testing.T, b []byte) {
		x, err := decodeMember(b)
		if err != nil {
			return
		}
		// What decodes must encode back to what decodes the same.
		y, err := decodeMember(encodeMember(x))
		if err != nil || !reflect.DeepEqual(x, y) {
			t.Fatalf("re-decode: %v %+v %+v", err, x, y)
		}
	})
}

// TestBucketPairs checks the candidate pairs of one bucket against the
// local index's rule, with a small MaxBucket: sorted by hash, equal hashes
// are exact pairs with the run's first document, and each run's first
// document is paired with the first MaxBucket such representatives.
func TestBucketPairs(t *testing.T) {
	doc := func(i int) string {
		var k [keyLen]byte
		k[0] = byte(i)
		return string(k[:])
	}
	entry := func(hash uint64, d int) []byte {
		b := make([]byte, 8+keyLen)
		binary.BigEndian.PutUint64(b, hash)
		copy(b[8:], doc(d))
		return b
	}
	// hashes 10, 20, 20, 30, 40; documents numbered so that input order
	// is not hash order.
	in := [][]byte{entry(40, 1), entry(20, 2), entry(10, 3), entry(30, 4), entry(20, 5)}
	type pair struct {
		a, b  int
		exact bool
	}
	for _, tc := range []struct {
		max  int
		want []pair
	}{
		{64, []pair{{2, 5, true}, {3, 2, false}, {3, 4, false}, {2, 4, false}, {3, 1, false}, {2, 1, false}, {4, 1, false}}},
		{1, []pair{{2, 5, true}, {3, 2, false}, {3, 4, false}, {3, 1, false}}},
	} {
		var got []string
		n := 0
		f := bucketFn{MaxBucket: tc.max}
		err := f.ProcessElement("k", func(v *[]byte) bool {
			if n == len(in) {
				return false
			}
			*v = in[n]
			n++
			return true
		}, func(key string, exact bool) {
			got = append(got, key+map[bool]string{true: "=", false: "~"}[exact])
		})
		if err != nil {
			t.Fatal(err)
		}
		var want []string
		for _, p := range tc.want {
			want = append(want, pairKey(doc(p.a), doc(p.b))+map[bool]string{true: "=", false: "~"}[p.exact])
		}
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("MaxBucket %d: %d pairs, want %d", tc.max, len(got), len(want))
		}
	}
}
