// A small typed client for covey's API: queries over HTTP (fetch), subscriptions over WebSocket
// (graphql-ws, the graphql-transport-ws protocol covey speaks). Any GraphQL client that takes
// TypedDocumentNode (urql, Apollo, graphql-request) works the same way with the generated types.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** One GraphQL error as covey sends it (extensions.code: BAD_USER_INPUT, NOT_FOUND, LIMIT, ...). */
export interface CoveyError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

/** An answer with errors: the first message, and all of them for the caller to inspect. */
export class CoveyRequestError extends Error {
  constructor(readonly errors: CoveyError[], readonly status: number) {
    super(errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('; '));
  }
}

export class Covey {
  private ws?: Client;

  /** url is the API's endpoint, e.g. http://127.0.0.1:8080/graphql. */
  constructor(readonly url: string) {}

  /** Runs a query; its result is typed by the document. */
  async query<R, V extends Record<string, unknown>>(doc: TypedDocumentNode<R, V>, variables: V): Promise<R> {
    const res = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query: print(doc), variables }),
    });
    const body = (await res.json()) as { data?: R | null; errors?: CoveyError[] };
    if (body.errors?.length || body.data == null) {
      throw new CoveyRequestError(body.errors ?? [{ message: `HTTP ${res.status} without data` }], res.status);
    }
    return body.data;
  }

  /** Subscribes; each event is typed by the document. Stop with `return()` (or break out of for-await). */
  subscribe<R, V extends Record<string, unknown>>(doc: TypedDocumentNode<R, V>, variables: V): AsyncGenerator<R> {
    this.ws ??= createClient({ url: this.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, lazy: true });
    const events = this.ws.iterate<R>({ query: print(doc), variables });
    return (async function* () {
      for await (const event of events) {
        if (event.errors?.length || event.data == null) {
          throw new CoveyRequestError((event.errors ?? []) as CoveyError[], 200);
        }
        yield event.data;
      }
    })();
  }

  /** Closes the WebSocket, if one was opened. */
  async close(): Promise<void> {
    await this.ws?.dispose();
  }
}
