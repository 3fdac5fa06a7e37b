// Package syncbuf holds the one log sink tests share: a child process or a goroutine writes it while the
// test reads it, so every read and write takes a lock.
package syncbuf

import (
	"strings"
	"sync"
)

// Buffer collects what a process or a logger writes, safe to read (String) while it is written.
type Buffer struct {
	mu sync.Mutex
	b  strings.Builder
}

// Write appends p; it never fails.
func (s *Buffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

// String is everything written so far.
func (s *Buffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
