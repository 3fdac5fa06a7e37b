package chaos

import (
	"context"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/redis/go-redis/v9"
)

// soakSample is one observation of the soak: the covey process, its connections and what it stored.
type soakSample struct {
	at             time.Duration
	load1          float64 // the machine's 1-minute load average
	rssMB          float64
	goroutines     float64
	fds            float64 // open file descriptors of the covey process (/proc/<pid>/fd)
	pgConns        float64 // covey's connections in pg_stat_activity (application_name "covey <role>")
	redisMB        float64 // Redis used_memory
	redisClients   float64 // Redis connected_clients, the sampler's own excluded
	dbMB           float64 // sum of pg_total_relation_size over the tables
	events         float64 // protocol logs written by the indexer since the start
	lag            float64 // blocks behind the head
	epochsSim      float64 // epochs simulated since the start
	epochsSettled  float64
	epochsProposed float64 // mined proposals
	epochsAccepted float64 // mined accepts
	requestsOK     float64
	requestsFailed float64
	tables         map[string]tableStat
}

// tableStat is a table's size (pg_total_relation_size: heap, indexes, TOAST) and live rows
// (pg_stat_user_tables.n_live_tup).
type tableStat struct{ bytes, rows float64 }

// soakColumns are the CSV's columns after t_s, in order, with the field each holds.
var soakColumns = []struct {
	name  string
	field func(s *soakSample) *float64
}{
	{"load1", func(s *soakSample) *float64 { return &s.load1 }},
	{"rss_mb", func(s *soakSample) *float64 { return &s.rssMB }},
	{"goroutines", func(s *soakSample) *float64 { return &s.goroutines }},
	{"fds", func(s *soakSample) *float64 { return &s.fds }},
	{"pg_conns", func(s *soakSample) *float64 { return &s.pgConns }},
	{"redis_mb", func(s *soakSample) *float64 { return &s.redisMB }},
	{"redis_clients", func(s *soakSample) *float64 { return &s.redisClients }},
	{"db_mb", func(s *soakSample) *float64 { return &s.dbMB }},
	{"events", func(s *soakSample) *float64 { return &s.events }},
	{"lag_blocks", func(s *soakSample) *float64 { return &s.lag }},
	{"epochs_simulated", func(s *soakSample) *float64 { return &s.epochsSim }},
	{"epochs_settled", func(s *soakSample) *float64 { return &s.epochsSettled }},
	{"epochs_proposed", func(s *soakSample) *float64 { return &s.epochsProposed }},
	{"epochs_accepted", func(s *soakSample) *float64 { return &s.epochsAccepted }},
	{"requests_ok", func(s *soakSample) *float64 { return &s.requestsOK }},
	{"requests_failed", func(s *soakSample) *float64 { return &s.requestsFailed }},
}

// soakProbe reads one sample's outside view: /proc of the covey process, Postgres and Redis.
type soakProbe struct {
	pid    int
	dbName string
	pool   *pgxpool.Pool
	redis  *redis.Client
}

// read fills the sample's process, Postgres and Redis fields.
func (p *soakProbe) read(ctx context.Context, s *soakSample) error {
	s.load1 = loadAverage()
	fds, err := os.ReadDir(fmt.Sprintf("/proc/%d/fd", p.pid))
	if err != nil {
		return fmt.Errorf("open fds: %w", err)
	}
	s.fds = float64(len(fds))
	if err := p.pool.QueryRow(ctx, `SELECT count(*) FROM pg_stat_activity WHERE datname = $1 AND application_name LIKE 'covey %'`,
		p.dbName).Scan(&s.pgConns); err != nil {
		return fmt.Errorf("pg_stat_activity: %w", err)
	}
	if err := p.pool.QueryRow(ctx, `SELECT
		(SELECT count(*) FROM settlement_epochs),
		(SELECT count(*) FROM root_publications WHERE action = 'propose' AND status = 'mined'),
		(SELECT count(*) FROM root_publications WHERE action = 'accept' AND status = 'mined')`).
		Scan(&s.epochsSettled, &s.epochsProposed, &s.epochsAccepted); err != nil {
		return fmt.Errorf("settlement counts: %w", err)
	}
	if s.tables, err = tableSizes(ctx, p.pool); err != nil {
		return err
	}
	for _, ts := range s.tables {
		s.dbMB += ts.bytes / 1e6
	}
	return p.readRedis(ctx, s)
}

