// run.mjs runs the Ponder peer once over a cached workload: from an empty schema until Ponder's
// /ready says historical indexing is complete and /status has reached the workload's last event block
// (every event written), then
// stops it and prints one JSON line: wall seconds, peak RSS of the Ponder process (VmHWM), rows.
//
//   node run.mjs --workload bench/.cache/<name>/workload.json --rpc http://127.0.0.1:PORT \
//                --database postgres://postgres@127.0.0.1:5432/covey_bench [--schema ponder_bench] \
//                [--contracts Staking,TaskArena,...] [--rps open|default] [--port 42069] [--timeout 3600]
//   node run.mjs --follow --polling-ms 250 …   (head latency) the same run without an end block: once
//       caught up it prints {"ok":true,…} and keeps following the chain until SIGTERM.
//   node run.mjs --serve --workload … --rpc … --database … [--schema ponder_bench] [--port P]
//       serves the GraphQL API over what a previous run indexed (`ponder serve`, no indexer), prints
//       {"ok":true,"url":…} once it answers, and runs until SIGTERM.
//
// --rps open (the default here) opens Ponder's RPC rate limiter: Ponder 0.16 starts every RPC at
// 20 requests/s and raises it 5 % per second up to 500, with no config knob (maxRequestsPerSecond is
// deprecated and ignored). patchRateLimit makes those two constants read PONDER_BENCH_INITIAL_RPS and
// PONDER_BENCH_MAX_RPS (defaults unchanged), and --rps open sets both to 100000 for the run.
// The schema is dropped first, and so is ponder_sync (Ponder's RPC cache), so every run starts cold.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { generate, INTERFACES } from "./gen.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));

function arg(name, def) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : def;
}

export function patchRateLimit() {
  const p = path.join(here, "node_modules", "ponder", "dist", "esm", "rpc", "index.js");
  let s = fs.readFileSync(p, "utf8");
  if (s.includes("PONDER_BENCH_INITIAL_RPS")) return false;
  const a = "const INITIAL_MAX_RPS = 20;";
  const b = "const MAX_RPS = 500;";
  if (!s.includes(a) || !s.includes(b)) throw new Error(`${p}: rate limit constants not found (Ponder version changed?)`);
  s = s.replace(a, "const INITIAL_MAX_RPS = Number(process.env.PONDER_BENCH_INITIAL_RPS ?? 20); // covey bench patch");
  s = s.replace(b, "const MAX_RPS = Number(process.env.PONDER_BENCH_MAX_RPS ?? 500); // covey bench patch");
  fs.writeFileSync(p, s);
  return true;
}

