package load

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"slices"
	"strconv"
	"time"
)

// rawClient is one worker's HTTP/1.1 keep-alive connection, spoken by hand: the request head is
// built once, a request is one write, and the response is read with one bufio.Reader and checked
// by its first bytes. net/http's client and a JSON decode of every response cost the generator
// several times the CPU per request, which on the 2-core benchmark machine is CPU the server
// under test does not get.
type rawClient struct {
	addr     string
	head     []byte // "POST /path HTTP/1.1\r\nHost: …\r\nContent-Type: …\r\nContent-Length: "
	deadline time.Time
	conn     net.Conn
	br       *bufio.Reader
	req      []byte
	body     []byte
}

func newRawClient(u *url.URL, deadline time.Time) *rawClient {
	path := u.RequestURI()
	head := "POST " + path + " HTTP/1.1\r\nHost: " + u.Host + "\r\nContent-Type: application/json\r\nContent-Length: "
	return &rawClient{addr: u.Host, head: []byte(head), deadline: deadline}
}

func (c *rawClient) close() {
	if c.conn != nil {
		_ = c.conn.Close()
		c.conn = nil
	}
}

var errRawProtocol = errors.New("malformed HTTP response")

// do sends body and reports whether the answer is a GraphQL success and whether the server said
// it came from its cache (X-Cache: HIT).
func (c *rawClient) do(ctx context.Context, body []byte) (ok, hit bool, msg string) {
	if c.conn == nil {
		d := net.Dialer{}
		conn, err := d.DialContext(ctx, "tcp", c.addr)
		if err != nil {
			return false, false, err.Error()
		}
		_ = conn.SetDeadline(c.deadline)
		c.conn, c.br = conn, bufio.NewReaderSize(conn, 32<<10)
	}
	c.req = append(c.req[:0], c.head...)
	c.req = strconv.AppendInt(c.req, int64(len(body)), 10)
	c.req = append(c.req, "\r\n\r\n"...)
	c.req = append(c.req, body...)
	if _, err := c.conn.Write(c.req); err != nil {
		c.close()
		return false, false, err.Error()
	}
	status, hit, keep, err := c.readResponse()
	if err != nil {
		c.close()
		return false, false, err.Error()
	}
	if !keep {
		c.close()
	}
	b := c.body
	if status != 200 {
		return false, hit, fmt.Sprintf("HTTP %d: %.200s", status, b)
	}
	if !bytes.HasPrefix(b, []byte(`{"data":{`)) || bytes.Contains(b, []byte(`"errors"`)) {
		return false, hit, fmt.Sprintf("%.300s", b)
	}
	return true, hit, ""
}

// readResponse reads the status line, the headers and the body (Content-Length or chunked) into c.body.
func (c *rawClient) readResponse() (status int, hit, keep bool, err error) {
	line, err := c.br.ReadSlice('\n')
	if err != nil {
		return 0, false, false, err
	}
	if len(line) < 12 || !bytes.HasPrefix(line, []byte("HTTP/1.")) {
		return 0, false, false, errRawProtocol
	}
	status, err = strconv.Atoi(string(line[9:12]))
	if err != nil {
		return 0, false, false, errRawProtocol
	}
	length, chunked, keep := -1, false, true
	for {
		line, err = c.br.ReadSlice('\n')
		if err != nil {
			return 0, false, false, err
		}
		line = bytes.TrimRight(line, "\r\n")
		if len(line) == 0 {
			break
		}
		k, v, found := bytes.Cut(line, []byte(":"))
		if !found {
			return 0, false, false, errRawProtocol
		}
		v = bytes.TrimSpace(v)
		switch {
		case bytes.EqualFold(k, []byte("Content-Length")):
			if length, err = strconv.Atoi(string(v)); err != nil {
				return 0, false, false, errRawProtocol
			}
		case bytes.EqualFold(k, []byte("Transfer-Encoding")):
			chunked = bytes.EqualFold(v, []byte("chunked"))
		case bytes.EqualFold(k, []byte("Connection")):
			keep = !bytes.EqualFold(v, []byte("close"))
		case bytes.EqualFold(k, []byte("X-Cache")):
			hit = bytes.Equal(v, []byte("HIT"))
		}
	}
	c.body = c.body[:0]
	switch {
	case chunked:
		for {
			line, err = c.br.ReadSlice('\n')
			if err != nil {
				return 0, false, false, err
			}
			size, _, _ := bytes.Cut(bytes.TrimRight(line, "\r\n"), []byte(";"))
			n, err := strconv.ParseInt(string(size), 16, 32)
			if err != nil {
				return 0, false, false, errRawProtocol
			}
			if n == 0 {
				// Trailers (none expected) end with an empty line.
				for {
					line, err = c.br.ReadSlice('\n')
					if err != nil {
						return 0, false, false, err
					}
					if len(bytes.TrimRight(line, "\r\n")) == 0 {
						return status, hit, keep, nil
					}
				}
			}
			if err := c.readN(int(n)); err != nil {
				return 0, false, false, err
			}
			if _, err := c.br.Discard(2); err != nil {
				return 0, false, false, err
			}
		}
	case length >= 0:
		if err := c.readN(length); err != nil {
			return 0, false, false, err
		}
	default:
		b, err := io.ReadAll(c.br)
		if err != nil {
			return 0, false, false, err
		}
		c.body, keep = append(c.body, b...), false
	}
	return status, hit, keep, nil
}

// readN appends the next n bytes to c.body.
func (c *rawClient) readN(n int) error {
	start := len(c.body)
	c.body = slices.Grow(c.body, n)[:start+n]
	_, err := io.ReadFull(c.br, c.body[start:])
	return err
}
