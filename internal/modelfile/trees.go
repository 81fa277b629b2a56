package modelfile

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sync"

	"github.com/akhbar/akhbar/internal/learn"
)

// Most learned models are one file each: a magic line,
// the model's parameters as one JSON line, then the boosted trees.

// MarshalTrees writes such a file.
func MarshalTrees(magic string, params any, trees *learn.GBDT) ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteString(magic)
	p, err := json.Marshal(params)
	if err != nil {
		return nil, err
	}
	buf.Write(p)
	buf.WriteByte('\n')
	t, err := trees.MarshalBinary()
	if err != nil {
		return nil, err
	}
	buf.Write(t)
	return buf.Bytes(), nil
}

// ParseTrees reads what MarshalTrees wrote into params and returns the
// trees, which must read nFeat features; what names the model in errors.
func ParseTrees(data []byte, magic, what string, params any, nFeat int) (*learn.GBDT, error) {
	rest, ok := bytes.CutPrefix(data, []byte(magic))
	if !ok {
		return nil, fmt.Errorf("%s: bad magic", what)
	}
	line, raw, ok := bytes.Cut(rest, []byte("\n"))
	if !ok {
		return nil, fmt.Errorf("%s: no parameter line", what)
	}
	if err := json.Unmarshal(line, params); err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	trees := &learn.GBDT{}
	if err := trees.UnmarshalBinary(raw); err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	if trees.NFeat != nFeat {
		return nil, fmt.Errorf("%s: %d features, this build computes %d: retrain it", what, trees.NFeat, nFeat)
	}
	return trees, nil
}

// Lazy loads a model file once: the embedded copy or
// $AKHBAR_MODEL_DIR's. An empty file means no model (nil, no error).
type Lazy[M any] struct {
	once  sync.Once
	model *M
	err   error
}

// Get returns the model, parsed on the first call.
func (l *Lazy[M]) Get(name string, embedded []byte, parse func([]byte) (*M, error)) (*M, error) {
	l.once.Do(func() {
		raw, err := Bytes(name, embedded)
		if err != nil || len(raw) == 0 {
			l.err = err
			return
		}
		l.model, l.err = parse(raw)
	})
	return l.model, l.err
}
