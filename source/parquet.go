package source

// Parquet inputs (as Hugging Face ships FineWeb, FineWeb-2, CulturaX and
// most corpora now) are read row by row with parquet-go, the library the
// sink writes Parquet with. Each row is one item: its columns are taken by
// the names a JSONL line's fields are (the row goes to the JSONL reader as
// one JSON object), so a corpus's text, URL, dates and metadata read alike
// in both containers, and --text-key and the other key flags apply.
//
// A column typed as a date or a time (Parquet's DATE and TIMESTAMP, as
// Arrow writes a pandas or date32 column) holds a number of days or of
// milliseconds, micro- or nanoseconds since 1970; it is given to the JSONL
// reader as the date it stands for (RFC 3339; a TIMESTAMP not adjusted to
// UTC without a zone, a local time), not as that number, which would be
// read as some other date or none. Spark and Hive write timestamps as
// INT96 by default (nanoseconds of the day and a Julian day number, an
// instant in UTC), with no logical type to say so: an INT96 column is
// read as such a timestamp, as Spark reads it back. A TIME column (a time
// of day) is given as "15:04:05".
//
// Parquet's index is at the end of the file, so it needs random access
// (see randomAccess).

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/deprecated"
	"github.com/parquet-go/parquet-go/format"

	"github.com/akhbar/akhbar/pipeline"
)

func init() { containerReaders[Parquet] = readParquet }

func readParquet(ctx context.Context, s *stream, in Input, o Options, emit Emit) error {
	ra, size, done, err := randomAccess(s, in, o, "Parquet")
	if err != nil {
		return emit(failed(in, Parquet, 0, err))
	}
	defer done()
	file, err := openParquet(ra, size)
	if err != nil {
		return emit(failed(in, Parquet, 0, pipeline.Rejectf("parquet", "%s: %v", in.Path, err)))
	}
	if err := readRows(ctx, file, in, o, emit); err != nil {
		return err
	}
	// The stream is read to its end, so that the input's digest and the
	// progress bar see it whole.
	_, _ = io.Copy(io.Discard, s.Reader)
	return nil
}

// openParquet reads the file's index; parquet-go panics on some damaged
// ones instead of failing.
//
// The footer's length is checked against the file first: parquet-go
// allocates whatever length the last eight bytes state (4 GiB from a
// 3 KB file).
func openParquet(ra io.ReaderAt, size int64) (f *parquet.File, err error) {
	var tail [8]byte
	if size < 12 {
		return nil, fmt.Errorf("%d bytes: too short for a Parquet file", size)
	}
	if _, err := ra.ReadAt(tail[:], size-8); err != nil {
		return nil, err
	}
	if n := int64(binary.LittleEndian.Uint32(tail[:4])); n > size-12 {
		return nil, fmt.Errorf("its footer claims %d bytes of a %d-byte file", n, size)
	}
	defer func() {
		if p := recover(); p != nil {
			f, err = nil, fmt.Errorf("damaged file (%v)", p)
		}
	}()
	return parquet.OpenFile(ra, size)
}

// readRows emits one item per row, in the file's order. A row the library
// cannot decode ends the file (its place in the column chunks is lost)
// with one reject naming the row.
func readRows(ctx context.Context, file *parquet.File, in Input, o Options, emit Emit) (err error) {
	row := 0 // rows read
	reject := func(n int, reason, detail string) pipeline.Item {
		return pipeline.Item{
			ID:     fmt.Sprintf("%s:%d", IDFromPath(in.Path), n),
			Source: pipeline.Source{Path: in.Path, Format: string(Parquet), Offset: int64(n - 1)},
			Err:    pipeline.Rejectf(reason, "%s row %d: %s", in.Path, n, detail),
		}
	}
	defer func() {
		// parquet-go panics on some damaged files instead of failing.
		if p := recover(); p != nil {
			err = emit(reject(row+1, "parquet", fmt.Sprintf("damaged file (%v); the rest of the file is not read", p)))
		}
	}()
	r := parquet.NewGenericReader[any](file)
	defer r.Close()
	times := timeColumns(file.Schema())
	rows := make([]any, 1)
	max := o.maxItem()
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		rows[0] = nil
		n, rerr := r.Read(rows)
		if n == 1 {
			row++
			if m, ok := rows[0].(map[string]any); ok && len(times) > 0 {
				datesOf(m, times)
			}
			line, jerr := json.Marshal(rows[0])
			var it pipeline.Item
			switch {
			case jerr != nil:
				it = reject(row, "parquet", jerr.Error())
			case int64(len(line)) > max:
				it = reject(row, "too-large", fmt.Sprintf("over the %d byte limit", max))
			default:
				src := pipeline.Source{Path: in.Path, Format: string(Parquet), Offset: int64(row - 1)}
				it = jsonlItem(line, fmt.Sprintf("%s:%d", IDFromPath(in.Path), row), src, in, row, o.JSONL)
			}
			if e := emit(it); e != nil {
				return e
			}
		}
		if errors.Is(rerr, io.EOF) {
			return nil
		}
		if rerr != nil {
			return emit(reject(row+1, "parquet", rerr.Error()+"; the rest of the file is not read"))
		}
	}
}

