#!/usr/bin/env bash
# Regenerates the Go bindings in contracts/bindings from the Foundry build.
#   bash contracts/gen.sh                      (from anywhere)
# Idempotent: with unchanged sources, `bash contracts/gen.sh && git diff --exit-code contracts/bindings` passes.
# Uses forge from node_modules (npx) and abigen from the go-ethereum version pinned in go.mod (classic v1
# bindings, with Deploy functions).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
contracts=(FlockToken Staking TaskArena Marketplace RewardsDistributor FLAlliance)

cd "$here"
npx --no-install forge build --quiet --skip test --skip script

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# Build abigen once (version from go.mod), then run it per contract.
(cd "$root" && go build -o "$tmp/abigen" github.com/ethereum/go-ethereum/cmd/abigen)

mkdir -p "$here/bindings"
for name in "${contracts[@]}"; do
  artifact="$here/out/$name.sol/$name.json"
  [[ -f "$artifact" ]] || { echo "gen.sh: missing $artifact" >&2; exit 1; }
  node -e '
    const fs = require("fs");
    const a = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
    const bin = a.bytecode && a.bytecode.object;
    if (!bin || bin === "0x") { console.error("gen.sh: no bytecode in " + process.argv[1]); process.exit(1); }
    fs.writeFileSync(process.argv[2], JSON.stringify(a.abi));
    fs.writeFileSync(process.argv[3], bin.replace(/^0x/, ""));
  ' "$artifact" "$tmp/$name.abi" "$tmp/$name.bin"
  lower="$(echo "$name" | tr '[:upper:]' '[:lower:]')"
  "$tmp/abigen" --abi "$tmp/$name.abi" --bin "$tmp/$name.bin" --pkg bindings --type "$name" \
    --out "$here/bindings/$lower.go"
done
gofmt -l "$here/bindings" | (! grep .) || { echo "gen.sh: bindings not gofmt-clean" >&2; exit 1; }
echo "gen.sh: wrote ${#contracts[@]} bindings to contracts/bindings"
