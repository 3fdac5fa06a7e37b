package graphql

import (
	"context"
	_ "embed"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"reflect"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	gql "github.com/graph-gophers/graphql-go"
	gqlerrors "github.com/graph-gophers/graphql-go/errors"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/redis/go-redis/v9"

	"github.com/covey-labs/covey/internal/notify"
)

//go:embed schema.graphql
var schemaSDL string

// Schema is the GraphQL schema served, for clients and documentation generators.
func Schema() string { return schemaSDL }

var errTooManySelections = gql.ErrTooManySelections

// overlapPairs caps the pairs of same-named fields graphql-go's validator compares: each
// conflicting pair is an error held in memory, and a 31 KB document of 990 fields under one alias
// holds 489,555 pairs (at 100,000 the server rose 177 MiB for one such request; at this cap
// TestAmplificationMemory's whole attack stays within its bound). Ordinary documents, GraphiQL's
// introspection query included, compare a few hundred.
const overlapPairs = 2000

// writeTimeout bounds writing an answer after the request was read and executed: a client that
// sends requests and never reads the answers holds no memory past it.
const writeTimeout = 10 * time.Second

// Options configures a Server; zero values take the defaults listed on each field.
type Options struct {
	// ChainID selects the chain's rows (every table carries chain_id). Required.
	ChainID int64
	// Distributor is the RewardsDistributor that claim calldata targets; zero means the
	// contract that emitted the latest RootAccepted.
	Distributor common.Address
	// Contracts are the protocol's contracts by configured name (config.Contracts): Query.protocol lists them
	// and names the contracts of roles and parameters with them. Empty: roles name contracts by address.
	Contracts map[string]common.Address
	// Redis enables shared notifications (every replica hears every producer), the response cache
	// and the shared rate limit; nil means notifications heard on Postgres (LISTEN), no cache and a
	// rate limit per process.
	Redis *redis.Client
	// RedisPrefix prefixes every Redis key and channel (default "covey:").
	RedisPrefix string
	// MaxFirst caps first/last and the number of addresses per query (default 1000).
	MaxFirst int
	// DefaultFirst is the page size when neither first nor last is given (default 100, at most MaxFirst).
	DefaultFirst int
	// MaxDepth caps field nesting (default 12).
	MaxDepth int
	// MaxComplexity caps the number of field selections, aliases and expanded fragments
	// included (default 2000).
	MaxComplexity int
	// MaxNodes caps the list items a query may return, counted before it runs: each paged list
	// counts its first or last (DefaultFirst when neither is given) and accounts its addresses,
	// times the items of the lists it is nested in (default 20000). MaxFirst bounds one page;
	// this bounds pages of pages (tasks(first: 1000) { submissions(first: 1000) } asks for 10^6).
	MaxNodes int
	// MaxBodyBytes caps a request body (default 64 KiB).
	MaxBodyBytes int64
	// Timeout bounds each query's execution (default 10s).
	Timeout time.Duration
	// CacheTTL is how long a cached response lives (default 30s; negative disables the cache).
	CacheTTL time.Duration
	// RateLimitPerMinute is each client's budget of operations a minute (0 disables): every HTTP
	// request, WebSocket upgrade and operation sent over a WebSocket counts one. Kept in Redis when
	// Redis is set (shared by every replica), in this process otherwise.
	RateLimitPerMinute int
	// RateLimitOnRedisError says what the limit does while Redis fails: RateLimitLocal (default)
	// holds clients to the budget in this process, RateLimitOpen lets everything through,
	// RateLimitClosed refuses everything (503).
	RateLimitOnRedisError string
	// TrustedProxies are the load balancers and proxies whose X-Forwarded-For is believed: a
	// request from one of them counts against the client it names (read from the right, past
	// other trusted hops). Empty: every request counts against its own peer address.
	TrustedProxies []netip.Prefix
	// CORSOrigins lists the browser origins whose pages may use the API, by CORS requests and
	// WebSocket upgrades alike: "https://app.example", "http://localhost:*" (any port) or "*" (any
	// origin). Empty: only the API's own pages (GraphiQL) and clients that are not browsers.
	CORSOrigins []string
	// MaxInFlight caps the queries executing at once, over HTTP and WebSocket alike (admission.go);
	// default: the pool's MaxConns plus GOMAXPROCS.
	MaxInFlight int
	// MaxQueued caps the queries waiting for one of those slots (default 4 x MaxInFlight); one more
	// is refused at once with OVERLOADED (HTTP 503, Retry-After).
	MaxQueued int
	// MaxQueueWait bounds a query's wait in that queue before it is refused the same way (default 1s).
	MaxQueueWait time.Duration
	// MaxWSOperations caps the operations one WebSocket connection runs at once (default 16); one
	// more is answered with a LIMIT error.
	MaxWSOperations int
	// MaxWSConnsPerClient caps the WebSocket connections one client (clientKey) holds on this
	// server (default 16); one more upgrade is refused with 429.
	MaxWSConnsPerClient int
	// WSIdleTimeout closes a WebSocket connection that has had no operation in flight this long
	// (default 1 minute; graphql-ws clients reconnect when they next subscribe). A connection that
	// never sends connection_init is closed after 10 seconds.
	WSIdleTimeout time.Duration
	// PublicURL is the API's public base URL (https://api.example.org): Epoch.manifestUrl is
	// PublicURL/manifests/{epoch}.json. Empty: the path alone, relative to wherever the API is reached.
	PublicURL string
	// MaxIndexerSilence is how long the indexer may go without reading the chain's head (its heartbeat
	// in chain_heads) before Ready fails: an API whose indexer stopped serves ever older data. 0: not
	// checked.
	MaxIndexerSilence time.Duration
	// Primary, when set, says that pool is a streaming replica of this primary (database.read_url):
	// the server reads WAL positions there to measure the replica's lag and to hold notifications
	// back until the replica has replayed them, LISTENs there without Redis (a standby cannot), and
	// keeps its answers monotonic (replica.go). The response cache is off: an answer cached from
	// one replica would be served by processes reading others.
	Primary *pgxpool.Pool
	// MaxReplicaLag fails Ready (/readyz) while the replica is further behind (0: never on lag).
	MaxReplicaLag time.Duration
	// ReplicaWait bounds how long a request waits for the replica to reach what was already seen
	// before it is refused with REPLICA_BEHIND (default 2s).
	ReplicaWait time.Duration
	// Logger receives server-side errors (default slog.Default()).
	Logger *slog.Logger
}

