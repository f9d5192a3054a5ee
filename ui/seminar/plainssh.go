package seminar

import (
	"bufio"
	"io"
	"strings"

	"charm.land/ssh"

	"github.com/chapter-vii/chapter7/game"
	"github.com/chapter-vii/chapter7/ui/plain"
)

// plainOverSSH runs the plain-text mode for a student who asked for it in
// the lobby: line by line, no cursor movement, for screen readers.
func plainOverSSH(sess ssh.Session, s *Session, keys io.Reader) {
	r := &plain.Remote{
		Seat:  s.Snapshot().Seat,
		Apply: s.Command,
		World: func() *game.World { return s.Snapshot().View },
		Wait: func() (*game.World, bool) {
			select {
			case <-s.Updates():
				return s.Snapshot().View, true
			case <-s.Closed():
				return nil, false
			}
		},
	}
	in := newLineReader(keys, sess)
	out := crlfWriter{sess}
	plain.Run(in, out, plain.Options{Remote: r})
}

// crlfWriter ends lines as a terminal in raw mode needs.
type crlfWriter struct{ w io.Writer }

func (c crlfWriter) Write(p []byte) (int, error) {
	_, err := c.w.Write([]byte(strings.ReplaceAll(string(p), "\n", "\r\n")))
	return len(p), err
}

// lineReader turns a raw terminal's keystrokes into lines: it echoes what
// is typed, handles backspace, and ends a line at Enter. Escape sequences
// (arrows and the like) are dropped; a line is cut at 2000 characters.
type lineReader struct {
	r    *bufio.Reader
	echo io.Writer
	buf  []byte
}

func newLineReader(r io.Reader, echo io.Writer) *lineReader {
	return &lineReader{r: bufio.NewReader(r), echo: echo}
}

func (l *lineReader) Read(p []byte) (int, error) {
	if len(l.buf) == 0 {
		line, err := l.readLine()
		if err != nil {
			return 0, err
		}
		l.buf = append([]byte(line), '\n')
	}
	n := copy(p, l.buf)
	l.buf = l.buf[n:]
	return n, nil
}

func (l *lineReader) readLine() (string, error) {
	var line []rune
	for {
		r, _, err := l.r.ReadRune()
		if err != nil {
			return "", err
		}
		switch {
		case r == '\r' || r == '\n':
			l.echo.Write([]byte("\r\n"))
			return string(line), nil
		case r == 0x7f || r == 0x08:
			if len(line) > 0 {
				line = line[:len(line)-1]
				l.echo.Write([]byte("\b \b"))
			}
		case r == 0x03 || r == 0x04: // ctrl+c, ctrl+d
			return "", io.EOF
		case r == 0x1b:
			l.skipEscape()
		case r < 0x20:
		default:
			if len(line) < 2000 {
				line = append(line, r)
				l.echo.Write([]byte(string(r)))
			}
		}
	}
}

// skipEscape drops the rest of an escape sequence (CSI or SS3).
func (l *lineReader) skipEscape() {
	b, err := l.r.ReadByte()
	if err != nil || (b != '[' && b != 'O') {
		return
	}
	for {
		c, err := l.r.ReadByte()
		if err != nil || (c >= 0x40 && c <= 0x7e) {
			return
		}
	}
}
