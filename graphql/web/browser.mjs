// Drives the served GraphiQL page in a real headless Chromium (Debian's, through playwright-core):
// loads the page, writes a query into the editor, runs it with the toolbar's button, opens the docs
// pane on Query and then on Status, and takes a screenshot. Any request leaving the server, console
// error or page error is reported.
//
// Usage: node browser.mjs <page url> <chromium executable> <output dir>
// Prints one JSON object: {query, result, docs: {query, status}, external, errors, screenshot}.
import { join } from 'node:path';
import { launch } from './chromium.mjs';

const [pageURL, executablePath, outDir] = process.argv.slice(2);
const origin = new URL(pageURL).origin;
const query = '{ status { chainId indexed { number } } }';
const report = { query, result: null, docs: {}, external: [], errors: [], screenshot: join(outDir, 'graphiql.png') };

const { context, close } = await launch(executablePath, { viewport: { width: 1440, height: 900 } });
try {
  // Nothing may leave the server: record and refuse any other origin (the page's CSP refuses them too,
  // which shows up as a console error).
  await context.route((url) => url.origin !== origin && url.protocol !== 'data:', (route) => {
    report.external.push(route.request().url());
    return route.abort();
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (msg) => msg.type() === 'error' && report.errors.push(`console: ${msg.text()}`));
  page.on('pageerror', (err) => report.errors.push(`page: ${err.message}`));
  page.setDefaultTimeout(20_000);

  await page.goto(pageURL, { waitUntil: 'load' });
  const editor = page.locator('.graphiql-query-editor .CodeMirror');
  await editor.waitFor();

  // Write the query as a user would: focus the editor, select everything, type over it.
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(query);
  await page.locator('.graphiql-execute-button').click();
  const text = await page.waitForFunction(() => {
    const v = document.querySelector('.result-window .CodeMirror')?.CodeMirror?.getValue() ?? '';
    return v.trim().startsWith('{') && v;
  });
  report.result = JSON.parse(await text.jsonValue());

  // The docs pane: the root types, then Query's fields, then the Status type.
  await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
  const docs = page.locator('.graphiql-doc-explorer');
  await docs.getByRole('link', { name: 'Query', exact: true }).click();
  await docs.getByText('Chain and indexing progress', { exact: false }).first().waitFor();
  report.docs.query = await docs.innerText();
  await docs.getByRole('link', { name: 'Status', exact: true }).first().click();
  await docs.getByText('Highest block the indexer has stored', { exact: false }).first().waitFor();
  report.docs.status = await docs.innerText();

  await page.screenshot({ path: report.screenshot, fullPage: true });
} catch (e) {
  report.errors.push(`driver: ${e.message}`);
  const page = context.pages()[0];
  if (page) await page.screenshot({ path: report.screenshot, fullPage: true }).catch(() => {});
} finally {
  await close();
}
console.log(JSON.stringify(report));
