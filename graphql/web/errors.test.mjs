// Real GraphQL clients against a running covey API (started by graphql/clients_test.go, which
// passes its URL): graphql-request, urql and graphql-ws each surface covey's errors as errors with
// the documented codes (docs/api.md), and its data as data.
import { test } from "node:test";
import assert from "node:assert/strict";
import { parse } from "graphql";
import { request, ClientError } from "graphql-request";
import { Client, fetchExchange } from "@urql/core";
import { createClient } from "graphql-ws";
import WebSocket from "ws";

const api = process.env.COVEY_API + "/graphql";
const limited = process.env.COVEY_API_LIMITED + "/graphql";
const alice = "0x" + "a1".repeat(20);

// rejects runs a graphql-request call that must fail and returns its ClientError.
async function rejects(promise) {
  try {
    await promise;
  } catch (e) {
    assert.ok(e instanceof ClientError, `not a ClientError: ${e}`);
    return e;
  }
  assert.fail("the request succeeded");
}

test("graphql-request: data, and each refusal as a ClientError with its status and code", async () => {
  const ok = await request(api, "{ status { chainId } }");
  assert.equal(ok.status.chainId, 31337);

  const parseErr = await rejects(request(api, "{ status { chainId }"));
  assert.equal(parseErr.response.status, 400);
  assert.equal(parseErr.response.errors[0].extensions.code, "GRAPHQL_PARSE_FAILED");
  assert.equal(parseErr.response.data, undefined);

  const invalid = await rejects(request(api, "{ status { nope } }"));
  assert.equal(invalid.response.status, 400);
  assert.equal(invalid.response.errors[0].extensions.code, "GRAPHQL_VALIDATION_FAILED");

  const badVar = await rejects(
    request(api, "query($a: [Address!]!) { accounts(addresses: $a) { address } }", { a: [alice, "0x123"] }),
  );
  assert.equal(badVar.response.status, 400);
  assert.deepEqual(badVar.response.errors[0].extensions, { code: "BAD_USER_INPUT", variable: "a", at: [1] });

  const badLit = await rejects(request(api, '{ claim(account: "0x123") { claimable } }'));
  assert.deepEqual(badLit.response.errors[0].extensions, { code: "BAD_USER_INPUT", argument: "claim.account" });

  // A field error under non-null parents nulls them up to data: the client sees null, not a hole.
  const nulled = await rejects(request(api, `{ account(address: "${alice}") { submissions(first: 5000) { totalCount } } }`));
  assert.equal(nulled.response.status, 200);
  assert.equal(nulled.response.data, null);
  assert.deepEqual(nulled.response.errors[0].path, ["account", "submissions"]);
  assert.deepEqual(nulled.response.errors[0].extensions, { code: "LIMIT", limit: "first" });

  // The limited server allows one operation a minute.
  await request(limited, "{ status { chainId } }");
  const rate = await rejects(request(limited, "{ status { chainId } }"));
  assert.equal(rate.response.status, 429);
  assert.equal(rate.response.errors[0].extensions.code, "RATE_LIMITED");
});

test("urql: refusals are GraphQL errors (not network errors) with their codes", async () => {
  const client = new Client({ url: api, exchanges: [fetchExchange], preferGetMethod: false });
  const ok = await client.query(parse("{ epoch(number: 1) { number } task(id: 99) { id } }"), {}).toPromise();
  assert.equal(ok.error, undefined);
  assert.deepEqual(ok.data, { epoch: { number: 1 }, task: null });

  const bad = await client
    .query(parse("query($n: Int!) { epoch(number: $n) { number } }"), { n: "one" })
    .toPromise();
  assert.ok(bad.error, "no error");
  assert.equal(bad.error.networkError, undefined, `network error: ${bad.error.networkError}`);
  assert.equal(bad.error.graphQLErrors[0].extensions.code, "BAD_USER_INPUT");
  assert.equal(bad.error.graphQLErrors[0].extensions.variable, "n");
  assert.equal(bad.data, undefined);

  const invalid = await client.query(parse("{ status { nope } }"), {}).toPromise();
  assert.equal(invalid.error.networkError, undefined);
  assert.equal(invalid.error.graphQLErrors[0].extensions.code, "GRAPHQL_VALIDATION_FAILED");
});

test("graphql-ws: a subscription with a bad argument errors with BAD_USER_INPUT; a good one streams", async () => {
  const client = createClient({ url: api.replace(/^http/, "ws"), webSocketImpl: WebSocket, retryAttempts: 0 });
  try {
    const errs = await new Promise((resolve, reject) => {
      client.subscribe(
        { query: 'subscription { claimable(account: "0x123") { claimable } }' },
        { next: (v) => reject(new Error("next: " + JSON.stringify(v))), error: resolve, complete: () => reject(new Error("completed")) },
      );
    });
    assert.ok(Array.isArray(errs), `not the protocol's error list: ${errs}`);
    assert.equal(errs.length, 1);
    assert.deepEqual(errs[0].extensions, { code: "BAD_USER_INPUT", argument: "claimable.account" });

    const first = await new Promise((resolve, reject) => {
      const stop = client.subscribe(
        { query: "subscription($a: Address!) { claimable(account: $a) { account claimable } }", variables: { a: alice } },
        { next: (v) => { stop(); resolve(v); }, error: reject, complete: () => {} },
      );
    });
    assert.equal(first.errors, undefined);
    assert.equal(first.data.claimable.account.toLowerCase(), alice);
  } finally {
    await client.dispose();
  }
});