function vmHWM(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

async function main() {
  const workloadPath = arg("workload");
  const rpc = arg("rpc");
  const database = arg("database", process.env.DATABASE_URL);
  const schema = arg("schema", "ponder_bench");
  const port = Number(arg("port", "42069"));
  const rps = arg("rps", "open");
  const timeout = Number(arg("timeout", "3600")) * 1000;
  if (!workloadPath || !rpc || !database) throw new Error("need --workload, --rpc and --database");
  const workload = JSON.parse(fs.readFileSync(workloadPath, "utf8"));
  const contracts = (arg("contracts", "") || Object.keys(workload.contracts).join(",")).split(",").filter((c) => INTERFACES[c]);
  generate(contracts);
  patchRateLimit();
  if (process.argv.includes("--serve")) return serve({ workloadPath, rpc, database, schema, port });

  const db = new pg.Client({ connectionString: database });
  await db.connect();
  await db.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await db.query("DROP SCHEMA IF EXISTS ponder_sync CASCADE");

  const env = {
    ...process.env,
    BENCH_WORKLOAD: path.resolve(workloadPath),
    BENCH_RPC_URL: rpc,
    DATABASE_URL: database,
    PONDER_TELEMETRY_DISABLED: "true",
    NODE_ENV: "production",
  };
  const follow = process.argv.includes("--follow");
  if (follow) {
    env.BENCH_FOLLOW = "1";
    env.BENCH_POLLING_MS = arg("polling-ms", "1000");
  }
  if (rps === "open") {
    env.PONDER_BENCH_INITIAL_RPS = "100000";
    env.PONDER_BENCH_MAX_RPS = "100000";
  }
  const bin = path.join(here, "node_modules", "ponder", "dist", "esm", "bin", "ponder.js");
  const logPath = path.join(here, ".ponder", "bench-run.log");
  fs.mkdirSync(path.dirname(logPath), { recursive: true });
  const log = fs.openSync(logPath, "w");
  const start = process.hrtime.bigint();
  const child = spawn(process.execPath, [bin, "start", "--schema", schema, "--port", String(port), "--hostname", "127.0.0.1", "--log-level", arg("log-level", "warn")], {
    cwd: here, env, stdio: ["ignore", log, log],
  });
  let exited = null;
  child.on("exit", (code, sig) => { exited = { code, sig }; });

  let peak = 0;
  let ready = false;
  const deadline = Date.now() + timeout;
  while (!exited && Date.now() < deadline) {
    peak = Math.max(peak, vmHWM(child.pid));
    try {
      const r = await fetch(`http://127.0.0.1:${port}/ready`);
      if (r.status === 200) {
        // Ready means the historical sync is done; /status says how far indexing got. Both are needed:
        // the last event block must be indexed (the workload ends with empty blocks past Ponder's
        // 30-block finality distance, so that is normally the case as soon as it is ready).
        const st = await (await fetch(`http://127.0.0.1:${port}/status`)).json();
        const block = Object.values(st)[0]?.block?.number ?? 0;
        if (block >= (workload.lastEventBlock ?? workload.head)) { ready = true; break; }
      }
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  peak = Math.max(peak, vmHWM(child.pid));
  if (follow && ready) {
    await db.end();
    const stop = () => { child.kill("SIGTERM"); setTimeout(() => child.kill("SIGKILL"), 10000).unref(); };
    process.on("SIGTERM", stop);
    process.on("SIGINT", stop);
    child.on("exit", (code) => process.exit(code ?? 0));
    console.log(JSON.stringify({ tool: "ponder", ok: true, seconds, pid: child.pid, log: logPath }));
    return;
  }
  child.kill("SIGTERM");
  await new Promise((r) => { if (exited) r(); else { child.on("exit", r); setTimeout(() => { child.kill("SIGKILL"); r(); }, 15000); } });

  let rows = 0;
  if (ready) {
    const t = await db.query("SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_name LIKE 'ev\\_%'", [schema]);
    for (const { table_name } of t.rows) {
      const c = await db.query(`SELECT count(*)::bigint AS n FROM "${schema}"."${table_name}"`);
      rows += Number(c.rows[0].n);
    }
  }
  await db.end();
  const out = { tool: "ponder", ok: ready, seconds, peakRssBytes: peak, rows, contracts, rps, log: logPath };
  if (!ready) out.error = exited ? `ponder exited (${JSON.stringify(exited)}); see ${logPath}` : `not ready within ${timeout / 1000}s; see ${logPath}`;
  console.log(JSON.stringify(out));
  process.exit(ready ? 0 : 1);
}

async function serve({ workloadPath, rpc, database, schema, port }) {
  const env = { ...process.env, BENCH_WORKLOAD: path.resolve(workloadPath), BENCH_RPC_URL: rpc, DATABASE_URL: database, PONDER_TELEMETRY_DISABLED: "true", NODE_ENV: "production" };
  const bin = path.join(here, "node_modules", "ponder", "dist", "esm", "bin", "ponder.js");
  const logPath = path.join(here, ".ponder", "bench-serve.log");
  fs.mkdirSync(path.dirname(logPath), { recursive: true });
  const log = fs.openSync(logPath, "w");
  const child = spawn(process.execPath, [bin, "serve", "--schema", schema, "--port", String(port), "--hostname", "127.0.0.1", "--log-level", arg("log-level", "warn")], {
    cwd: here, env, stdio: ["ignore", log, log],
  });
  const stop = () => { child.kill("SIGTERM"); setTimeout(() => child.kill("SIGKILL"), 10000).unref(); };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  let exited = false;
  child.on("exit", (code) => { exited = true; process.exit(code ?? 0); });
  const deadline = Date.now() + 120000;
  while (!exited && Date.now() < deadline) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ __typename }" }) });
      if (r.status === 200) {
        console.log(JSON.stringify({ ok: true, url: `http://127.0.0.1:${port}/graphql`, pid: child.pid, log: logPath }));
        return;
      }
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  console.log(JSON.stringify({ ok: false, error: `ponder serve did not answer; see ${logPath}` }));
  stop();
}

main().catch((e) => { console.error(e); process.exit(1); });
