namespace EidAnalytics.Benchmarks.Report;

/// <summary>
/// The Markdown that ./eid bench writes between the bench markers of docs/performance.md: the
/// machine, then sections a–f and DESIGN §8's targets with this run's figures.
/// </summary>
public static class PerformanceSection
{
    public const string BeginMarker = "<!-- bench:begin";
    public const string EndMarker = "<!-- bench:end -->";

    /// <summary>
    /// The section, from its begin marker to its end marker, without a final line break.
    /// <paramref name="micro"/> is BenchmarkDotNet's GitHub tables, or null when there are none.
    /// </summary>
    public static string Write(BenchResults r, string? micro)
    {
        micro = micro is null ? "Not run." : micro.TrimEnd('\n');
        return $$"""
<!-- bench:begin — written by ./eid bench (bench/EidAnalytics.Benchmarks: run, report); edit outside the markers -->
### Run of {{r.Value("date")}}
{{Rerun(r)}}

| machine | |
| --- | --- |
| CPU | {{r.Value("cpu")}}, {{r.Value("cores")}} cores (the load average, the bench's own processes included, is given with each figure) |
| memory | {{r.Value("memory_gb")}} GB |
| software | Linux {{r.Value("kernel")}}; .NET SDK {{r.Value("dotnet")}}; PostgreSQL {{r.Value("postgres")}} (fsync on, the service's own cluster .eid/pg-bench); Node {{r.Value("node")}} with DuckDB {{r.Value("duckdb")}}; wrk {{r.Value("wrk")}}; Chromium {{r.Value("chromium")}} |
| code | commit {{r.Value("commit")}} |

#### a. `analyse` vs DuckDB on the 1,000,000-row extract ({{r.Value("extract_mb")}} MB, 400 organisations)

Median of the runs below, each command started afresh (process start included for all three).
Load average {{r.Value("analyse_load")}} before, {{r.Value("analyse_load_after")}} after.

| command | median wall (s) | median CPU user+sys (s) | median peak RSS (MB) | every run's wall (s) |
| --- | ---: | ---: | ---: | --- |
| `eid-cli analyse FILE --json OUT` | {{r.Value("analyse_wall_s")}} | {{r.Value("analyse_cpu_s")}} | {{r.Value("analyse_rss_mb")}} | {{r.Value("analyse_runs")}} |
| DuckDB `node bench/duckdb/figures.mjs` | {{r.Value("duckdb_wall_s")}} | {{r.Value("duckdb_cpu_s")}} | {{r.Value("duckdb_rss_mb")}} | {{r.Value("duckdb_runs")}} |
| CsvHelper 34 scan of every field (floor) | {{r.Value("scan_wall_s")}} | {{r.Value("scan_cpu_s")}} | {{r.Value("scan_rss_mb")}} | {{r.Value("scan_runs")}} |

Ratios (wall): analyse / DuckDB = **{{r.Ratio("analyse_wall_s", "duckdb_wall_s")}}**; analyse / floor = **{{r.Ratio("analyse_wall_s", "scan_wall_s")}}**.
CPU: analyse / DuckDB = {{r.Ratio("analyse_cpu_s", "duckdb_cpu_s")}}. Agreement (`bench/duckdb/compare.mjs`, to 1e-9): {{r.Value("agreement")}}.

#### b. Ingest vs `\copy` (1,000,000 rows of one organisation)

An upload is for one organisation, so each run uploads a 1,000,000-row single-organisation
extract (same generator, a different seed per run, since an identical file is a no-op) through
`POST /api/extracts` with the organisation's token. The service's time is the `uploads` row's
`received_at` → `finished_at` (stored, validated, pseudonymised, COPYed, metrics computed and
stored, committed). The peer is `psql \copy` of the same file into an unindexed table of the
same columns (text, date, smallint, double precision), on the same cluster. Load average {{r.Value("ingest_load")}}.

| | median (s) | every run (s) |
| --- | ---: | --- |
| service: received → loaded (after one unmeasured warm-up upload) | {{r.Value("ingest_wall_s")}} | {{r.Value("ingest_runs")}} |
| service: client's POST + polling until loaded | {{r.Value("ingest_client_s")}} | |
| `psql \copy` | {{r.Value("copy_wall_s")}} | {{r.Value("copy_runs")}} |

Ratio service / `\copy` = **{{r.Ratio("ingest_wall_s", "copy_wall_s")}}**. Peak memory while ingesting: {{r.Peak("ingest_peak")}}.

#### b2. Upload latency (2,000 rows, warm idle service)

Eleven 2,000-row single-organisation uploads, one at a time with a second's pause between them,
after one unmeasured upload; each `received_at` → `finished_at` as in b: median
**{{r.Value("latency_ms")}} ms** (every run: {{r.Value("latency_runs_ms")}} ms; load average {{r.Value("latency_load")}}).

#### c. API and dashboard under load (400 organisations × 5 snapshots)

Loaded through the real upload API: {{r.Value("upload_files")}} files, one per organisation and snapshot
(31 March 2021–2025, {{r.Value("upload_rows")}} rows in all), 8 uploads in flight with each organisation's
token: posted in {{r.Value("upload_posted_s")}} s, all loaded in {{r.Value("upload_loaded_s")}} s (load average {{r.Value("upload_load")}}).
Then wrk (2 threads, 64 connections, loopback, {{r.Value("api_requests")}} and {{r.Value("page_requests")}} requests) with
`bench/wrk/organisations.lua`, each request for a random one of the 400 organisations, signed in
as that organisation's viewer (400 accounts, each signed in through the sign-in form in
{{r.Value("accounts_sign_in_s")}} s); 5 s of warm-up first.

| endpoint | requests/s | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) | not 200 | socket errors | load average |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |
| `GET /api/organisations/{code}/metrics` | {{r.Value("api_rps")}} | {{r.Value("api_p50_ms")}} | **{{r.Value("api_p95_ms")}}** | {{r.Value("api_p99_ms")}} | {{r.Value("api_max_ms")}} | {{r.Value("api_not_200")}} | {{r.Value("api_socket_errors")}} | {{r.Value("api_load")}} |
| `GET /organisations/{code}` (dashboard page) | {{r.Value("page_rps")}} | {{r.Value("page_p50_ms")}} | **{{r.Value("page_p95_ms")}}** | {{r.Value("page_p99_ms")}} | {{r.Value("page_max_ms")}} | {{r.Value("page_not_200")}} | {{r.Value("page_socket_errors")}} | {{r.Value("page_load")}} |

Peak memory under load: {{r.Peak("api_peak")}}; while loading the 2,000 files: {{r.Peak("upload_peak")}}.

#### d. Briefings (through the real job, asked for on each organisation's briefings page)

| | figure |
| --- | ---: |
| first briefing (browser starting) | {{r.Value("briefings_first_ms")}} ms |
| warm, one at a time: median / p95 of {{r.Value("briefings_warm_n")}}, request → PDF stored | **{{r.Value("briefings_warm_median_ms")}}** / {{r.Value("briefings_warm_p95_ms")}} ms |
| warm, one at a time: the service's logged render time (figures, HTML, PDF), median | {{r.Value("briefings_service_warm_median_ms")}} ms |
| all {{r.Value("briefings_all_n")}} organisations, requested at once: first request → last PDF stored | **{{r.Value("briefings_all_s")}} s** (requests took {{r.Value("briefings_all_requested_s")}} s) |
| the same, the service's logged render time, median | {{r.Value("briefings_service_all_median_ms")}} ms |
| peak memory while rendering | {{r.Peak("briefings_peak")}} (PSS of Playwright's driver and Chromium's processes) |
| peak RSS of the service over the whole run | {{r.Value("service_peak_mb")}} MB |

Load average {{r.Value("briefings_load")}} before, {{r.Value("briefings_load_after")}} after.

#### f. Cross-council pages and the offline release (400 organisations × 5 snapshots)

On the data of c, once the release refresh the uploads asked for had published (the last refresh,
which rebuilds every snapshot's release from the stored cells: {{r.Value("release_refresh_ms")}} ms; {{r.Value("release_figures")}}
published figures). Each page or download was timed as a signed-in user: **cold** is the first
request to a service started for it (no code compiled yet, the release not yet read into memory),
**warm** the median of the next 5. The PDF is timed from "Make a PDF" to the stored PDF.
Load average {{r.Value("comparisons_load")}} before, {{r.Value("comparisons_load_after")}} after.

| page or download | cold (ms) | warm median (ms) | warm runs (ms) | size (bytes) |
| --- | ---: | ---: | --- | ---: |
| national comparison `/comparisons` | {{r.Value("cross_national_cold_ms")}} | **{{r.Value("cross_national_warm_median_ms")}}** | {{r.Value("cross_national_warm_runs_ms")}} | {{r.Value("cross_national_bytes")}} |
| a region (London) | {{r.Value("cross_region_cold_ms")}} | **{{r.Value("cross_region_warm_median_ms")}}** | {{r.Value("cross_region_warm_runs_ms")}} | {{r.Value("cross_region_bytes")}} |
| a peer group (a council and its nearest peers) | {{r.Value("cross_peers_cold_ms")}} | **{{r.Value("cross_peers_warm_median_ms")}}** | {{r.Value("cross_peers_warm_runs_ms")}} | {{r.Value("cross_peers_bytes")}} |
| a 50-council basket | {{r.Value("cross_basket_cold_ms")}} | **{{r.Value("cross_basket_warm_median_ms")}}** | {{r.Value("cross_basket_warm_runs_ms")}} | {{r.Value("cross_basket_bytes")}} |
| the national figures CSV | {{r.Value("cross_figures_csv_cold_ms")}} | **{{r.Value("cross_figures_csv_warm_median_ms")}}** | {{r.Value("cross_figures_csv_warm_runs_ms")}} | {{r.Value("cross_figures_csv_bytes")}} |
| the national benchmark report page | {{r.Value("cross_report_page_cold_ms")}} | **{{r.Value("cross_report_page_warm_median_ms")}}** | {{r.Value("cross_report_page_warm_runs_ms")}} | {{r.Value("cross_report_page_bytes")}} |
| the national benchmark report PDF | {{r.Value("cross_report_pdf_cold_ms")}} | **{{r.Value("cross_report_pdf_warm_median_ms")}}** | {{r.Value("cross_report_pdf_warm_runs_ms")}} | {{r.Value("cross_report_pdf_bytes")}} |

Offline, the same {{r.Value("upload_files")}} files (load average {{r.Value("publish_load")}}), three runs each, taking turns:

| command | median wall (s) | median CPU (s) | median peak RSS (MB) | every run's wall (s) |
| --- | ---: | ---: | ---: | --- |
| `eid-cli publish FILES --organisations ORGS --json OUT` | {{r.Value("publish_wall_s")}} | {{r.Value("publish_cpu_s")}} | {{r.Value("publish_rss_mb")}} | {{r.Value("publish_runs")}} |
| `eid-cli analyse FILES --json OUT` | {{r.Value("analyse_files_wall_s")}} | {{r.Value("analyse_files_cpu_s")}} | {{r.Value("analyse_files_rss_mb")}} | {{r.Value("analyse_files_runs")}} |

Ratio publish / analyse = **{{r.Ratio("publish_wall_s", "analyse_files_wall_s")}}**.

#### e. Micro-benchmarks (BenchmarkDotNet, `--job short`, load average {{r.Value("micro_load")}})

{{micro}}

#### DESIGN §8 targets in this run

| target | figure | verdict |
| --- | --- | --- |
| analyse ≤ DuckDB (ratio ≤ 1.0) | {{r.Ratio("analyse_wall_s", "duckdb_wall_s")}} | {{BenchResults.Verdict(r.Ratio("analyse_wall_s", "duckdb_wall_s"), "1.0")}} |
| analyse ≤ 3 × the CsvHelper floor | {{r.Ratio("analyse_wall_s", "scan_wall_s")}} × | {{BenchResults.Verdict(r.Ratio("analyse_wall_s", "scan_wall_s"), "3.0")}} |
| analyse peak memory ≤ 200 MB | {{r.Value("analyse_rss_mb")}} MB | {{BenchResults.Verdict(r.Value("analyse_rss_mb"), "200")}} |
| ingest ≤ 1.5 × `\copy` | {{r.Ratio("ingest_wall_s", "copy_wall_s")}} × | {{BenchResults.Verdict(r.Ratio("ingest_wall_s", "copy_wall_s"), "1.5")}} |
| upload → loaded, 2,000 rows, warm idle, median ≤ 300 ms | {{r.Value("latency_ms")}} ms | {{BenchResults.Verdict(r.Value("latency_ms"), "300")}} |
| dashboard API p95 ≤ 50 ms at 64 connections | {{r.Value("api_p95_ms")}} ms | {{BenchResults.Verdict(r.Value("api_p95_ms"), "50")}} |
| (the dashboard page, which §8 does not name, by the same limit) | {{r.Value("page_p95_ms")}} ms | {{BenchResults.Verdict(r.Value("page_p95_ms"), "50")}} |
| every cross-council page and download ≤ 1 s cold (slowest) | {{r.Slowest("cold_ms")}} ms | {{BenchResults.Verdict(r.Slowest("cold_ms"), "1000")}} |
| every cross-council page and download ≤ 100 ms warm (slowest median) | {{r.Slowest("warm_median_ms")}} ms | {{BenchResults.Verdict(r.Slowest("warm_median_ms"), "100")}} |
| `publish` ≤ 2 × `analyse` of the same files | {{r.Ratio("publish_wall_s", "analyse_files_wall_s")}} × | {{BenchResults.Verdict(r.Ratio("publish_wall_s", "analyse_files_wall_s"), "2.0")}} |
| briefing ≤ 300 ms warm | median {{r.Value("briefings_warm_median_ms")}} ms | {{BenchResults.Verdict(r.Value("briefings_warm_median_ms"), "300")}} |
| 400 briefings ≤ 2 min | {{r.Value("briefings_all_s")}} s | {{BenchResults.Verdict(r.Value("briefings_all_s"), "120")}} |
<!-- bench:end -->
""";
    }

    // A partial run says which sections it measured again and which run the others come from.
    private static string Rerun(BenchResults r) =>
        r.Find("rerun_of") is null ? ""
        : $"\nSections measured again in this run: {r.Value("rerun_sections")}; the others are from the run of {r.Value("rerun_of")}.";
}
