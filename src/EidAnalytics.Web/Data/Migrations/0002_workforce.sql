-- Organisations, uploads, dataset versions, pseudonymised employee rows, metrics and briefings.

create table organisations (
    id bigint generated always as identity primary key,
    code text not null unique check (code ~ '^[ENSW][0-9]{8}$'),
    name text not null,
    created_at timestamptz not null default now()
);

-- One row per file received. The original bytes are kept unchanged in the file store under
-- stored_name; file_name is what the user called it and is only displayed.
create table uploads (
    id uuid primary key,
    organisation_id bigint not null references organisations,
    file_name text not null,
    stored_name text not null,
    content_hash bytea not null,
    size_bytes bigint not null,
    status text not null check (status in ('queued', 'validating', 'loading', 'loaded', 'failed', 'unchanged')),
    status_message text,
    problem_count integer not null default 0,
    received_at timestamptz not null default now(),
    finished_at timestamptz
);
create index uploads_organisation_received on uploads (organisation_id, received_at desc);

-- The problems that rejected an upload (at most the configured number; problem_count counts all).
create table upload_problems (
    upload_id uuid not null references uploads on delete cascade,
    ordinal integer not null,
    row_number integer not null,
    column_name text not null,
    value text not null,
    reason text not null,
    primary key (upload_id, ordinal)
);

-- A loaded extract: an organisation's workforce at one snapshot date. A corrected file for the
-- same date becomes the next version; history is kept.
create table dataset_versions (
    id bigint generated always as identity primary key,
    organisation_id bigint not null references organisations,
    upload_id uuid not null unique references uploads,
    snapshot_date date not null,
    version integer not null,
    content_hash bytea not null,
    row_count integer not null,
    extract_kind text not null check (extract_kind in ('it_team', 'whole_organisation')),
    loaded_at timestamptz not null default now(),
    unique (organisation_id, content_hash),
    unique (organisation_id, snapshot_date, version)
);

alter table uploads add column dataset_version_id bigint references dataset_versions;

-- Record-level rows. employee_ref never arrives here: pseudonym is HMAC-SHA256 under a key held
-- outside the database. No primary key: uniqueness is checked before the COPY, and bulk loads
-- stay close to a bare COPY.
create table employees (
    dataset_version_id bigint not null references dataset_versions on delete cascade,
    pseudonym bytea not null,
    job_family text not null check (job_family in ('it', 'digital', 'data', 'other')),
    level smallint not null check (level between 1 and 6),
    grade text,
    fte double precision not null check (fte > 0),
    start_date date not null,
    level_start_date date,
    last_promotion_date date,
    leave_date date,
    leave_reason text check (leave_reason in ('voluntary', 'involuntary', 'retirement', 'end_of_contract', 'other')),
    gender text not null check (gender in ('female', 'male', 'other', 'undisclosed')),
    ethnicity text check (ethnicity in ('asian', 'black', 'mixed', 'white', 'other', 'undisclosed')),
    disability text check (disability in ('yes', 'no', 'undisclosed')),
    age_band text check (age_band in ('16-24', '25-34', '35-44', '45-54', '55-64', '65+')),
    working_pattern text check (working_pattern in ('full_time', 'part_time')),
    hourly_pay double precision check (hourly_pay >= 0),
    bonus_pay double precision check (bonus_pay >= 0)
);
create index employees_dataset_version on employees (dataset_version_id);

create table metric_values (
    dataset_version_id bigint not null references dataset_versions on delete cascade,
    scope text not null check (scope in ('it_function', 'organisation')),
    metric_id text not null,
    value double precision,
    numerator double precision,
    denominator double precision,
    ci_low double precision,
    ci_high double precision,
    category text,
    reason text,
    primary key (dataset_version_id, scope, metric_id)
);

-- Rendered briefings. request_key names the request (a schedule's fire time, an on-demand
-- request id), so a retried render never stores a second copy.
create table briefings (
    id uuid primary key,
    organisation_id bigint not null references organisations,
    dataset_version_id bigint not null references dataset_versions on delete cascade,
    request_key text not null unique,
    rendered_at timestamptz not null default now(),
    page_count integer not null,
    pdf bytea not null
);
create index briefings_organisation_rendered on briefings (organisation_id, rendered_at desc);
