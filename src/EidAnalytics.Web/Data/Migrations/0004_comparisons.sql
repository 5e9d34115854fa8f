-- Reference data for comparisons (type, region, size features), user-entered benchmarks with their
-- source, and stored benchmark reports.

-- Every organisation gets a type; rows created before this migration (and by tests that name only a
-- code and a name) are 'other_public_body' until the reference list or an admin says otherwise.
alter table organisations
    add column type text not null default 'other_public_body' check (type in (
        'district', 'unitary', 'county', 'metropolitan_district', 'london_borough',
        'welsh_unitary', 'scottish_council', 'other_public_body')),
    add column region text,
    add column it_team_size integer check (it_team_size > 0),
    add column workforce_size integer check (workforce_size > 0),
    -- Set when an admin edits the row: the reference list seeded at start-up then leaves it alone.
    add column edited_by_admin boolean not null default false;

-- A benchmark value someone entered, with where it came from (e.g. a published survey).
create table benchmarks (
    id bigint generated always as identity primary key,
    metric_id text not null,
    name text not null,
    value double precision not null check (value >= 0 and value <= 1),
    source text not null,
    created_at timestamptz not null default now()
);

-- Rendered benchmark reports (national, per region, per council type). request_key names the
-- request (a schedule's fire time, an on-demand request id) so a retried render stores one copy.
create table benchmark_reports (
    id uuid primary key,
    scope text not null check (scope in ('national', 'region', 'type')),
    scope_key text not null,
    snapshot_date date not null,
    request_key text not null unique,
    rendered_at timestamptz not null default now(),
    page_count integer not null,
    pdf bytea not null
);
create index benchmark_reports_scope_rendered on benchmark_reports (scope, scope_key, rendered_at desc);