func (o *Options) defaults() error {
	if o.ChainID <= 0 {
		return errors.New("graphql: ChainID is required")
	}
	if o.RedisPrefix == "" {
		o.RedisPrefix = "covey:"
	}
	if o.MaxFirst <= 0 {
		o.MaxFirst = 1000
	}
	if o.DefaultFirst <= 0 {
		o.DefaultFirst = 100
	}
	o.DefaultFirst = min(o.DefaultFirst, o.MaxFirst)
	if o.MaxDepth <= 0 {
		o.MaxDepth = 12
	}
	if o.MaxComplexity <= 0 {
		o.MaxComplexity = 2000
	}
	if o.MaxNodes <= 0 {
		o.MaxNodes = 20_000
	}
	if o.MaxBodyBytes <= 0 {
		o.MaxBodyBytes = 64 << 10
	}
	if o.Timeout <= 0 {
		o.Timeout = 10 * time.Second
	}
	if o.CacheTTL == 0 {
		o.CacheTTL = 30 * time.Second
	}
	if o.MaxWSOperations <= 0 {
		o.MaxWSOperations = 16
	}
	if o.MaxWSConnsPerClient <= 0 {
		o.MaxWSConnsPerClient = 16
	}
	if o.WSIdleTimeout <= 0 {
		o.WSIdleTimeout = time.Minute
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.ReplicaWait <= 0 {
		o.ReplicaWait = 2 * time.Second
	}
	switch o.RateLimitOnRedisError {
	case "":
		o.RateLimitOnRedisError = RateLimitLocal
	case RateLimitLocal, RateLimitOpen, RateLimitClosed:
	default:
		return fmt.Errorf("graphql: RateLimitOnRedisError %q: use %s, %s or %s", o.RateLimitOnRedisError, RateLimitLocal, RateLimitOpen, RateLimitClosed)
	}
	return nil
}

// Server serves the read-only GraphQL API over HTTP and WebSocket.
type Server struct {
	pool   *pgxpool.Pool
	opts   Options
	log    *slog.Logger
	schema *gql.Schema
	index  *schemaIndex // the schema's argument types (coerce.go)
	// root is the resolver the schema runs, and rootType its type: plans call it (plan.go).
	root     reflect.Value
	rootType reflect.Type
	broker   *notify.Broker
	// inbox is where notifications arrive: broker itself, or, reading a replica, a broker the
	// replica's relay drains into broker once the replica has replayed them.
	inbox *notify.Broker
	// replica is set when the pool is a streaming replica (Options.Primary).
	replica *replica
	// listening is closed once the Postgres listener (no Redis) listens: tests wait for it.
	listening chan struct{}
	listened  sync.Once
	rdb       *redis.Client
	metrics   *metrics
	now       func() time.Time
	stop      context.CancelFunc
	done      chan struct{}
	// lastGen is the response-cache generation this server read last (see cacheLookup).
	lastGen atomic.Pointer[string]
	// checked remembers documents that passed check.
	checked checkedDocs
	// redisOps feeds the cache's shared pipelines (redisDo); redisQuit is closed when they stop.
	redisOps  chan *redisOp
	redisQuit chan struct{}
	// lastDropWarn is when a dropped cache write was last logged (unix ns).
	lastDropWarn atomic.Int64
	// limiter holds clients to RateLimitPerMinute (ratelimit.go); lastLimitWarn is when a Redis
	// failure of it was last logged (unix ns).
	limiter       *limiter
	lastLimitWarn atomic.Int64
	// admission bounds the queries executing and waiting (MaxInFlight, MaxQueued).
	admission *admission
	// wsConns counts each client's WebSocket connections (MaxWSConnsPerClient).
	wsConns clientConns
	// manifestSlots bounds the manifests served at once (manifest.go).
	manifestSlots chan struct{}
	// noSnapshot makes each read take its own pooled connection, as before snapshot.go (tests
	// show what that mixes).
	noSnapshot bool
	// noPlan makes graphql-go answer every request, as before plan.go (benchmarks compare).
	noPlan bool
	// planBudget bounds the fields of the plans remembered at once (planFieldBudget; tests lower it).
	planBudget int
	// afterRead, when set (tests only), runs after each read statement returned its first row
	// (or its end), to interleave another connection's commits between a request's reads.
	afterRead func(ctx context.Context, sql string)
}

// NewServer parses the schema and starts the notification plumbing (a Redis subscription, taken
// when Redis answers if it does not yet, or a Postgres LISTEN without Redis). Call Close (or let Run
// return) to stop it.
func NewServer(pool *pgxpool.Pool, opts Options) (*Server, error) {
	if pool == nil {
		return nil, errors.New("graphql: a database pool is required")
	}
	if err := opts.defaults(); err != nil {
		return nil, err
	}
	opts.admissionDefaults(pool.Config().MaxConns)
	s := &Server{pool: pool, opts: opts, log: opts.Logger, rdb: opts.Redis, metrics: newMetrics(), now: time.Now, done: make(chan struct{}), listening: make(chan struct{}),
		limiter: newLimiter(opts), manifestSlots: make(chan struct{}, manifestSlots), planBudget: planFieldBudget}
	s.admission = newAdmission(s.opts, s.metrics)
	if err := s.parseSchema(&resolver{queryRoot{s}, subscriptionRoot{s}}); err != nil {
		return nil, err
	}
	ctx, cancel := context.WithCancel(context.Background())
	s.stop = cancel
	s.broker = notify.NewBroker()
	s.inbox = s.broker
	listenCfg := pool.Config().ConnConfig
	if opts.Primary != nil {
		s.replica, s.inbox, listenCfg = newReplica(s, opts.Primary), notify.NewBroker(), opts.Primary.Config().ConnConfig
		s.opts.CacheTTL = -1
		s.replica.start(ctx)
	}
	if s.rdb != nil {
		s.listenRedis(ctx)
		go s.invalidateOnNotify(ctx)
		s.redisOps, s.redisQuit = make(chan *redisOp, 256), make(chan struct{})
		var workers sync.WaitGroup
		for range redisWorkers {
			workers.Go(func() { s.runRedisOps(ctx) })
		}
		go func() { <-ctx.Done(); workers.Wait(); close(s.redisQuit); close(s.done) }()
	} else {
		go func() {
			notify.ListenPostgres(ctx, listenCfg.Copy(), opts.ChainID, s.inbox, s.latest, s.log)
			close(s.done)
		}()
	}
	return s, nil
}

// parseSchema binds the schema to root (the resolver; benchmarks substitute one).
func (s *Server) parseSchema(root any) error {
	schema, err := gql.ParseSchema(schemaSDL, root,
		// schema.graphql's "..." blocks are its documentation (introspection, GraphiQL, codegen).
		gql.UseStringDescriptions(),
		gql.MaxDepth(max(s.opts.MaxDepth, 20)), // a backstop: check() enforces MaxDepth outside introspection
		gql.MaxQueryLength(int(s.opts.MaxBodyBytes)),
		gql.MaxParallelism(8),
		gql.MaxSelections(s.opts.MaxComplexity*4),
		gql.OverlapValidationLimit(overlapPairs),
		gql.PanicHandler(&panicHandler{s}),
		gql.Logger(&gqlLogger{s}),
	)
	if err != nil {
		return fmt.Errorf("parsing schema: %w", err)
	}
	s.schema = schema
	s.index = indexSchema(schema.ASTSchema())
	s.root, s.rootType = reflect.ValueOf(root), reflect.TypeOf(root)
	return nil
}

// resolver joins the query and subscription roots (graphql-go takes one resolver value).
type resolver struct {
	queryRoot
	subscriptionRoot
}

// Close stops the notification plumbing.
func (s *Server) Close() {
	s.stop()
	<-s.done
	if s.replica != nil {
		s.replica.wg.Wait()
	}
}

// Run serves Handler on listen until ctx ends, then shuts down gracefully (open requests get
// up to 10s) and closes the server.
func (s *Server) Run(ctx context.Context, listen string) error {
	ln, err := net.Listen("tcp", listen)
	if err != nil {
		return fmt.Errorf("listening on %s: %w", listen, err)
	}
	return s.Serve(ctx, ln)
}

// Serve is Run on an existing listener.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	defer s.Close()
	srv := &http.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		// Counted from the end of the request's headers: reading the body, executing, writing the
		// answer. WebSocket connections clear it when upgraded (serveWS).
		WriteTimeout: bodyReadTimeout + s.opts.Timeout + writeTimeout,
		// Idle keep-alive connections are closed after a while (WebSocket connections are hijacked
		// and not affected).
		IdleTimeout: 2 * time.Minute,
		BaseContext: func(net.Listener) context.Context { return ctx },
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serving graphql: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutting down graphql: %w", err)
	}
	return nil
}

