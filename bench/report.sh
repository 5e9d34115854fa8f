#!/usr/bin/env bash
# Writes ./eid bench's figures (RESULTS: key=value lines from bench/run.sh; MICRO: BenchmarkDotNet's
# GitHub table) between the "bench:begin" and "bench:end" markers of docs/performance.md, leaving
# the hand-written parts of the file (before/after, the reasons behind each target) as they are.
# Usage: bench/report.sh RESULTS MICRO DOC
set -euo pipefail
results=$1 micro=$2 doc=$3
declare -A R=()
while IFS='=' read -r key value; do [ -n "$key" ] && R[$key]=$value; done < "$results"

v() { printf '%s' "${R[$1]:-—}"; }
ratio() { [ -n "${R[$1]:-}" ] && [ -n "${R[$2]:-}" ] && awk -v a="${R[$1]}" -v b="${R[$2]}" 'BEGIN { printf "%.2f", a / b }' || printf '—'; }
# verdict VALUE LIMIT: "met" when VALUE <= LIMIT, "not met" otherwise, "not measured" without VALUE.
verdict() { [ -n "$1" ] && [ "$1" != — ] && awk -v a="$1" -v b="$2" 'BEGIN { print (a <= b) ? "**met**" : "**not met**" }' || echo "not measured"; }
# slowest SUFFIX: the largest page_*_SUFFIX figure of section f, or "—".
slowest() { local k m=""; for k in "${!R[@]}"; do [[ $k == cross_*_$1 ]] && m=$(awk -v a="${m:-0}" -v b="${R[$k]}" 'BEGIN { print (b > a) ? b : a }'); done; printf '%s' "${m:-—}"; }
peak() { local p=${R[$1]:-}; [ -n "$p" ] && printf '%s MB service, %s MB browser' ${p% *} ${p#* } || printf '—'; }

generated=$(cat <<EOF
<!-- bench:begin — written by ./eid bench (bench/run.sh, bench/report.sh); edit outside the markers -->
### Run of $(v date)
$([ -n "${R[rerun_of]:-}" ] && printf '\nSections measured again in this run: %s; the others are from the run of %s.\n' "$(v rerun_sections)" "$(v rerun_of)")

| machine | |
| --- | --- |
| CPU | $(v cpu), $(v cores) cores (the load average, the bench's own processes included, is given with each figure) |
| memory | $(v memory_gb) GB |
| software | Linux $(v kernel); .NET SDK $(v dotnet); PostgreSQL $(v postgres) (fsync on, the service's own cluster .eid/pg-bench); Node $(v node) with DuckDB $(v duckdb); wrk $(v wrk); Chromium $(v chromium) |
| code | commit $(v commit) |

#### a. \`analyse\` vs DuckDB on the 1,000,000-row extract ($(v extract_mb) MB, 400 organisations)

Median of the runs below, each command started afresh (process start included for all three).
Load average $(v analyse_load) before, $(v analyse_load_after) after.

| command | median wall (s) | median CPU user+sys (s) | median peak RSS (MB) | every run's wall (s) |
| --- | ---: | ---: | ---: | --- |
| \`eid-cli analyse FILE --json OUT\` | $(v analyse_wall_s) | $(v analyse_cpu_s) | $(v analyse_rss_mb) | $(v analyse_runs) |
| DuckDB \`node bench/duckdb/figures.mjs\` | $(v duckdb_wall_s) | $(v duckdb_cpu_s) | $(v duckdb_rss_mb) | $(v duckdb_runs) |
| CsvHelper 34 scan of every field (floor) | $(v scan_wall_s) | $(v scan_cpu_s) | $(v scan_rss_mb) | $(v scan_runs) |

Ratios (wall): analyse / DuckDB = **$(ratio analyse_wall_s duckdb_wall_s)**; analyse / floor = **$(ratio analyse_wall_s scan_wall_s)**.
CPU: analyse / DuckDB = $(ratio analyse_cpu_s duckdb_cpu_s). Agreement (\`bench/duckdb/compare.mjs\`, to 1e-9): $(v agreement).

#### b. Ingest vs \`\\copy\` (1,000,000 rows of one organisation)

An upload is for one organisation, so each run uploads a 1,000,000-row single-organisation
extract (same generator, a different seed per run, since an identical file is a no-op) through
\`POST /api/extracts\` with the organisation's token. The service's time is the \`uploads\` row's
\`received_at\` → \`finished_at\` (stored, validated, pseudonymised, COPYed, metrics computed and
stored, committed). The peer is \`psql \\copy\` of the same file into an unindexed table of the
same columns (text, date, smallint, double precision), on the same cluster. Load average $(v ingest_load).

| | median (s) | every run (s) |
| --- | ---: | --- |
| service: received → loaded (after one unmeasured warm-up upload) | $(v ingest_wall_s) | $(v ingest_runs) |
| service: client's POST + polling until loaded | $(v ingest_client_s) | |
| \`psql \\copy\` | $(v copy_wall_s) | $(v copy_runs) |

Ratio service / \`\\copy\` = **$(ratio ingest_wall_s copy_wall_s)**. Peak memory while ingesting: $(peak ingest_peak).

#### b2. Upload latency (2,000 rows, warm idle service)

Eleven 2,000-row single-organisation uploads, one at a time with a second's pause between them,
after one unmeasured upload; each \`received_at\` → \`finished_at\` as in b: median
**$(v latency_ms) ms** (every run: $(v latency_runs_ms) ms; load average $(v latency_load)).

#### c. API and dashboard under load (400 organisations × 5 snapshots)

Loaded through the real upload API: $(v upload_files) files, one per organisation and snapshot
(31 March 2021–2025, $(v upload_rows) rows in all), 8 uploads in flight with each organisation's
token: posted in $(v upload_posted_s) s, all loaded in $(v upload_loaded_s) s (load average $(v upload_load)).
Then wrk (2 threads, 64 connections, loopback, $(v api_requests) and $(v page_requests) requests) with
\`bench/wrk/organisations.lua\`, each request for a random one of the 400 organisations, signed in
as that organisation's viewer (400 accounts, each signed in through the sign-in form in
$(v accounts_sign_in_s) s); 5 s of warm-up first.

| endpoint | requests/s | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) | not 200 | socket errors | load average |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |
| \`GET /api/organisations/{code}/metrics\` | $(v api_rps) | $(v api_p50_ms) | **$(v api_p95_ms)** | $(v api_p99_ms) | $(v api_max_ms) | $(v api_not_200) | $(v api_socket_errors) | $(v api_load) |
| \`GET /organisations/{code}\` (dashboard page) | $(v page_rps) | $(v page_p50_ms) | **$(v page_p95_ms)** | $(v page_p99_ms) | $(v page_max_ms) | $(v page_not_200) | $(v page_socket_errors) | $(v page_load) |

Peak memory under load: $(peak api_peak); while loading the 2,000 files: $(peak upload_peak).

#### d. Briefings (through the real job, asked for on each organisation's briefings page)

| | figure |
| --- | ---: |
| first briefing (browser starting) | $(v briefings_first_ms) ms |
| warm, one at a time: median / p95 of $(v briefings_warm_n), request → PDF stored | **$(v briefings_warm_median_ms)** / $(v briefings_warm_p95_ms) ms |
| warm, one at a time: the service's logged render time (figures, HTML, PDF), median | $(v briefings_service_warm_median_ms) ms |
| all $(v briefings_all_n) organisations, requested at once: first request → last PDF stored | **$(v briefings_all_s) s** (requests took $(v briefings_all_requested_s) s) |
| the same, the service's logged render time, median | $(v briefings_service_all_median_ms) ms |
| peak memory while rendering | $(peak briefings_peak) (PSS of Playwright's driver and Chromium's processes) |
| peak RSS of the service over the whole run | $(v service_peak_mb) MB |

Load average $(v briefings_load) before, $(v briefings_load_after) after.

#### f. Cross-council pages and the offline release (400 organisations × 5 snapshots)

On the data of c, once the release refresh the uploads asked for had published (the last refresh,
which rebuilds every snapshot's release from the stored cells: $(v release_refresh_ms) ms; $(v release_figures)
published figures). Each page or download was timed as a signed-in user: **cold** is the first
request to a service started for it (no code compiled yet, the release not yet read into memory),
**warm** the median of the next 5. The PDF is timed from "Print a PDF now" to the stored PDF.
Load average $(v comparisons_load) before, $(v comparisons_load_after) after.

| page or download | cold (ms) | warm median (ms) | warm runs (ms) | size (bytes) |
| --- | ---: | ---: | --- | ---: |
| national comparison \`/comparisons\` | $(v cross_national_cold_ms) | **$(v cross_national_warm_median_ms)** | $(v cross_national_warm_runs_ms) | $(v cross_national_bytes) |
| a region (London) | $(v cross_region_cold_ms) | **$(v cross_region_warm_median_ms)** | $(v cross_region_warm_runs_ms) | $(v cross_region_bytes) |
| a peer group (a council and its nearest peers) | $(v cross_peers_cold_ms) | **$(v cross_peers_warm_median_ms)** | $(v cross_peers_warm_runs_ms) | $(v cross_peers_bytes) |
| a 50-council basket | $(v cross_basket_cold_ms) | **$(v cross_basket_warm_median_ms)** | $(v cross_basket_warm_runs_ms) | $(v cross_basket_bytes) |
| the national figures CSV | $(v cross_figures_csv_cold_ms) | **$(v cross_figures_csv_warm_median_ms)** | $(v cross_figures_csv_warm_runs_ms) | $(v cross_figures_csv_bytes) |
| the national benchmark report page | $(v cross_report_page_cold_ms) | **$(v cross_report_page_warm_median_ms)** | $(v cross_report_page_warm_runs_ms) | $(v cross_report_page_bytes) |
| the national benchmark report PDF | $(v cross_report_pdf_cold_ms) | **$(v cross_report_pdf_warm_median_ms)** | $(v cross_report_pdf_warm_runs_ms) | $(v cross_report_pdf_bytes) |

Offline, the same $(v upload_files) files (load average $(v publish_load)), three runs each, taking turns:

| command | median wall (s) | median CPU (s) | median peak RSS (MB) | every run's wall (s) |
| --- | ---: | ---: | ---: | --- |
| \`eid-cli publish FILES --organisations ORGS --json OUT\` | $(v publish_wall_s) | $(v publish_cpu_s) | $(v publish_rss_mb) | $(v publish_runs) |
| \`eid-cli analyse FILES --json OUT\` | $(v analyse_files_wall_s) | $(v analyse_files_cpu_s) | $(v analyse_files_rss_mb) | $(v analyse_files_runs) |

Ratio publish / analyse = **$(ratio publish_wall_s analyse_files_wall_s)**.

#### e. Micro-benchmarks (BenchmarkDotNet, \`--job short\`, load average $(v micro_load))

$(cat "$micro" 2>/dev/null || echo "Not run.")

#### DESIGN §8 targets in this run

| target | figure | verdict |
| --- | --- | --- |
| analyse ≤ DuckDB (ratio ≤ 1.0) | $(ratio analyse_wall_s duckdb_wall_s) | $(verdict "$(ratio analyse_wall_s duckdb_wall_s)" 1.0) |
| analyse ≤ 3 × the CsvHelper floor | $(ratio analyse_wall_s scan_wall_s) × | $(verdict "$(ratio analyse_wall_s scan_wall_s)" 3.0) |
| analyse peak memory ≤ 200 MB | $(v analyse_rss_mb) MB | $(verdict "$(v analyse_rss_mb)" 200) |
| ingest ≤ 1.5 × \`\\copy\` | $(ratio ingest_wall_s copy_wall_s) × | $(verdict "$(ratio ingest_wall_s copy_wall_s)" 1.5) |
| upload → loaded, 2,000 rows, warm idle, median ≤ 300 ms | $(v latency_ms) ms | $(verdict "$(v latency_ms)" 300) |
| dashboard API p95 ≤ 50 ms at 64 connections | $(v api_p95_ms) ms | $(verdict "$(v api_p95_ms)" 50) |
| (the dashboard page, which §8 does not name, by the same limit) | $(v page_p95_ms) ms | $(verdict "$(v page_p95_ms)" 50) |
| every cross-council page and download ≤ 1 s cold (slowest) | $(slowest cold_ms) ms | $(verdict "$(slowest cold_ms)" 1000) |
| every cross-council page and download ≤ 100 ms warm (slowest median) | $(slowest warm_median_ms) ms | $(verdict "$(slowest warm_median_ms)" 100) |
| \`publish\` ≤ 2 × \`analyse\` of the same files | $(ratio publish_wall_s analyse_files_wall_s) × | $(verdict "$(ratio publish_wall_s analyse_files_wall_s)" 2.0) |
| briefing ≤ 300 ms warm | median $(v briefings_warm_median_ms) ms | $(verdict "$(v briefings_warm_median_ms)" 300) |
| 400 briefings ≤ 2 min | $(v briefings_all_s) s | $(verdict "$(v briefings_all_s)" 120) |
<!-- bench:end -->
EOF
)

if [ -f "$doc" ] && grep -q '<!-- bench:begin' "$doc"; then
  BLOCK=$generated awk '
    /<!-- bench:begin/ { print ENVIRON["BLOCK"]; skipping = 1; next }
    /<!-- bench:end -->/ { skipping = 0; next }
    !skipping { print }' "$doc" > "$doc.part"
else
  { printf '# Performance\n\n'; printf '%s\n' "$generated"; } > "$doc.part"
fi
mv "$doc.part" "$doc"
