// Drives a dApp page served from another origin than the API in a real headless Chromium (Debian's,
// through playwright-core): the page queries the API with fetch (a CORS request with a preflight:
// its Content-Type is application/json) and subscribes to heads with graphql-ws over a WebSocket.
//
// Usage: node crossorigin.mjs <page url> <chromium executable> <wait for a head: yes|no>
// Prints one JSON object: {query, fetchError, heads, wsError, console, errors}.
import { launch } from './chromium.mjs';

const [pageURL, executablePath, waitHead] = process.argv.slice(2);
const report = { console: [], errors: [] };
const { context, close } = await launch(executablePath);
try {
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (msg) => report.console.push(`${msg.type()}: ${msg.text()}`));
  page.on('pageerror', (err) => report.errors.push(`page: ${err.message}`));
  await page.goto(pageURL, { waitUntil: 'load' });
  // The query settles either way; then a head arrives (allowed) or the socket fails (refused).
  await page.waitForFunction(() => window.result.query !== undefined || window.result.fetchError !== undefined, null, { timeout: 15_000 });
  await page.waitForFunction(
    (wantHead) => (wantHead ? window.result.heads.length > 0 : window.result.wsError !== undefined),
    waitHead === 'yes',
    { timeout: 15_000 },
  );
  Object.assign(report, await page.evaluate(() => window.result));
} catch (e) {
  report.errors.push(`driver: ${e.message}`);
  Object.assign(report, await context.pages()[0]?.evaluate(() => window.result).catch(() => ({})));
} finally {
  await close();
}
console.log(JSON.stringify(report));
