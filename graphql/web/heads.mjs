// heads.mjs subscribes to covey's head subscription with graphql-ws, as a dApp does, and prints each
// message's data as one JSON line on stdout until a message reaches block COVEY_UNTIL (exit 0), or until
// it is killed without COVEY_UNTIL; an error, a completed subscription or 120 s without reaching
// COVEY_UNTIL exit 1. COVEY_WS is the API's WebSocket URL.
import { createClient } from "graphql-ws";
import WebSocket from "ws";

const until = process.env.COVEY_UNTIL ? Number(process.env.COVEY_UNTIL) : Infinity;
const client = createClient({ url: process.env.COVEY_WS, webSocketImpl: WebSocket, retryAttempts: 0 });
const fail = (why) => {
  console.error(why);
  process.exit(1);
};
if (until !== Infinity) setTimeout(() => fail(`no head reached block ${until} in 120 s`), 120_000).unref();
client.subscribe(
  { query: "subscription { head { block fromBlock toBlock hash } }" },
  {
    next: (v) => {
      if (v.errors) fail(JSON.stringify(v.errors));
      console.log(JSON.stringify(v.data.head));
      if (v.data.head.toBlock >= until) {
        client.dispose();
        process.exit(0);
      }
    },
    error: (e) => fail(`error: ${e instanceof Error ? e.message : JSON.stringify(e)}`),
    complete: () => fail("the subscription completed"),
  },
);
