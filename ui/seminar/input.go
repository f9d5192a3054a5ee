package seminar

import (
	"io"
	"sync"
)

// inputSwitch reads a connection's keystrokes once and hands them to one
// consumer at a time: the terminal program first, the plain-text mode after
// it. Without it the ended program's reader would still wait on the
// connection and swallow the first keys meant for plain mode.
type inputSwitch struct {
	mu           sync.Mutex
	plain        bool
	teaR, plainR *io.PipeReader
	teaW, plainW *io.PipeWriter
}

func newInputSwitch(src io.Reader) *inputSwitch {
	sw := &inputSwitch{}
	sw.teaR, sw.teaW = io.Pipe()
	sw.plainR, sw.plainW = io.Pipe()
	go sw.run(src)
	return sw
}

func (sw *inputSwitch) run(src io.Reader) {
	buf := make([]byte, 4096)
	for {
		n, err := src.Read(buf)
		if n > 0 {
			sw.mu.Lock()
			toPlain := sw.plain
			sw.mu.Unlock()
			if toPlain || func() bool { _, werr := sw.teaW.Write(buf[:n]); return werr != nil }() {
				sw.plainW.Write(buf[:n])
			}
		}
		if err != nil {
			sw.teaW.CloseWithError(err)
			sw.plainW.CloseWithError(err)
			return
		}
	}
}

// toPlain sends every key from now on to the plain-text mode.
func (sw *inputSwitch) toPlain() {
	sw.mu.Lock()
	sw.plain = true
	sw.mu.Unlock()
	sw.teaR.Close() // a write waiting for the program fails, and goes to plain
}
