-- Loading employees at close to the speed of a bare COPY (docs/adr/0006-employees-bulk-load.md).
-- The foreign key checked every one of a million rows against its dataset version, one trigger
-- call per row, and cost more than the COPY itself; its cascade is done by the erasure and purge
-- code, which delete a dataset's employees explicitly in the same transaction as the dataset.
alter table employees drop constraint if exists employees_dataset_version_id_fkey;
-- A dataset's rows arrive in one COPY and lie together in the table, so a block-range index finds
-- them for erasure at a fraction of a B-tree's cost to maintain during the load.
drop index if exists employees_dataset_version;
create index employees_dataset_version on employees using brin (dataset_version_id);
