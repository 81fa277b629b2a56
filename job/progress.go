package job

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/akhbar/akhbar/source"
)

// statusEvery is how often a run not on a terminal prints a status line.
var statusEvery = 5 * time.Second

// progress follows the input bytes as they are read, within a file and
// not only when one ends: a bar on a terminal, and elsewhere (a log, CI)
// a line of status every few seconds and one at the end.
type progress struct {
	bar *progressbar.ProgressBar

	mu    sync.Mutex
	w     io.Writer // status lines, when not a terminal
	total int64
	done  int64
	cur   int64 // bytes reported for the input being read
	start time.Time
	stop  chan struct{}
	wg    sync.WaitGroup
}

func newProgress(w io.Writer, inputs []source.Input) *progress {
	if w == nil {
		return &progress{}
	}
	var total int64
	for _, in := range inputs {
		if in.Size > 0 {
			total += in.Size
		}
	}
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		return &progress{bar: progressbar.NewOptions64(total,
			progressbar.OptionSetWriter(w),
			progressbar.OptionShowBytes(true),
			progressbar.OptionSetDescription("clean"),
			progressbar.OptionThrottle(200_000_000),
			progressbar.OptionClearOnFinish(),
		)}
	}
	p := &progress{w: w, total: total, start: time.Now(), stop: make(chan struct{})}
	p.wg.Add(1)
	stop := p.stop
	go func() {
		defer p.wg.Done()
		t := time.NewTicker(statusEvery)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				p.status("")
			case <-stop:
				return
			}
		}
	}()
	return p
}

// add counts n bytes of the current input read (source.Options.Progress).
func (p *progress) add(n int64) {
	p.mu.Lock()
	p.done += n
	p.cur += n
	p.mu.Unlock()
	if p.bar != nil {
		p.bar.Add64(n)
	}
}

// inputDone counts what is left of an input once it is read whole (or
// skipped, being in a complete shard).
func (p *progress) inputDone(in source.Input) {
	p.mu.Lock()
	rest := in.Size - p.cur
	p.cur = 0
	p.mu.Unlock()
	if rest > 0 {
		p.mu.Lock()
		p.done += rest
		p.mu.Unlock()
		if p.bar != nil {
			p.bar.Add64(rest)
		}
	}
}

func (p *progress) status(end string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.w == nil {
		return
	}
	secs := time.Since(p.start).Seconds()
	rate := 0.0
	if secs > 0 {
		rate = float64(p.done) / secs
	}
	pct := ""
	if p.total > 0 {
		pct = fmt.Sprintf(" (%d%%)", min(100, p.done*100/p.total))
	}
	fmt.Fprintf(p.w, "akhbar: %s of %s read%s, %s/s, %s%s\n", mb(p.done), mb(p.total), pct, mb(int64(rate)),
		time.Duration(secs*float64(time.Second)).Round(time.Second), end)
}

func mb(n int64) string { return fmt.Sprintf("%.1f MB", float64(n)/1e6) }

func (p *progress) finish() {
	if p.bar != nil {
		p.bar.Finish()
		return
	}
	if p.stop != nil {
		close(p.stop)
		p.stop = nil
		p.wg.Wait()
		p.status(", done")
		p.mu.Lock()
		p.w = nil
		p.mu.Unlock()
	}
}
