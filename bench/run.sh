#!/usr/bin/env bash
# The runner behind ./eid bench (which installs what it needs, builds, starts the private cluster
# .eid/pg-bench and passes ROOT, STATE, PG_PORT, PG_PASSWORD, BENCH_APP_PASSWORD, BENCH_URL,
# WEB_DLL and CLI_DLL). Measures DESIGN §8's work against its peers and writes the figures between
# the bench markers of docs/performance.md. Figures, never pass/fail: a failure here is a broken run.
#
# Settings (environment): EID_BENCH_RUNS (5) runs of each offline command; EID_BENCH_INGEST_RUNS (5)
# single-organisation 1M-row uploads and \copy runs; EID_BENCH_SNAPSHOT_ROWS (200000) rows per
# snapshot for the API data; EID_BENCH_SECONDS (30) per wrk run; EID_BENCH_ONLY (e.g. "analyse api")
# to rerun some sections only (the report keeps the other sections' figures from the last run).
set -euo pipefail
# `producer | collect` keeps collect's variables.
shopt -s lastpipe

BENCH_DLL="$ROOT/bench/EidAnalytics.Benchmarks/bin/Release/net10.0/EidAnalytics.Benchmarks.dll"
RUNS=${EID_BENCH_RUNS:-5}
INGEST_RUNS=${EID_BENCH_INGEST_RUNS:-5}
SNAPSHOT_ROWS=${EID_BENCH_SNAPSHOT_ROWS:-200000}
SECONDS_PER_RUN=${EID_BENCH_SECONDS:-30}
SECTIONS="analyse ingest latency api briefings comparisons micro"
ONLY=${EID_BENCH_ONLY:-$SECTIONS}
ORGANISATIONS=400
OWNER="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Password=$PG_PASSWORD;Database=eid_bench"
export PGPASSWORD=$PG_PASSWORD
PSQL=(psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d eid_bench -v ON_ERROR_STOP=1 -qAt)
WORK=$(mktemp -d /tmp/eid-bench.XXXXXX)
LOGS="$STATE/bench-logs"
PREVIOUS="$STATE/bench-results.txt"
rm -rf "$LOGS" && mkdir -p "$LOGS"
declare -A R=()
# A partial run starts from the last run's figures; what it measures again comes later and wins.
if [ "$ONLY" != "$SECTIONS" ] && [ -f "$PREVIOUS" ]; then
  grep -v '^rerun_' "$PREVIOUS" > "$LOGS/results.txt"
  # The run the other sections come from: the last full run, however many partial runs since.
  origin=$(sed -n 's/^rerun_of=//p' "$PREVIOUS" | tail -1)
  echo "rerun_of=${origin:-$(sed -n 's/^date=//p' "$PREVIOUS" | tail -1)}" >> "$LOGS/results.txt"
  echo "rerun_sections=$ONLY" >> "$LOGS/results.txt"
fi
SERVICE_PID=""

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
record() { R[$1]=$2; echo "$1=$2" >> "$LOGS/results.txt"; }
wants() { [[ " $ONLY " == *" $1 "* ]]; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
# Reads key=value lines (from the service driver or wrk) into R with a prefix.
collect() { local prefix=$1 key value; while IFS='=' read -r key value; do [ -n "$key" ] && record "${prefix}_$key" "$value"; done; }

cleanup() {
  stop_service
  rm -rf "$WORK"
}
trap cleanup EXIT

# timed NAME COMMAND...: one run under GNU time, appending "wall user sys maxrss_kb" to NAME's list.
timed() {
  local name=$1; shift
  /usr/bin/time -f '%e %U %S %M' -o "$WORK/time.out" "$@" >>"$LOGS/$name.out" 2>&1
  tail -1 "$WORK/time.out" >> "$WORK/$name.times"
}

# summarise NAME: medians of wall, CPU (user + sys) and peak RSS over NAME's runs, and every wall time.
summarise() {
  local t="$WORK/$1.times"
  record "$1_wall_s" "$(awk '{ print $1 }' "$t" | median)"
  record "$1_cpu_s" "$(awk '{ print $2 + $3 }' "$t" | median)"
  record "$1_rss_mb" "$(awk '{ printf "%.0f\n", $4 / 1024 }' "$t" | median)"
  record "$1_runs" "$(awk '{ printf "%s%s", sep, $1; sep = ", " }' "$t")"
}

# ---------------------------------------------------------------- the service

start_service() {
  say "starting the service on $BENCH_URL"
  mkdir -p "$WORK/files"
  ASPNETCORE_ENVIRONMENT=Production \
  ASPNETCORE_URLS=$BENCH_URL \
  ASPNETCORE_CONTENTROOT="$ROOT/src/EidAnalytics.Web" \
  ConnectionStrings__Eid="Host=127.0.0.1;Port=$PG_PORT;Username=eid_app;Password=$BENCH_APP_PASSWORD;Database=eid_bench" \
  ConnectionStrings__EidOwner="$OWNER" \
  Eid__Reference__OrganisationsFile="$WORK/organisations.csv" \
  Eid__Storage__Directory="$WORK/files" \
  Eid__Pseudonymisation__KeyFile="$STATE/pseudonym.key" \
  Eid__RateLimits__SignInsPerMinute=100000 \
  Eid__RateLimits__UploadsPerMinute=100000 \
    dotnet "$WEB_DLL" >"$LOGS/service.log" 2>&1 &
  SERVICE_PID=$!
  for _ in $(seq 1 240); do
    kill -0 "$SERVICE_PID" 2>/dev/null || { tail -30 "$LOGS/service.log" >&2; exit 1; }
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$BENCH_URL/health")" = 200 ]; then
      sample_memory &
      return
    fi
    sleep 0.25
  done
  echo "the service did not start; log: $LOGS/service.log" >&2
  exit 1
}

