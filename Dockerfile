# covey in a container. Not exercised by this repository's CI (no Docker engine there).
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -o /out/covey ./cmd/covey

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*
COPY --from=build /out/covey /usr/local/bin/covey
COPY settlement/policy /etc/covey/policy
WORKDIR /var/lib/covey
USER 65534:65534
ENTRYPOINT ["covey"]
CMD ["run", "--config", "/etc/covey/covey.toml"]
