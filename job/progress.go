package job

import (
	"io"
	"os"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/akhbar/akhbar/source"
)

// progress shows a bar over the input bytes on a terminal and nothing
// elsewhere, so logs and CI output stay clean.
type progress struct{ bar *progressbar.ProgressBar }

func newProgress(w io.Writer, inputs []source.Input) *progress {
	f, ok := w.(*os.File)
	if w == nil || !ok || !term.IsTerminal(int(f.Fd())) {
		return &progress{}
	}
	var total int64
	for _, in := range inputs {
		if in.Size > 0 {
			total += in.Size
		}
	}
	return &progress{bar: progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(w),
		progressbar.OptionShowBytes(true),
		progressbar.OptionSetDescription("clean"),
		progressbar.OptionThrottle(200_000_000),
		progressbar.OptionClearOnFinish(),
	)}
}

func (p *progress) inputDone(in source.Input) {
	if p.bar != nil && in.Size > 0 {
		p.bar.Add64(in.Size)
	}
}

func (p *progress) finish() {
	if p.bar != nil {
		p.bar.Finish()
	}
}
