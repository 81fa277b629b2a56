package source

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/klauspost/compress/zstd"
	"github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/deprecated"

	"github.com/akhbar/akhbar/pipeline"
)

// testdata/parquet/fineweb.parquet was written by DuckDB 1.x (COPY ... TO
// (FORMAT PARQUET, COMPRESSION ZSTD, ROW_GROUP_SIZE 2)) with FineWeb's
// columns: two pages and a row with empty text, over two row groups.
const fineweb = "testdata/parquet/fineweb.parquet"

// htmlParquet writes rows of a news-please-like table with parquet-go.
func htmlParquet(t testing.TB, n int) []byte {
	type row struct {
		HTML  string    `parquet:"html"`
		URL   string    `parquet:"url"`
		Title string    `parquet:"title"`
		Date  time.Time `parquet:"date_publish,timestamp"`
	}
	var buf bytes.Buffer
	w := parquet.NewGenericWriter[row](&buf)
	for i := range n {
		r := row{
			HTML: fmt.Sprintf("<html><body><article><h1>Story %d</h1><p>The council met on Monday to talk about the river, the market and the school, and voted on page %d.</p></article></body></html>", i, i),
			URL:  fmt.Sprintf("https://example.org/story/%d", i), Title: fmt.Sprintf("Story %d", i),
			Date: time.Date(2024, 7, 1, 9, i%60, 0, 0, time.UTC),
		}
		if _, err := w.Write([]row{r}); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

type parquetGot struct {
	items   []pipeline.Item
	rejects []string
}

func readParquetBytes(t *testing.T, path string, data []byte, o Options) parquetGot {
	t.Helper()
	var g parquetGot
	err := ReadFrom(context.Background(), bytes.NewReader(data), Input{Path: path, Size: int64(len(data))}, o, func(it pipeline.Item) error {
		if it.Err != nil {
			g.rejects = append(g.rejects, it.Err.Error())
		} else {
			g.items = append(g.items, it)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// TestReadParquet: a Parquet file's rows are items read as JSONL lines
// are (FineWeb's columns to id, url, fetched and metadata), from the file
// in place, from a compressed copy and from a stream; a row without a
// page is a reject naming the file and row.
func TestReadParquet(t *testing.T) {
	raw, err := os.ReadFile(fineweb)
	if err != nil {
		t.Fatal(err)
	}
	enc, _ := zstd.NewWriter(nil)
	compressed := enc.EncodeAll(raw, nil)
	for _, tt := range []struct {
		name, path string
		data       []byte
	}{
		{"in place", fineweb, raw},
		{"zstd stream", "fineweb.parquet.zst", compressed},
		{"stdin", "-", raw},
	} {
		t.Run(tt.name, func(t *testing.T) {
			g := readParquetBytes(t, tt.path, tt.data, Options{})
			if len(g.items) != 2 || len(g.rejects) != 1 {
				t.Fatalf("%d items, rejects %q; want 2 items and 1 reject", len(g.items), g.rejects)
			}
			it := g.items[0]
			if it.ID != "<urn:uuid:11111111-1111-1111-1111-111111111111>" || it.URL != "https://news.example.in/city/roads-repair" ||
				it.Source.Format != "parquet+text" || it.Source.Offset != 0 || it.Source.Fetched != "2024-06-20T10:15:00Z" ||
				!strings.HasPrefix(string(it.Body), "नगर निगम") {
				t.Errorf("first row: %+v", it)
			}
			if m := g.items[1].Meta["metadata"]; !strings.Contains(m, `"dump":"CC-MAIN-2024-26"`) || !strings.Contains(m, `"language_score":0.97`) {
				t.Errorf("second row's metadata %s, want the columns no field took", m)
			}
			if g.items[1].Source.Offset != 1 {
				t.Errorf("second row's offset %d, want its row index 1", g.items[1].Source.Offset)
			}
			if r := g.rejects[0]; !strings.Contains(r, "no-content") || !strings.Contains(r, "row 3") {
				t.Errorf("reject %q, want no-content naming row 3", r)
			}
		})
	}
	t.Run("html column", func(t *testing.T) {
		g := readParquetBytes(t, "news.parquet", htmlParquet(t, 3), Options{})
		if len(g.items) != 3 || len(g.rejects) != 0 {
			t.Fatalf("%d items, rejects %q", len(g.items), g.rejects)
		}
		it := g.items[2]
		if it.ID != "news:3" || it.Source.Format != "parquet+html" || it.Meta["title"] != "Story 2" || it.Meta["published"] == "" || it.URL != "https://example.org/story/2" {
			t.Errorf("third row: %+v", it)
		}
	})
	t.Run("row over the item limit", func(t *testing.T) {
		g := readParquetBytes(t, "news.parquet", htmlParquet(t, 2), Options{MaxItemBytes: 100})
		if len(g.items) != 0 || len(g.rejects) != 2 || !strings.Contains(g.rejects[0], "too-large") {
			t.Fatalf("%d items, rejects %q; want two too-large", len(g.items), g.rejects)
		}
	})
}

// TestReadParquetDamaged: a cut or damaged file is one reject naming it
// (or the first row that cannot be read), never a panic or a lost count.
func TestReadParquetDamaged(t *testing.T) {
	raw, err := os.ReadFile(fineweb)
	if err != nil {
		t.Fatal(err)
	}
	flipped := bytes.Clone(raw)
	for i := 64; i < len(flipped)/2; i += 7 {
		flipped[i] ^= 0x5a
	}
	for _, tt := range []struct {
		name string
		data []byte
		want string // in the first reject
	}{
		{"cut in half", raw[:len(raw)/2], "parquet"},
		{"magic alone", []byte("PAR1"), "too short"},
		{"pages damaged", flipped, "parquet"},
		// parquet-go would allocate the 2 GiB the footer claims.
		{"footer length over the file", append(bytes.Clone(raw[:len(raw)-8]), 0xff, 0xff, 0xff, 0x7f, 'P', 'A', 'R', '1'), "footer claims 2147483647 bytes"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "d.parquet")
			if err := os.WriteFile(path, tt.data, 0o644); err != nil {
				t.Fatal(err)
			}
			var items, rejects int
			err := Read(context.Background(), Input{Path: path, Size: int64(len(tt.data))}, Options{}, func(it pipeline.Item) error {
				if it.Err != nil {
					rejects++
					if !strings.Contains(it.Err.Error(), path) {
						t.Errorf("reject %v does not name the file", it.Err)
					}
					if rejects == 1 && !strings.Contains(it.Err.Error(), tt.want) {
						t.Errorf("reject %v, want it to say %q", it.Err, tt.want)
					}
				} else {
					items++
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if rejects == 0 || items+rejects > 3 {
				t.Fatalf("%d items, %d rejects; want at least one reject and no more than the file's 3 rows", items, rejects)
			}
		})
	}
}

// FuzzReadParquet: any bytes that start like a Parquet file end as items
// and rejects, never a panic or a hang.
func FuzzReadParquet(f *testing.F) {
	raw, err := os.ReadFile(fineweb)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(raw)
	f.Add(htmlParquet(f, 2))
	f.Add(timeParquet(f))
	f.Fuzz(func(t *testing.T, data []byte) {
		if !bytes.HasPrefix(data, []byte("PAR1")) {
			data = append([]byte("PAR1"), data...)
		}
		timer := time.AfterFunc(10*time.Second, func() { panic(fmt.Sprintf("read did not end on %q", data)) })
		defer timer.Stop()
		err := ReadFrom(context.Background(), bytes.NewReader(data), Input{Path: "fuzz.parquet"}, Options{MaxItemBytes: 1 << 20}, func(it pipeline.Item) error {
			if it.Err == nil && len(it.Body) == 0 {
				t.Fatalf("item with neither body nor error: %+v", it)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	})
}

// TestReadParquetTimeColumns: a column typed DATE or TIMESTAMP is read as
// the date or instant it stands for (not as its count of days or
// milliseconds); a TIMESTAMP not adjusted to UTC is a local time, left to
// the site's zone as a JSONL line's zoneless time is.
func TestReadParquetTimeColumns(t *testing.T) {
	type dateRow struct {
		Text string `parquet:"text"`
		Date int32  `parquet:"date_publish,date"`
	}
	type milliRow struct {
		Text string    `parquet:"text"`
		Date time.Time `parquet:"date_publish,timestamp(millisecond)"`
	}
	type microRow struct {
		Text string    `parquet:"text"`
		Date time.Time `parquet:"date_publish,timestamp(microsecond)"`
	}
	// Spark and Hive write timestamps as INT96 by default: nanoseconds
	// of the day, then the Julian day, little-endian.
	type int96Row struct {
		Text string           `parquet:"text"`
		Date deprecated.Int96 `parquet:"date_publish"`
	}
	text := "The council met on Monday to talk about the river, the market and the school."
	at := time.Date(2024, 7, 3, 5, 0, 0, 0, time.UTC)
	write := func(rows any) []byte {
		var buf bytes.Buffer
		var err error
		switch r := rows.(type) {
		case []dateRow:
			err = parquet.Write(&buf, r)
		case []milliRow:
			err = parquet.Write(&buf, r)
		case []microRow:
			err = parquet.Write(&buf, r)
		case []int96Row:
			err = parquet.Write(&buf, r)
		}
		if err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	for _, tc := range []struct {
		name string
		data []byte
		want string
	}{
		{"DATE", write([]dateRow{{text, int32(at.Unix() / 86400)}}), "2024-07-03"},
		{"TIMESTAMP(MILLIS)", write([]milliRow{{text, at}}), "2024-07-03T05:00:00Z"},
		{"TIMESTAMP(MICROS)", write([]microRow{{text, at}}), "2024-07-03T05:00:00Z"},
		{"INT96", write([]int96Row{{text, int96Of(at.Add(1500 * time.Millisecond))}}), "2024-07-03T05:00:01Z"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g := readParquetBytes(t, "news.parquet", tc.data, Options{})
			if len(g.items) != 1 || len(g.rejects) != 0 {
				t.Fatalf("%d items, rejects %v", len(g.items), g.rejects)
			}
			if got := g.items[0].Meta["published"]; got != tc.want {
				t.Errorf("published = %q, want %q", got, tc.want)
			}
		})
	}
}

// int96Of is t as Spark writes it in an INT96 column.
func int96Of(t time.Time) deprecated.Int96 {
	t = t.UTC()
	midnight := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	day := midnight.Unix()/86400 + julianUnixEpoch
	nanos := uint64(t.Sub(midnight))
	return deprecated.Int96{uint32(nanos), uint32(nanos >> 32), uint32(day)}
}

// TestDateValue: the numbers of time columns as the dates and times they
// stand for, and values that cannot be one left as they are.
func TestDateValue(t *testing.T) {
	at := time.Date(2024, 7, 3, 5, 0, 1, 0, time.UTC)
	for _, tc := range []struct {
		name string
		v    any
		k    timeKind
		want any
	}{
		{"TIME(MILLIS)", int32(37_815_250), timeKind{clock: true, unit: time.Millisecond}, "10:30:15"},
		{"TIME(MICROS)", int64(37_815_000_000), timeKind{clock: true, unit: time.Microsecond}, "10:30:15"},
		{"TIME past midnight", int32(86_400_000), timeKind{clock: true, unit: time.Millisecond}, int32(86_400_000)},
		// The bytes Spark writes for 2024-07-03T05:00:01Z: 18,001 s of
		// nanoseconds (0x105f2f35ea00) in two little-endian words, then
		// the Julian day 2,460,495 (19,907 days after 1970-01-01).
		{"INT96", deprecated.Int96{0x2f35ea00, 0x105f, 2460495}, timeKind{int96: true, utc: true}, "2024-07-03T05:00:01Z"},
		{"INT96 of the helper", int96Of(at), timeKind{int96: true, utc: true}, "2024-07-03T05:00:01Z"},
		{"INT96 before 1970", int96Of(time.Date(1969, 12, 31, 23, 0, 0, 0, time.UTC)), timeKind{int96: true, utc: true}, "1969-12-31T23:00:00Z"},
		{"INT96 of no time of day", deprecated.Int96{0xffffffff, 0xffffffff, 2460495}, timeKind{int96: true, utc: true}, deprecated.Int96{0xffffffff, 0xffffffff, 2460495}},
		{"INT96 in a list", []any{int96Of(at)}, timeKind{int96: true, utc: true}, []any{"2024-07-03T05:00:01Z"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := dateValue(tc.v, tc.k); fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("dateValue(%v) = %v, want %v", tc.v, got, tc.want)
			}
		})
	}
}

// timeParquet writes a row with an INT96 and a TIME column, for the fuzzer
// to start from.
func timeParquet(t testing.TB) []byte {
	type row struct {
		Text string           `parquet:"text"`
		Date deprecated.Int96 `parquet:"date_publish"`
		At   int32            `parquet:"at,time(millisecond)"`
	}
	var buf bytes.Buffer
	at := time.Date(2024, 7, 3, 5, 0, 0, 0, time.UTC)
	if err := parquet.Write(&buf, []row{{"The council met on Monday to talk about the river.", int96Of(at), 37_815_250}}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestReadParquetInt96AndTime: a row of Spark's INT96 timestamp and a TIME
// column reads as the instant (the record's published) and the time of
// day (kept with the row's other columns).
func TestReadParquetInt96AndTime(t *testing.T) {
	g := readParquetBytes(t, "spark.parquet", timeParquet(t), Options{})
	if len(g.items) != 1 || len(g.rejects) != 0 {
		t.Fatalf("%d items, rejects %v", len(g.items), g.rejects)
	}
	it := g.items[0]
	if got := it.Meta["published"]; got != "2024-07-03T05:00:00Z" {
		t.Errorf("published = %q, want 2024-07-03T05:00:00Z", got)
	}
	if got := it.Meta["metadata"]; got != `{"at":"10:30:15"}` {
		t.Errorf("metadata = %s, want the TIME column as 10:30:15", got)
	}
}
