//go:build !unix

package steps

// cpuSeconds is not measured here; the MB/cpu-s metric is left out.
func cpuSeconds() float64 { return 0 }
