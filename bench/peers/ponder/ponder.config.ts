// The Ponder peer of covey's backfill benchmark. Everything run-specific comes from the environment,
// set by run.mjs: BENCH_WORKLOAD (bench/.cache/<name>/workload.json: chain id, addresses, range),
// BENCH_RPC_URL (the anvil serving that workload) and DATABASE_URL (the same Postgres covey uses).
// The contracts are those gen.mjs generated handlers for (contracts.generated.json).
import fs from "node:fs";
import { createConfig } from "ponder";
import * as abis from "./abis";

const workload = JSON.parse(fs.readFileSync(process.env.BENCH_WORKLOAD!, "utf8"));
const names: string[] = JSON.parse(fs.readFileSync(new URL("./contracts.generated.json", import.meta.url), "utf8"));

const contracts = Object.fromEntries(
  names.map((name) => [
    name,
    {
      chain: "bench",
      abi: (abis as Record<string, readonly unknown[]>)[`${name}Abi`],
      address: workload.contracts[name].toLowerCase(),
      startBlock: workload.startBlock,
      // BENCH_FOLLOW (head latency): no end block, Ponder keeps following the chain.
      endBlock: process.env.BENCH_FOLLOW ? undefined : workload.head,
    },
  ]),
);

export default createConfig({
  database: { kind: "postgres", connectionString: process.env.DATABASE_URL },
  chains: {
    bench: {
      id: workload.chainId,
      rpc: process.env.BENCH_RPC_URL,
      // Ponder's default is 1000 ms; the head-latency run sets the same interval covey polls at.
      ...(process.env.BENCH_POLLING_MS ? { pollingInterval: Number(process.env.BENCH_POLLING_MS) } : {}),
    },
  },
  contracts: contracts as any,
});
