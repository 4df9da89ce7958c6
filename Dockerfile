# newshound worker image.
#
#   docker build -t newshound .
#   docker run -d --name newshound \
#     -v newshound-state:/app/state \
#     -v "$PWD/newshound.json:/app/config/newshound.json:ro" \
#     -e DISCORD_TOKEN_FILE=/run/secrets/discord_token \
#     newshound
#   docker stop -t 45 newshound      # why 45: see ENTRYPOINT below
#
# tests/integration/dockerfile-replay.test.ts parses this file and replays its steps in a
# temporary directory (no Docker engine needed); keep to one instruction per line (a `\`
# continuation is fine) and exec-form ENTRYPOINT/CMD/HEALTHCHECK so it can.

# ---- build stage: the tools to install dependencies; none of it is shipped ----------------
# bookworm-slim, not alpine: sqlite3's native addon is compiled here against glibc and must
# load in the runtime stage, which therefore uses the very same base image.
FROM node:20-bookworm-slim AS build

# sqlite3 (under @keyv/sqlite) builds its addon with node-gyp at install time, which needs
# python3, make and a C++ compiler.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app

# The manifests alone first, so the dependency layer (the slow sqlite3 compile) is rebuilt
# only when they change, not on every source edit.
COPY package.json package-lock.json ./

# Every dependency, dev ones included: the bundle below needs esbuild (a devDependency); they
# are pruned before the runtime stage copies node_modules, so typescript, vitest, tsx, esbuild
# and @types never enter the image.
# --ignore-scripts, then `npm rebuild`: the root package's "prepare" script bundles src/, which
# is not copied yet (that is the point of this layer), so npm ci must not run it; `npm rebuild`
# then runs the dependencies' own install scripts, sqlite3's compile among them.
RUN npm ci --ignore-scripts --no-audit --no-fund && npm rebuild

COPY bin/ ./bin/
COPY scripts/build.mjs ./scripts/
COPY src/ ./src/
COPY config/ ./config/

# What "prepare" does in a checkout: esbuild bundles src/ into dist/cli.js, which
# bin/newshound.js runs while it is newer than every file in src/ (it is: built after the COPY).
# src/ still ships: bin/ compares against it (with no tsx in the image, a stale bundle is
# refused with a one-line message rather than run from the sources).
RUN npm run build

# Production dependencies only from here on: what the runtime stage copies.
RUN npm prune --omit=dev --no-audit --no-fund

# ---- runtime stage: node, the installed modules and the app; no compiler, no npm cache -----
FROM node:20-bookworm-slim AS runtime

# Libraries that look at it (undici, pino's dependencies) take their production paths.
ENV NODE_ENV=production
# A bounded heap: V8 otherwise lets a busy worker's heap grow well past what it keeps alive
# (polling 1,000 feeds: ~230 MB RSS by default, live heap ~50 MB; see `npm run bench`). 128 MB
# of old space leaves room for the largest feed limits.maxBodyBytes lets through; a 4 MB
# young generation (16 MB by default) costs a few more, cheap scavenges and ~30 MB less RSS.
ENV NODE_OPTIONS="--max-old-space-size=128 --max-semi-space-size=4"

WORKDIR /app

# Copied as root and left root-owned: the worker can read its code but not rewrite it.
# package.json is needed at run time: its "type": "module" makes bin/newshound.js an ES module,
# and the code finds the project root (config/, state/) by walking up to it.
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules/ ./node_modules/
COPY --from=build /app/bin/ ./bin/
COPY --from=build /app/dist/ ./dist/
COPY --from=build /app/src/ ./src/
COPY --from=build /app/config/ ./config/

# state/ (the SQLite file and the heartbeat) is the one directory the worker writes. It is
# created and given to `node` before VOLUME because changes made after a VOLUME line are
# discarded, and a new named volume starts as a copy of this directory, ownership included.
RUN mkdir -p /app/state && chown node:node /app/state
VOLUME ["/app/state"]

# The base image's unprivileged user (uid 1000), never root.
USER node

# `health` exits 0 while the heartbeat beside the state (state/newshound.sqlite.heartbeat.json) is under 60 s old (the worker rewrites it every
# 15 s, so one late beat is not an outage) and the worker is healthy: it turns unhealthy after 3
# failed cycles, 3 cycles with every feed failing or 3 failed state writes in a row, or 3 schedule
# intervals without a completed cycle or with every Discord send failing (README: Operations). start-period covers learning the topic.
# /healthz and /metrics are served only when metrics.port is set (NEWSHOUND_METRICS_PORT).
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s CMD ["node", "bin/newshound.js", "health"]

# Exec form: node is PID 1 and receives `docker stop`'s SIGTERM itself (a `sh -c` in front
# would not pass it on), finishes the cycle in flight and exits 0. A cycle can take up to
# limits.totalTimeoutMs (30 s) plus publishing, more than docker stop's 10 s default before
# SIGKILL: give `docker stop -t 45`, or `stop_grace_period: 45s` in compose.
ENTRYPOINT ["node", "bin/newshound.js"]
# The default command; `docker run newshound once` or `... health` pick another.
CMD ["start"]
