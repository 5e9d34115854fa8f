-- Mapping profiles, uploads read through them, grouped problems, and extract kinds that version
-- separately.

-- An organisation's own mapping profiles (docs/mapping-profiles.md), saved by the mapping wizard
-- or the sample loader. document is the profile's JSON; name repeats its "name" for uniqueness.
create table mapping_profiles (
    id bigint generated always as identity primary key,
    organisation_id bigint not null references organisations on delete cascade,
    name text not null check (name ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
    document jsonb not null,
    updated_at timestamptz not null default now(),
    unique (organisation_id, name)
);

-- How an upload is to be read. profile is the profile's JSON as it was when the upload was queued,
-- so that a re-run reads the file as the first run did; snapshot_date is given with the upload for
-- files that carry none; extract_kind is what the uploader said the file is (null: work it out from
-- its job families). needs_mapping: the file's headers were not recognised and the wizard is waiting.
alter table uploads
    add column profile_name text,
    add column profile jsonb,
    add column snapshot_date date,
    add column extract_kind text check (extract_kind in ('it_team', 'whole_organisation'));
alter table uploads drop constraint uploads_status_check;
alter table uploads add constraint uploads_status_check
    check (status in ('queued', 'validating', 'loading', 'loaded', 'failed', 'unchanged', 'needs_mapping'));

alter table upload_problems add column kind text not null default 'other';

-- Every problem of a rejected upload counted by sort (kind, column and, for unknown codes, value),
-- however many were kept in upload_problems; summary is the sentence shown to the uploader.
create table upload_problem_groups (
    upload_id uuid not null references uploads on delete cascade,
    ordinal integer not null,
    kind text not null,
    column_name text not null,
    value text not null,
    count integer not null,
    sample_rows integer[] not null,
    summary text not null,
    primary key (upload_id, ordinal)
);

-- The mapping wizard's answers so far for an upload waiting for a mapping. What the file holds is
-- read from the stored original on each page, not kept here: it includes employee references.
create table mapping_drafts (
    upload_id uuid primary key references uploads on delete cascade,
    profile jsonb not null,
    updated_at timestamptz not null default now()
);

-- A whole-council HR extract and an IT team's own extract for the same snapshot are both kept:
-- versions count within organisation, snapshot and kind, not across kinds.
alter table dataset_versions drop constraint dataset_versions_organisation_id_snapshot_date_version_key;
alter table dataset_versions add constraint dataset_versions_organisation_snapshot_kind_version_key
    unique (organisation_id, snapshot_date, extract_kind, version);
alter table dataset_versions add column profile_name text;
