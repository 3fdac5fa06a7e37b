package settlement

import (
	"context"
	"errors"
	"math/big"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/covey-labs/covey/internal/pgtest"
)

// TestSignedPublicationIsDurable: the row a publisher stores before sending a root transaction commits
// synchronously even on a database whose synchronous_commit is off (covey's private Postgres runs so).
// An asynchronous commit can be lost by a Postgres crash after the transaction was sent, and covey then
// refuses its own pending root as "not proposed by covey" (TestPostgresRestarted, seed
// 1796668432060574593). A trigger records the synchronous_commit the row's transaction commits with;
// before the fix it was the database's "off".
func TestSignedPublicationIsDurable(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	u := pgtest.NewURL(t)
	setup, err := pgxpool.New(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	defer setup.Close()
	parsed, _ := url.Parse(u)
	if _, err := setup.Exec(ctx, `ALTER DATABASE `+strings.TrimPrefix(parsed.Path, "/")+` SET synchronous_commit = off;
		CREATE TABLE publication_commit_mode (mode text);
		CREATE FUNCTION record_commit_mode() RETURNS trigger LANGUAGE plpgsql AS $$
		BEGIN INSERT INTO publication_commit_mode VALUES (current_setting('synchronous_commit')); RETURN NEW; END $$;
		CREATE TRIGGER record_commit_mode BEFORE INSERT ON root_publications FOR EACH ROW EXECUTE FUNCTION record_commit_mode();`); err != nil {
		t.Fatal(err)
	}
	pool, err := pgxpool.New(ctx, u) // new sessions: synchronous_commit off by default
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	var def string
	if err := pool.QueryRow(ctx, `SHOW synchronous_commit`).Scan(&def); err != nil || def != "off" {
		t.Fatalf("the database's synchronous_commit is %q (%v), want off", def, err)
	}
	_, _, total := settledForSim(t, pool)
	env := newSimChain(t, new(big.Int).Mul(total, big.NewInt(2)))
	signer := &Signer{key: env.proposer, address: crypto.PubkeyToAddress(env.proposer.PublicKey)}
	p := &Publisher{Pool: pool, Client: env.client, ChainID: simChain, Distributor: env.addr, Signer: signer, PollInterval: 10 * time.Millisecond}
	p.beforeSend = func(*types.Transaction) error { return errCrash }
	if _, err := p.Propose(ctx, 0); !errors.Is(err, errCrash) {
		t.Fatalf("want the simulated crash before sending, got %v", err)
	}
	var mode string
	if err := pool.QueryRow(ctx, `SELECT mode FROM publication_commit_mode`).Scan(&mode); err != nil {
		t.Fatal(err)
	}
	if mode != "on" {
		t.Fatalf("the signed publication committed with synchronous_commit = %s: a Postgres crash can lose it after the transaction is sent", mode)
	}
}