stop_service() {
  [ -n "$SERVICE_PID" ] || return 0
  kill -TERM "$SERVICE_PID" 2>/dev/null || true
  wait "$SERVICE_PID" 2>/dev/null || true
  SERVICE_PID=""
}

# Twice a second while the service runs: the phase, the service's RSS and the proportional set size
# (shared pages split among sharers) of everything it started: Playwright's driver and Chromium.
sample_memory() {
  echo setup > "$WORK/phase"
  while kill -0 "$SERVICE_PID" 2>/dev/null; do
    local service browser=0 pid
    service=$(awk '/^VmRSS/ { print $2 }' "/proc/$SERVICE_PID/status" 2>/dev/null || echo 0)
    for pid in $(ps -eo pid=,ppid= | awk -v root="$SERVICE_PID" '{ parent[$1] = $2 }
        END { for (p in parent) { q = p; while ((q in parent) && q != root && q > 1) q = parent[q]; if (q == root && p != root) print p } }'); do
      browser=$((browser + $(awk '/^Pss:/ { print $2 }' "/proc/$pid/smaps_rollup" 2>/dev/null || echo 0)))
    done
    echo "$(cat "$WORK/phase") $service $browser" >> "$LOGS/memory.txt"
    sleep 0.5
  done
}

phase() { echo "$1" > "$WORK/phase"; }

# peak PHASE: the largest service RSS and browser PSS (MB) sampled during the phase.
peak() {
  awk -v phase="$1" '$1 == phase { if ($2 > s) s = $2; if ($3 > b) b = $3 } END { printf "%.0f %.0f", s / 1024, b / 1024 }' "$LOGS/memory.txt"
}

# ---------------------------------------------------------------- the machine

record date "$(date -u '+%Y-%m-%d %H:%M UTC')"
record commit "$(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- src bench || echo ' (with uncommitted changes)')"
record cpu "$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)"
record cores "$(nproc)"
record memory_gb "$(awk '/MemTotal/ { printf "%.1f", $2 / 1048576 }' /proc/meminfo)"
record kernel "$(uname -r)"
record dotnet "$(dotnet --version)"
record postgres "$(psql --version | awk '{ print $3 }')"
record node "$(node --version)"
record duckdb "$(node -p "require('$ROOT/bench/duckdb/node_modules/@duckdb/node-api/package.json').version")"
record wrk "$(wrk --version 2>&1 | head -1 | awk '{ print $2 }')"
record chromium "$(chromium --version 2>/dev/null | awk '{ print $2 }')"

dotnet "$BENCH_DLL" organisations "$WORK/organisations.csv" "$ORGANISATIONS"

# ---------------------------------------------------------------- a. analyse vs DuckDB

if wants analyse; then
  say "a. generating the 1,000,000-row extract of $ORGANISATIONS organisations"
  dotnet "$BENCH_DLL" generate "$WORK/extract.csv" 1000000 "$ORGANISATIONS" 20250331
  record extract_mb "$(du -m "$WORK/extract.csv" | cut -f1)"
  record analyse_load "$(load)"
  # The three take turns, so a burst of load from elsewhere falls on all of them alike.
  for i in $(seq "$RUNS"); do
    say "a. run $i of $RUNS: analyse, DuckDB, CsvHelper scan"
    timed analyse dotnet "$CLI_DLL" analyse "$WORK/extract.csv" --json "$WORK/analyse.json"
    timed duckdb node "$ROOT/bench/duckdb/figures.mjs" "$WORK/extract.csv" "$WORK/duckdb.json"
    timed scan dotnet "$BENCH_DLL" scan "$WORK/extract.csv"
  done
  record analyse_load_after "$(load)"
  summarise analyse; summarise duckdb; summarise scan
  record agreement "$(node "$ROOT/bench/duckdb/compare.mjs" "$WORK/analyse.json" "$WORK/duckdb.json" | head -1)"
  rm -f "$WORK/extract.csv"
fi

# ---------------------------------------------------------------- b. ingest vs \copy

if wants ingest || wants latency || wants api || wants briefings || wants comparisons; then
  start_service
  say "viewer accounts and upload tokens for $ORGANISATIONS organisations; each viewer signs in"
  dotnet "$BENCH_DLL" service accounts "$BENCH_URL" "$OWNER" "$WORK/accounts" | collect accounts
fi

# Bulk loads leave autovacuum work (PostgreSQL vacuums and analyses a table after enough inserts);
# done untimed between timed runs, so it does not land inside the next one, for the service or \copy.
settle() { "${PSQL[@]}" -c "vacuum (analyze)"; }

if wants ingest; then
  # An upload is for one organisation, so the 1M rows are one organisation's (a whole-council HR
  # extract of a large employer); each run is a different seed, since an identical file is a no-op.
  phase ingest
  # The service runs for months: one unmeasured upload of the same size first, so the runs time a
  # warm service (code compiled by the JIT's later tiers, the heap grown to hold a million records;
  # the first such upload takes twice as long) where \copy's psql has no such start-up.
  dotnet "$BENCH_DLL" generate "$WORK/single.csv" 1000000 1 99
  dotnet "$BENCH_DLL" service ingest "$BENCH_URL" "$WORK/accounts/tokens.tsv" "$WORK/single.csv" E60000001 "$OWNER" >/dev/null
  record ingest_load "$(load)"
  for i in $(seq "$INGEST_RUNS"); do
    say "b. ingest run $i of $INGEST_RUNS: 1,000,000 rows through POST /api/extracts"
    dotnet "$BENCH_DLL" generate "$WORK/single.csv" 1000000 1 "$i"
    settle
    dotnet "$BENCH_DLL" service ingest "$BENCH_URL" "$WORK/accounts/tokens.tsv" "$WORK/single.csv" E60000001 "$OWNER" | collect "ingest_$i"
    echo "${R[ingest_${i}_received_to_finished_s]} 0 0 0" >> "$WORK/ingest.times"
    echo "${R[ingest_${i}_total_s]}" >> "$WORK/ingest_client.times"
    say "b. \\copy run $i of $INGEST_RUNS"
    "${PSQL[@]}" -c "drop table if exists bench_copy; create table bench_copy (
        organisation_code text, snapshot_date date, employee_ref text, job_family text, level smallint, grade text,
        fte double precision, start_date date, level_start_date date, last_promotion_date date, leave_date date,
        leave_reason text, gender text, ethnicity text, disability text, age_band text, working_pattern text,
        hourly_pay double precision, bonus_pay double precision)"
    settle
    timed copy "${PSQL[@]}" -c "\\copy bench_copy from '$WORK/single.csv' with (format csv, header true)"
  done
  record ingest_wall_s "$(awk '{ print $1 }' "$WORK/ingest.times" | median)"
  record ingest_client_s "$(median < "$WORK/ingest_client.times")"
  record ingest_runs "$(awk '{ printf "%s%s", sep, $1; sep = ", " }' "$WORK/ingest.times")"
  summarise copy
  record ingest_peak "$(peak ingest)"
  "${PSQL[@]}" -c "drop table bench_copy"
  rm -f "$WORK/single.csv"
