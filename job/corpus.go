package job

import (
	"io"

	"github.com/akhbar/akhbar/dedup"
	"github.com/akhbar/akhbar/pipeline"
	"github.com/akhbar/akhbar/template"
)

// TemplatePass is site-template learning (package template) as a document
// pass: observe every document after meta (which may set its site), then
// mark template lines before the body is assembled. The learnt templates
// are saved, so a resumed run does not observe the corpus again.
func TemplatePass(o template.Options) DocPass {
	// The identity of the run takes the thresholds, not the site function
	// (which a function value cannot show: whether it is set is noted).
	cfg := struct {
		MinDocs      int     `json:"min_docs"`
		MinShare     float64 `json:"min_share"`
		LongWords    int     `json:"long_words"`
		LongMinDocs  int     `json:"long_min_docs"`
		LongMinShare float64 `json:"long_min_share"`
		MaxLines     int     `json:"max_lines"`
		CustomSite   bool    `json:"custom_site,omitempty"`
	}{o.MinDocs, o.MinShare, o.LongWords, o.LongMinDocs, o.LongMinShare, o.MaxLines, o.Site != nil}
	return DocPass{
		Name: "templates", After: "meta", Config: cfg,
		New: func() Observer { return &templateObserver{l: template.NewLearner(o)} },
		Load: func(r io.Reader) (Applier, error) {
			t, err := template.Load(r, o)
			return templateApplier{t}, err
		},
	}
}

type templateObserver struct{ l *template.Learner }

func (t *templateObserver) Observe(d *pipeline.Doc) { t.l.Observe(d) }
func (t *templateObserver) Finish() (Applier, error) {
	return templateApplier{t.l.Finish()}, nil
}

type templateApplier struct{ t *template.Templates }

func (a templateApplier) Apply(d *pipeline.Doc) error { a.t.Apply(d); return nil }
func (a templateApplier) Save(w io.Writer) error      { return a.t.Save(w) }
func (a templateApplier) Report() any                 { return a.t.Stats() }

// DedupPass is near-duplicate detection (package dedup) as a record pass.
func DedupPass(o dedup.Options, drop bool) *RecordPass {
	// What does not change the result is not part of the run's identity,
	// so that a restart with another -j or spill folder continues.
	cfg := o
	cfg.Workers, cfg.TempDir, cfg.MemoryBudget = 0, "", 0
	return &RecordPass{Name: "dedup", Config: cfg, Drop: drop, New: func(work string) (RecordIndex, error) {
		o := o
		if o.TempDir == "" {
			o.TempDir = work
		}
		return &dedupIndex{x: dedup.NewIndex(o)}, nil
	}}
}

// dedupIndex fingerprints records in batches on the index's workers.
type dedupIndex struct {
	x    *dedup.Index
	recs []*pipeline.Record
}

func (d *dedupIndex) Add(r *pipeline.Record) error {
	c := *r
	d.recs = append(d.recs, &c)
	if len(d.recs) < 1024 {
		return nil
	}
	return d.flush()
}

func (d *dedupIndex) flush() error {
	err := d.x.AddBatch(d.recs, nil)
	d.recs = d.recs[:0]
	return err
}

func (d *dedupIndex) Finish() (RecordApplier, error) {
	if err := d.flush(); err != nil {
		return nil, err
	}
	r, err := d.x.Finish()
	if err != nil {
		return nil, err
	}
	return dedupResult{r}, nil
}

func (d *dedupIndex) Close() error { return d.x.Close() }

type dedupResult struct{ r *dedup.Result }

func (d dedupResult) Apply(r *pipeline.Record) (bool, error) { return d.r.Apply(r) }
func (d dedupResult) Report() any                            { return d.r.Stats() }
func (d dedupResult) Close() error                           { return d.r.Close() }
