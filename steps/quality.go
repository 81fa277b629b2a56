package steps

import (
	"fmt"

	"github.com/akhbar/akhbar/pipeline"
	"github.com/akhbar/akhbar/quality"
)

// qualityStep computes the signals of the body and, when rules are given,
// flags what they flag and rejects what they reject. Signals never change
// the text.
func qualityStep(rules *quality.Rules) func(*pipeline.Doc) error {
	return func(d *pipeline.Doc) error {
		r := &d.Record
		if r.Text == "" {
			return nil
		}
		s := quality.Compute(r.Text, r.Lang)
		r.Quality = s
		if rules == nil {
			return nil
		}
		flags, reject := rules.Check(s, r.Lang)
		r.Flags = append(r.Flags, flags...)
		if reject == "" {
			return nil
		}
		for _, f := range rules.Failures(s, r.Lang) {
			if f.Rule() == reject {
				return pipeline.Rejectf("filter:"+reject, "%s: %s", r.ID, f)
			}
		}
		return pipeline.Rejectf("filter:"+reject, "%s: %s", r.ID, reject)
	}
}

// ParseQuality reads a --quality value: "none" or a preset name.
func ParseQuality(name string) (*quality.Rules, error) {
	if name == "" || name == "none" {
		return nil, nil
	}
	r, err := quality.Preset(name)
	if err != nil {
		return nil, fmt.Errorf("quality preset %q: %w (presets: none, %v)", name, err, quality.PresetNames())
	}
	return &r, nil
}
