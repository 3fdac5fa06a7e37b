# covey — the two commands that matter are at the top of README.md:
#   make demo   the whole story on a local devnet (embedded Postgres unless DATABASE_URL is set)
#   make test   every test: contracts, unit, integration, end to end
SHELL := /bin/bash
GO    ?= go
BIN   := bin/covey
GOTESTFLAGS ?= -count=1 -timeout 40m

# Debian packages the tests use (installed only when missing; needs root or sudo).
tools:
	@command -v qemu-aarch64-static >/dev/null || { echo 'installing qemu-user-static (cross-architecture settlement test)'; (apt-get update -qq && apt-get install -y -qq qemu-user-static) >/dev/null || echo 'could not install qemu-user-static: the arm64 test will be skipped'; }
	@command -v chromium >/dev/null || { echo 'installing chromium (GraphiQL in a real browser)'; (apt-get update -qq && apt-get install -y -qq chromium) >/dev/null || echo 'could not install chromium: the GraphiQL browser test will be skipped'; }

.PHONY: tools all build demo demo-clean test test-go test-chaos-smoke test-contracts generate check-generate check-tidy check-npm-quiet node_modules bench bench-quick chaos soak vet fmt

all: build

node_modules: node_modules/.package-lock.json
node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

build: node_modules
	$(GO) build -o $(BIN) ./cmd/covey

demo: build
	./$(BIN) demo

demo-clean:
	-./$(BIN) devnet down 2>/dev/null
	rm -rf .covey anvil/deployments.json

vet:
	$(GO) vet ./...
	@test -z "$$(gofmt -l $$(git ls-files '*.go' | grep -v '/bindings/'))" || (echo "gofmt needed:"; gofmt -l $$(git ls-files '*.go' | grep -v '/bindings/'); exit 1)

test: node_modules tools vet check-tidy check-npm-quiet test-contracts check-generate test-go test-chaos-smoke

test-contracts: node_modules
	cd contracts && npx forge test

# The adversarial suite (chaos/) runs after everything else, alone: its scenarios time recoveries.
# Tests' artifacts (go test -artifacts: GraphiQL's screenshot...) are kept under test-artifacts/.
test-go: node_modules
	@mkdir -p test-artifacts
	$(GO) test $(GOTESTFLAGS) -artifacts -outputdir $(CURDIR)/test-artifacts $$($(GO) list ./... | grep -v /chaos)

# The adversarial suite's smoke variants (a few rounds of every scenario, about 5.5 minutes); make chaos runs
# the full ones.
test-chaos-smoke: node_modules
	$(GO) test -count=1 -timeout 30m ./chaos/...

# Regenerate the Go bindings from the contracts (abigen, pinned through go.mod), and GraphiQL's embedded
# browser builds from their pinned npm packages (graphql/web).
generate: node_modules
	bash contracts/gen.sh
	bash graphql/web/gen.sh

# CI: regenerating must change nothing (nor add a file).
check-generate: generate
	@git diff --exit-code --stat -- contracts/bindings graphql/web/graphiql && test -z "$$(git status --porcelain -- contracts/bindings graphql/web/graphiql)" || (echo "contracts/bindings or graphql/web/graphiql is stale: run make generate and commit"; git status --short -- contracts/bindings graphql/web/graphiql; exit 1)

# CI: go.mod and go.sum must be what `go mod tidy` writes (direct dependencies not marked indirect, no stale sums).
check-tidy:
	@$(GO) mod tidy -diff || (echo "go.mod/go.sum are not tidy: run go mod tidy and commit"; exit 1)

# CI: a newcomer's `npm ci` prints no install-scripts warning: every dependency with an install script is
# reviewed and named in package.json's allowScripts (npm install-scripts approve <pkg>). The dry run prints
# the same warning as the real install, in 2 seconds, without touching node_modules.
check-npm-quiet: node_modules
	@out=$$(npm ci --dry-run --no-audit --no-fund 2>&1) || { echo "$$out"; exit 1; }; \
	if grep -q 'install-scripts' <<<"$$out"; then echo "$$out"; echo "npm ci warns about install scripts: review them (npm install-scripts ls), then npm install-scripts approve <pkg> and commit package.json"; exit 1; fi

fmt:
	gofmt -w $$(git ls-files '*.go' | grep -v '/bindings/')

# The adversarial suite in full (long; see RELIABILITY.md). `make test` runs its smoke variants.
chaos: node_modules
	$(GO) test -tags chaos -count=1 -timeout 80m ./chaos/...

# The soak (issue 22): `covey run` with Redis at TestLoad's load for SOAK (default 2h), an epoch published
# every 10 minutes; samples, plot and summary in soak-results/. `make chaos` skips it (CHAOS_SOAK unset).
SOAK ?= 2h
SOAK_TIMEOUT ?= 3h
soak: node_modules
	CHAOS_SOAK=$(SOAK) $(GO) test -tags chaos -count=1 -timeout $(SOAK_TIMEOUT) -run '^TestSoak$$' -v ./chaos/

# Benchmarks (BENCHMARKS.md is written by the run; nobody types numbers). See bench/README.md.
# The full run builds a 1M-event devnet once (cached in bench/.cache) and takes about an hour.
bench: node_modules
	$(GO) run ./bench/cmd/benchrun run

# A 10x smaller run for development (a few minutes; results in bench/results-quick/, not committed).
bench-quick: node_modules
	$(GO) run ./bench/cmd/benchrun run -quick -runs 1
