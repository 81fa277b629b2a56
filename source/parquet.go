package source

// Parquet inputs (as Hugging Face ships FineWeb, FineWeb-2, CulturaX and
// most corpora now) are read row by row with parquet-go, the library the
// sink writes Parquet with. Each row is one item: its columns are taken by
// the names a JSONL line's fields are (the row goes to the JSONL reader as
// one JSON object), so a corpus's text, URL, dates and metadata read alike
// in both containers, and --text-key and the other key flags apply.
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

	"github.com/parquet-go/parquet-go"

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
