-- Disclosure control by the cell key method (ADR 0008). Replaces cell suppression, which worked out
-- its pattern on the request path.

-- Each dataset version's base cells (DisclosureCells in Core): head counts and cell keys (sums of the
-- people's record keys modulo 256), in cell order. Record keys themselves are never stored.
create table dataset_cells (
    dataset_version_id bigint primary key references dataset_versions on delete cascade,
    counts integer[] not null check (cardinality(counts) = 36),
    keys smallint[] not null check (cardinality(keys) = 36)
);

-- What the latest release publishes, for every snapshot date: each organisation's figures and each
-- fixed group's totals, perturbed. Rewritten whole by the release refresh job; nothing else writes it.
create table published_figures (
    snapshot_date date not null,
    is_group boolean not null,
    area text not null,
    metric_id text not null,
    dataset_snapshot_date date,
    count bigint check (count >= 0),
    denominator bigint not null check (denominator >= 0),
    share_withheld boolean not null,
    reason text,
    primary key (snapshot_date, is_group, area, metric_id)
);

-- Every request for a new release takes a number after the change it is for has committed; a refresh
-- publishes everything up to the number it read first, so one refresh serves every request before it.
create sequence release_generation;

-- The one row saying which request the stored release answers and with which settings.
create table release_states (
    id integer primary key check (id = 1),
    published_generation bigint not null,
    settings text not null,
    published_at timestamptz not null
);

grant usage, select on sequence release_generation to eid_app;