type panicHandler struct{ s *Server }

// MakePanicError logs a resolver panic and returns a generic internal error.
func (h *panicHandler) MakePanicError(ctx context.Context, value any) *gqlerrors.QueryError {
	h.s.log.ErrorContext(ctx, "graphql resolver panic", slog.Any("panic", value))
	h.s.metrics.internalErrors.Inc()
	return requestError(CodeInternal, "", internalMessage)
}

type gqlLogger struct{ s *Server }

// LogPanic is called by graphql-go for panics outside resolvers.
func (l *gqlLogger) LogPanic(ctx context.Context, value any) {
	l.s.log.ErrorContext(ctx, "graphql panic", slog.Any("panic", value))
}

// ConfigurePool makes a dedicated API pool's sessions read-only with a server-side statement_timeout, a
// second line behind the request deadline. Call it on the config before pgxpool.NewWithConfig.
func ConfigurePool(cfg *pgxpool.Config, statementTimeout time.Duration) {
	if cfg.ConnConfig.RuntimeParams == nil {
		cfg.ConnConfig.RuntimeParams = map[string]string{}
	}
	if statementTimeout > 0 {
		cfg.ConnConfig.RuntimeParams["statement_timeout"] = formatInt(statementTimeout.Milliseconds())
	}
	cfg.ConnConfig.RuntimeParams["default_transaction_read_only"] = "on"
}
