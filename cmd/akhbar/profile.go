package main

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"

	"github.com/spf13/pflag"
)

// profileFlags are --cpuprofile and --memprofile: profiles of one run for
// users who want to know where its time or memory goes (go tool pprof reads
// them), without building a benchmark.
type profileFlags struct {
	cpu, mem string
}

func (p *profileFlags) register(f *pflag.FlagSet) {
	f.StringVar(&p.cpu, "cpuprofile", "", "write a CPU profile of the run to `FILE` (read it with go tool pprof)")
	f.StringVar(&p.mem, "memprofile", "", "write a profile of the run's allocations to `FILE` when it ends")
}

// start begins CPU profiling when asked; stop ends it and writes the
// allocation profile. Each file is written under a temporary name and
// renamed when complete, so a killed run leaves no half profile.
func (p *profileFlags) start() (stop func() error, err error) {
	var cpu *os.File
	if p.cpu != "" {
		if cpu, err = os.CreateTemp(filepath.Dir(p.cpu), ".cpuprofile-*"); err != nil {
			return nil, fmt.Errorf("--cpuprofile: %w", err)
		}
		if err := pprof.StartCPUProfile(cpu); err != nil {
			cpu.Close()
			os.Remove(cpu.Name())
			return nil, fmt.Errorf("--cpuprofile %s: %w", p.cpu, err)
		}
	}
	return func() error {
		var errs []error
		if cpu != nil {
			pprof.StopCPUProfile()
			errs = append(errs, finish(cpu, p.cpu))
		}
		if p.mem != "" {
			errs = append(errs, writeHeapProfile(p.mem))
		}
		for _, err := range errs {
			if err != nil {
				return err
			}
		}
		return nil
	}, nil
}

func writeHeapProfile(path string) error {
	f, err := os.CreateTemp(filepath.Dir(path), ".memprofile-*")
	if err != nil {
		return fmt.Errorf("--memprofile: %w", err)
	}
	runtime.GC() // up-to-date figures for what is still live
	if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
		f.Close()
		os.Remove(f.Name())
		return fmt.Errorf("--memprofile %s: %w", path, err)
	}
	return finish(f, path)
}

// finish closes a temporary profile file and renames it to path.
func finish(f *os.File, path string) error {
	f.Chmod(0o644) // CreateTemp's 0600 is for secrets; a profile is not one
	if err := f.Close(); err != nil {
		os.Remove(f.Name())
		return fmt.Errorf("profile %s: %w", path, err)
	}
	if err := os.Rename(f.Name(), path); err != nil {
		os.Remove(f.Name())
		return fmt.Errorf("profile %s: %w", path, err)
	}
	return nil
}
