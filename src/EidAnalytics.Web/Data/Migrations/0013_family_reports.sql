-- Benchmark reports per council family (scope 'family', scope_key the family's number) beside the nation's,
-- the regions' and the council types'.
alter table benchmark_reports drop constraint benchmark_reports_scope_check;
alter table benchmark_reports add constraint benchmark_reports_scope_check check (scope in ('national', 'region', 'type', 'family'));