// timeKind is how a date or time column's numbers are read: a DATE counts
// days, a TIMESTAMP units of unit; utc says whether it is an instant.
type timeKind struct {
	date  bool
	clock bool // a TIME: units of unit since midnight
	int96 bool // Spark's INT96 timestamp
	unit  time.Duration
	utc   bool
	sub   map[string]timeKind // a group's date columns, by name
}

// julianUnixEpoch is the Julian day number of 1970-01-01, which INT96
// timestamps count their days from.
const julianUnixEpoch = 2440588

// timeColumns finds the date and time columns of a schema, in groups too,
// by their logical type or, in files written before logical types, their
// converted type.
func timeColumns(n parquet.Node) map[string]timeKind {
	var out map[string]timeKind
	for _, f := range n.Fields() {
		var k timeKind
		ok := false
		if !f.Leaf() {
			if sub := timeColumns(f); len(sub) > 0 {
				k, ok = timeKind{sub: sub}, true
			}
		} else if lt := f.Type().LogicalType(); lt != nil {
			switch v := lt.Value.(type) {
			case *format.DateType:
				k, ok = timeKind{date: true}, true
			case *format.TimestampType:
				if u, _ := v.Unit.Value.(interface{ Duration() time.Duration }); u != nil {
					k, ok = timeKind{unit: u.Duration(), utc: v.IsAdjustedToUTC}, true
				}
			case *format.TimeType:
				if u, _ := v.Unit.Value.(interface{ Duration() time.Duration }); u != nil {
					k, ok = timeKind{clock: true, unit: u.Duration()}, true
				}
			}
		} else if ct := f.Type().ConvertedType(); ct != nil {
			switch *ct {
			case deprecated.Date:
				k, ok = timeKind{date: true}, true
			case deprecated.TimestampMillis:
				k, ok = timeKind{unit: time.Millisecond, utc: true}, true
			case deprecated.TimestampMicros:
				k, ok = timeKind{unit: time.Microsecond, utc: true}, true
			case deprecated.TimeMillis:
				k, ok = timeKind{clock: true, unit: time.Millisecond}, true
			case deprecated.TimeMicros:
				k, ok = timeKind{clock: true, unit: time.Microsecond}, true
			}
		} else if f.Type().Kind() == parquet.Int96 {
			k, ok = timeKind{int96: true, utc: true}, true
		}
		if ok {
			if out == nil {
				out = map[string]timeKind{}
			}
			out[f.Name()] = k
		}
	}
	return out
}

// datesOf replaces, in a row, the date and time columns' numbers by the
// dates they stand for. A repeated column's values are each replaced.
func datesOf(m map[string]any, kinds map[string]timeKind) {
	for name, k := range kinds {
		m[name] = dateValue(m[name], k)
	}
}

func dateValue(v any, k timeKind) any {
	switch t := v.(type) {
	case []any:
		for i := range t {
			t[i] = dateValue(t[i], k)
		}
		return t
	case map[string]any:
		if k.sub != nil {
			datesOf(t, k.sub)
		}
		return t
	}
	if k.sub != nil {
		return v
	}
	var n int64
	switch t := v.(type) {
	case int32:
		n = int64(t)
	case int64:
		n = t
	case deprecated.Int96:
		if !k.int96 {
			return v
		}
		nanos := int64(uint64(t[1])<<32 | uint64(t[0]))
		if nanos < 0 || nanos >= 86400e9 {
			return v // not a time of day: not a timestamp either
		}
		day := int64(t[2]) - julianUnixEpoch
		return time.Unix(day*86400, nanos).UTC().Format(time.RFC3339)
	default:
		return v
	}
	if k.int96 {
		return v
	}
	if k.clock {
		d := time.Duration(n) * k.unit
		if k.unit == 0 || d < 0 || d >= 24*time.Hour {
			return v
		}
		return time.Time{}.Add(d).Format(time.TimeOnly)
	}
	if k.date {
		return time.Unix(n*86400, 0).UTC().Format(time.DateOnly)
	}
	var at time.Time
	switch k.unit {
	case time.Millisecond:
		at = time.UnixMilli(n).UTC()
	case time.Microsecond:
		at = time.UnixMicro(n).UTC()
	default:
		at = time.Unix(0, n).UTC()
	}
	if !k.utc {
		return at.Format("2006-01-02T15:04:05")
	}
	return at.Format(time.RFC3339)
}
