//go:build unix

package dedup

import (
	"syscall"
	"time"
)

// cpuTime is the process's CPU time. The benchmarks report throughput
// per CPU second besides the wall-clock figure, because on a shared
// machine the wall clock also counts the time other jobs held the core.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