fi

# ---------------------------------------------------------------- b2. upload latency

if wants latency; then
  # DESIGN §8: a 2,000-row file, received → loaded, on a warm idle service: the job server must
  # pick the job up at once (LISTEN/NOTIFY), not at its next poll. One unmeasured upload warms it;
  # each run is a different seed, since an identical file is a no-op; a second's pause between runs
  # lets every worker fall idle again.
  phase latency
  record latency_load "$(load)"
  for i in $(seq 0 11); do
    dotnet "$BENCH_DLL" generate "$WORK/small.csv" 2000 1 "$((500 + i))"
    dotnet "$BENCH_DLL" service ingest "$BENCH_URL" "$WORK/accounts/tokens.tsv" "$WORK/small.csv" E60000001 "$OWNER" | collect "latency_$i"
    [ "$i" -eq 0 ] || echo "${R[latency_${i}_received_to_finished_s]}" >> "$WORK/latency.times"
    sleep 1
  done
  record latency_ms "$(awk '{ printf "%.0f\n", $1 * 1000 }' "$WORK/latency.times" | median)"
  record latency_runs_ms "$(awk '{ printf "%s%.0f", sep, $1 * 1000; sep = ", " }' "$WORK/latency.times")"
  rm -f "$WORK/small.csv"
fi

