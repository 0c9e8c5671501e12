-- PostgreSQL: an index for every filter of the Bandeja and of the search over all reports
-- (report.ReportQuery), checked with EXPLAIN ANALYZE on a million reports (bench/explain.sql).
-- db/vendor/h2/V14__search_indexes.sql has the same B-tree keys without what H2 lacks
-- (INCLUDE columns, partial and expression indexes); keep both files in step.

-- The search shows the newest first, so each filter's index continues with created_at: the first
-- page is read in order from the index instead of sorting every match. The INCLUDE columns are
-- the other filters, so that counting a combination of filters needs no visit to the table.
CREATE INDEX ix_report_search_procedure ON report (procedure_key, created_at)
    INCLUDE (status, department_id, overdue);
CREATE INDEX ix_report_search_status ON report (status, created_at)
    INCLUDE (procedure_key, department_id, overdue);
CREATE INDEX ix_report_search_department ON report (department_id, created_at)
    INCLUDE (status, procedure_key, overdue);

-- The Bandeja: the open reports (a few percent of all; report.Inbox names their statuses as
-- literals so that this partial index applies) in due-time order, with whose they are: the first
-- page is read in order, and the count from this small index alone.
CREATE INDEX ix_report_open_due ON report (step_due_at, folio)
    INCLUDE (assigned_role, assigned_user_id, status, procedure_key, department_id, overdue)
    WHERE status IN ('SIN_CLASIFICAR', 'EN_TRAMITE', 'EN_ESPERA');
-- Only open reports have a responsible role: without statistics over both columns the planner
-- multiplies their frequencies, expects a few hundred rows of a role where there are thousands,
-- and sorts them all instead of reading the index above in order (measured: 22 ms instead of 0.2).
CREATE STATISTICS st_report_status_role (mcv) ON status, assigned_role FROM report;

-- How many reports a filter matches depends entirely on its values (a department and a year, or
-- "Cerrado", which most reports are). After five executions PostgreSQL may keep a generic plan
-- chosen without the values: measured on a million reports, the search's count took 165 ms with
-- it instead of 8 ms. SCR's own database user plans each statement for its values (a role may
-- set its own defaults in a database).
DO $$
BEGIN
    EXECUTE format('ALTER ROLE %I IN DATABASE %I SET plan_cache_mode = force_custom_plan',
                   current_user, current_database());
END
$$;

-- Free text on folio and subject: report.ReportQuery filters with LOWER(column) LIKE '%text%',
-- which a B-tree cannot answer; a trigram GIN index over exactly that expression can, for any
-- part of a folio or a word in the middle of a subject. pg_trgm ships with PostgreSQL and is a
-- trusted extension: the database's owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX ix_report_folio_trgm ON report USING gin (lower(folio) gin_trgm_ops);
CREATE INDEX ix_report_subject_trgm ON report USING gin (lower(subject) gin_trgm_ops);
