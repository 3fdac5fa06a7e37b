// watermark.mjs runs, with graphql-ws over one connection as a dApp does, a claimable(COVEY_ACCOUNT)
// subscription, a head subscription and one claim query, sending COVEY_MIN_LSN (when set) as
// connection_init's minLsn. Every message prints as one JSON line on stdout: the operation, its data
// or errors and its extensions.lsn; the connection's close prints its code and reason. It runs until
// killed. COVEY_WS is the API's WebSocket URL.
import { createClient } from "graphql-ws";
import WebSocket from "ws";

const print = (v) => console.log(JSON.stringify(v));
const minLsn = process.env.COVEY_MIN_LSN;
const client = createClient({
  url: process.env.COVEY_WS,
  webSocketImpl: WebSocket,
  retryAttempts: 0,
  lazy: false,
  connectionParams: minLsn ? { minLsn } : undefined,
  on: { closed: (e) => print({ op: "closed", code: e.code, reason: e.reason }) },
  onNonLazyError: () => {},
});
const run = (op, query, variables) =>
  client.subscribe(
    { query, variables },
    {
      next: (v) => print({ op, data: v.data ?? null, errors: v.errors ?? null, lsn: v.extensions?.lsn ?? null }),
      error: (e) => print({ op, error: e instanceof Error ? e.message : (e.reason ?? JSON.stringify(e)) }),
      complete: () => {},
    },
  );
const account = { a: process.env.COVEY_ACCOUNT };
run("claimable", "subscription($a: Address!) { claimable(account: $a) { epoch } }", account);
run("head", "subscription { head { block } }");
run("query", "query($a: Address!) { claim(account: $a) { epoch } }", account);