# ---------------------------------------------------------------- c. API under load

if wants api || wants briefings || wants comparisons; then
  phase load
  say "c. generating $ORGANISATIONS organisations x 5 snapshots ($SNAPSHOT_ROWS rows per snapshot)"
  for year in 2021 2022 2023 2024 2025; do
    dotnet "$BENCH_DLL" generate-each "$WORK/snapshots" "$SNAPSHOT_ROWS" "$ORGANISATIONS" "$year" "$year-03-31"
  done
  say "c. uploading $((ORGANISATIONS * 5)) files through POST /api/extracts, 8 at a time"
  record upload_load "$(load)"
  dotnet "$BENCH_DLL" service upload "$BENCH_URL" "$WORK/accounts/tokens.tsv" "$WORK/snapshots" "$OWNER" 8 | collect upload
  record upload_peak "$(peak load)"
  # The uploads asked for release refreshes; what follows is timed on the release of all 2,000 files.
  dotnet "$BENCH_DLL" service released "$OWNER" | collect release
  record release_refresh_ms "$(grep -o 'Release [0-9]* published: [^"]* in [0-9]* ms' "$LOGS/service.log" | tail -1 | grep -o '[0-9]* ms$' | cut -d' ' -f1)"
  if wants comparisons; then
    # DESIGN §8: the offline release of the same 2,000 files within 2 × analyse of them; the two take turns.
    files=("$WORK"/snapshots/*.csv)
    record publish_load "$(load)"
    for i in $(seq 3); do
      say "f. run $i of 3: publish and analyse of the ${#files[@]} files"
      timed publish dotnet "$CLI_DLL" publish "${files[@]}" --organisations "$WORK/organisations.csv" --key-file "$STATE/pseudonym.key" --json "$WORK/publish.json"
      timed analyse_files dotnet "$CLI_DLL" analyse "${files[@]}" --json "$WORK/analyse-files.json"
    done
    summarise publish; summarise analyse_files
  fi
  rm -rf "$WORK/snapshots"
  settle
fi

if wants api; then
  phase api
  for page in api page; do
    template=$([ "$page" = api ] && echo "/api/organisations/%s/metrics" || echo "/organisations/%s")
    first=$(head -1 "$WORK/accounts/cookies.tsv")
    status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: ${first#*	}" "$BENCH_URL$(printf "$template" "${first%%	*}")")
    [ "$status" = 200 ] || { echo "$page answered $status to its viewer" >&2; exit 1; }
    say "c. $page: warm-up, then $SECONDS_PER_RUN s at 64 connections"
    wrk -t2 -c64 -d5s -s "$ROOT/bench/wrk/organisations.lua" "$BENCH_URL" -- "$template" "$WORK/accounts/cookies.tsv" >/dev/null
    record "${page}_load" "$(load)"
    wrk -t2 -c64 -d"${SECONDS_PER_RUN}s" --timeout 10s -s "$ROOT/bench/wrk/organisations.lua" "$BENCH_URL" -- "$template" "$WORK/accounts/cookies.tsv" \
      | tee "$LOGS/wrk-$page.txt" | grep '=' | collect "$page"
  done
  record api_peak "$(peak api)"
fi

# ---------------------------------------------------------------- d. briefings

if wants briefings; then
  phase briefings
  say "d. briefings: 20 one at a time with a warm browser, then all $ORGANISATIONS"
  settle
  record briefings_load "$(load)"
  dotnet "$BENCH_DLL" service briefings "$BENCH_URL" "$WORK/accounts/cookies.tsv" "$OWNER" 20 8 | collect briefings
  record briefings_load_after "$(load)"
  # The service's own time for each render (figures, HTML and PDF), as it logs it.
  grep -o 'The briefing for [^ ]* printed in [0-9]* ms' "$LOGS/service.log" | awk '{ print $(NF - 1) }' > "$WORK/render.ms"
  record briefings_service_warm_median_ms "$(sed -n '2,21p' "$WORK/render.ms" | median)"
  record briefings_service_all_median_ms "$(sed -n '22,$p' "$WORK/render.ms" | median)"
  record briefings_peak "$(peak briefings)"
fi

# ---------------------------------------------------------------- f. cross-council pages

if wants comparisons; then
  # Each page or download is timed cold (first request to a service started for it: nothing compiled, the
  # release not yet read into memory) and warm (median of the next 5). The viewer's cookie outlives a restart.
  cookie=$(head -1 "$WORK/accounts/cookies.tsv" | cut -f2)
  subject=$(head -1 "$WORK/accounts/cookies.tsv" | cut -f1)
  basket=$(cut -f1 "$WORK/accounts/cookies.tsv" | awk 'NR % 8 == 1' | head -50 | paste -sd, -)
  declare -A PAGES=(
    [national]="/comparisons"
    [region]="/comparisons?set=region:London"
    [peers]="/comparisons?set=peers:$subject"
    [basket]="/comparisons?set=basket&orgs=$basket"
    [figures_csv]="/comparisons/figures.csv"
    [report_page]="/benchmarks/national/all"
  )
  record comparisons_load "$(load)"
  for name in national region peers basket figures_csv report_page; do
    stop_service; start_service
    phase comparisons
    say "f. $name: cold, then 5 warm"
    dotnet "$BENCH_DLL" service page "$BENCH_URL" "$cookie" "${PAGES[$name]}" 5 | collect "cross_$name"
  done
  stop_service; start_service
  say "f. the national benchmark report's PDF: cold (browser starting), then 5 warm"
  dotnet "$BENCH_DLL" service benchmark-pdf "$BENCH_URL" "$cookie" "$OWNER" 5 | collect cross_report_pdf
  record comparisons_load_after "$(load)"
  record comparisons_peak "$(peak comparisons)"
fi

if [ -n "$SERVICE_PID" ]; then
  record service_peak_mb "$(awk '/^VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$SERVICE_PID/status")"
  stop_service
fi

# ---------------------------------------------------------------- e. micro-benchmarks

if wants micro; then
  if grep -rEqs --include='*.cs' '\[Benchmark(\]|\()' "$ROOT/bench/EidAnalytics.Benchmarks"; then
    say "e. micro-benchmarks (BenchmarkDotNet, short job)"
    record micro_load "$(load)"
    (cd "$ROOT/bench/EidAnalytics.Benchmarks" && dotnet "$BENCH_DLL" micro --filter '*' --job short --artifacts "$WORK/bdn") > "$LOGS/micro.txt" 2>&1
    # BenchmarkDotNet writes a description's apostrophes as HTML entities in its GitHub tables.
    cat "$WORK"/bdn/results/*-report-github.md | sed "s/&#39;//g" > "$WORK/micro.md"
    cp "$WORK/micro.md" "$STATE/bench-micro.md"
  else
    echo "No micro-benchmark classes are in bench/EidAnalytics.Benchmarks yet; \`micro\` is wired and runs them once they are." > "$WORK/micro.md"
  fi
fi

# ---------------------------------------------------------------- the report

# A run without micro keeps the last run's micro-benchmark tables, as it keeps the other sections' figures.
wants micro || cp "$STATE/bench-micro.md" "$WORK/micro.md" 2>/dev/null || true
cp "$LOGS/results.txt" "$PREVIOUS"
dotnet "$BENCH_DLL" report "$LOGS/results.txt" "$WORK/micro.md" "$ROOT/docs/performance.md"
say "figures written to docs/performance.md (logs in .eid/bench-logs)"
