package beam

import (
	"context"
	"fmt"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

func init() {
	register.DoFn3x1[context.Context, []byte, func(string), error](&readListFn{})
	register.DoFn5x1[context.Context, string, func(string, []byte), func(string, []byte), func([]byte), error](&processFileFn{})
	register.DoFn2x2[string, []byte, int, []byte](&toShardFn{})
	register.DoFn4x1[context.Context, int, func(*[]byte) bool, func([]byte), error](&writeShardFn{})
	register.DoFn5x1[context.Context, int, func(*[]byte) bool, func(*[]byte) bool, func([]byte), error](&writeMarkedShardFn{})
	register.DoFn2x1[context.Context, []byte, error](&writeStatsFn{})
	register.Function2x2(mergeSummaries)
	register.Function1x2(emptyShard)
	register.Emitter1[string]()
	register.Emitter1[[]byte]()
	register.Emitter2[string, []byte]()
	register.Iter1[[]byte]()
}

// Prepare runs on the launcher before the pipeline is built: it expands
// the inputs and writes their list into the output folder, from where
// the pipeline reads it (a list of a hundred thousand WARC paths is
// too large to embed in the pipeline's description, which runners such
// as Dataflow limit to a few megabytes). It returns the files.
func Prepare(ctx context.Context, o Options, args []string) ([]string, error) {
	if o.Output == "" {
		return nil, fmt.Errorf("no output folder")
	}
	// Shards of an earlier run with another shard count would sit beside
	// the new ones under names that look complete.
	for _, name := range []string{InputsFile, StatsFile} {
		if exists(ctx, JoinPath(o.Output, name)) {
			return nil, fmt.Errorf("%s holds an earlier run (%s): remove it or choose another output", o.Output, name)
		}
	}
	paths, err := ExpandInputs(ctx, args)
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("no inputs")
	}
	list := strings.Join(paths, "\n") + "\n"
	return paths, writeFile(ctx, JoinPath(o.Output, InputsFile), []byte(list))
}

// Build adds the job to a pipeline. Prepare must have written the inputs
// list first.
func Build(s beam.Scope, o Options) {
	s = s.Scope("akhbar")
	list := beam.ParDo(s.Scope("inputs"), &readListFn{List: JoinPath(o.Output, InputsFile)}, beam.Impulse(s))
	// Without the reshuffle a runner may fuse reading the list with
	// processing the files, and one worker would process them all.
	files := beam.Reshuffle(s, list)
	records, rejects, fileStats := beam.ParDo3(s.Scope("clean"), &processFileFn{O: o}, files)

	n := o.shards()
	ext := o.ext()
	recShards := withEmptyShards(s, n, beam.ParDo(s, &toShardFn{N: n}, records))
	var recStats beam.PCollection
	stats := []beam.PCollection{fileStats}
	if o.Dedup != nil {
		marks, dedupStats := Dedup(s.Scope("dedup"), records, *o.Dedup, n)
		stats = append(stats, dedupStats)
		grouped := beam.CoGroupByKey(s, recShards, marks)
		recStats = beam.ParDo(s.Scope("write"), &writeMarkedShardFn{Dir: o.Output, Prefix: "part", Ext: ext, N: n, Drop: o.Dedup.Drop}, grouped)
	} else {
		recStats = beam.ParDo(s.Scope("write"), &writeShardFn{Dir: o.Output, Prefix: "part", Ext: ext, N: n, Records: true}, beam.GroupByKey(s, recShards))
	}
	rn := o.rejectShards()
	rejShards := withEmptyShards(s, rn, beam.ParDo(s, &toShardFn{N: rn}, rejects))
	rejStats := beam.ParDo(s.Scope("rejects"), &writeShardFn{Dir: o.Output, Prefix: "rejects", Ext: ext, N: rn}, beam.GroupByKey(s, rejShards))
	stats = append(stats, recStats, rejStats)

	total := beam.Combine(s.Scope("stats"), mergeSummaries, beam.Flatten(s, stats...))
	beam.ParDo0(s.Scope("stats"), &writeStatsFn{Path: JoinPath(o.Output, StatsFile)}, total)
}

// withEmptyShards adds an empty value for every shard number, so that
// every shard file is written, empty or not, and a reader can tell a
// complete output by its names ("-of-N").
func withEmptyShards(s beam.Scope, n int, col beam.PCollection) beam.PCollection {
	nums := make([]int, n)
	for i := range nums {
		nums[i] = i
	}
	empty := beam.ParDo(s, emptyShard, beam.CreateList(s, nums))
	return beam.Flatten(s, col, empty)
}

func emptyShard(i int) (int, []byte) { return i, nil }
