-- The figures behind the figures (issue 13): the adjusted figures' unadjusted comparison, and each scope's
-- flows by level, the projection's input, so that the dashboard can try another target share or year.

alter table metric_values add column unadjusted double precision;

-- Per level 1–6, ten counts each (Core's LevelFlow, in its order): staff at the snapshot, everyone in the
-- year, leavers, promoted to the level and joiners, women then others. Aggregates of the owner's own data,
-- read only within its organisation.
create table dataset_flows (
    dataset_version_id bigint not null references dataset_versions on delete cascade,
    scope text not null check (scope in ('it_function', 'organisation')),
    counts integer[] not null check (cardinality(counts) = 60),
    primary key (dataset_version_id, scope)
);