// tableSizes is the size and live rows of every table of the public schema.
func tableSizes(ctx context.Context, pool *pgxpool.Pool) (map[string]tableStat, error) {
	rows, err := pool.Query(ctx, `SELECT c.relname, pg_total_relation_size(c.oid), coalesce(s.n_live_tup, 0) FROM pg_class c
		JOIN pg_namespace n ON n.oid = c.relnamespace LEFT JOIN pg_stat_user_tables s ON s.relid = c.oid
		WHERE n.nspname = 'public' AND c.relkind = 'r'`)
	if err != nil {
		return nil, fmt.Errorf("table sizes: %w", err)
	}
	defer rows.Close()
	out := map[string]tableStat{}
	for rows.Next() {
		var name string
		var b, n int64
		if err := rows.Scan(&name, &b, &n); err != nil {
			return nil, fmt.Errorf("table sizes: %w", err)
		}
		out[name] = tableStat{float64(b), float64(n)}
	}
	return out, rows.Err()
}

func (p *soakProbe) readRedis(ctx context.Context, s *soakSample) error {
	for section, fields := range map[string]map[string]*float64{
		"memory":  {"used_memory": &s.redisMB},
		"clients": {"connected_clients": &s.redisClients},
	} {
		info, err := p.redis.Info(ctx, section).Result()
		if err != nil {
			return fmt.Errorf("redis info %s: %w", section, err)
		}
		for _, line := range strings.Split(info, "\n") {
			k, v, ok := strings.Cut(strings.TrimSpace(line), ":")
			if dst := fields[k]; ok && dst != nil {
				*dst, _ = strconv.ParseFloat(v, 64)
			}
		}
	}
	s.redisMB /= 1e6
	s.redisClients-- // the sampler's own connection
	return nil
}

// loadAverage is the machine's 1-minute load average (0 if unreadable).
func loadAverage() float64 {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return 0
	}
	f, _ := strconv.ParseFloat(strings.Fields(string(b))[0], 64)
	return f
}

// soakCSV writes samples as they come (soak.csv) and the table sizes and rows in long form (soak_tables.csv),
// flushed after every sample so an interrupted run keeps what it measured.
type soakCSV struct {
	main, tables *csv.Writer
	files        []*os.File
}

func newSoakCSV(dir string) (*soakCSV, error) {
	c := &soakCSV{}
	for _, name := range []string{"soak.csv", "soak_tables.csv"} {
		f, err := os.Create(filepath.Join(dir, name))
		if err != nil {
			return nil, err
		}
		c.files = append(c.files, f)
	}
	c.main, c.tables = csv.NewWriter(c.files[0]), csv.NewWriter(c.files[1])
	head := []string{"t_s"}
	for _, col := range soakColumns {
		head = append(head, col.name)
	}
	_ = c.main.Write(head)
	_ = c.tables.Write([]string{"t_s", "table", "bytes", "live_rows"})
	return c, nil
}

func (c *soakCSV) write(s *soakSample) error {
	at := strconv.FormatFloat(s.at.Seconds(), 'f', 0, 64)
	row := []string{at}
	for _, col := range soakColumns {
		row = append(row, strconv.FormatFloat(*col.field(s), 'f', -1, 64))
	}
	_ = c.main.Write(row)
	names := make([]string, 0, len(s.tables))
	for n := range s.tables {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		ts := s.tables[n]
		_ = c.tables.Write([]string{at, n, strconv.FormatFloat(ts.bytes, 'f', 0, 64), strconv.FormatFloat(ts.rows, 'f', 0, 64)})
	}
	c.main.Flush()
	c.tables.Flush()
	if err := c.main.Error(); err != nil {
		return err
	}
	return c.tables.Error()
}

func (c *soakCSV) close() {
	for _, f := range c.files {
		_ = f.Close()
	}
}
