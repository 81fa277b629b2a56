//go:build unix

package source

import (
	"os"
	"syscall"
)

// OpenFile opens a file for reading as os.Open does, without offering it
// to the runtime's poller. os.Open makes every file non-blocking, tries to
// register it with epoll (which refuses regular files) and makes it
// blocking again: five system calls more than opening it, per input, and
// a corpus of small files is opened twice each (stamped, then read). A
// regular file is read with blocking reads either way; pipes and devices
// (inputs marked Stream) are still opened with os.Open, so that closing
// one ends a read that waits.
func OpenFile(path string) (*os.File, error) {
	for {
		fd, err := syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, &os.PathError{Op: "open", Path: path, Err: err}
		}
		return os.NewFile(uintptr(fd), path), nil
	}
}
