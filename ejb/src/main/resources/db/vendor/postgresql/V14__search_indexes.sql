-- PostgreSQL: the indexes of the filters, and trigram indexes for the free text.
-- The same B-tree indexes as db/vendor/h2/V14__search_indexes.sql; keep both files in step.

-- An index for every filter of the Bandeja and of the search over all reports (report.ReportQuery).
-- The search shows the newest first, so each filter's index continues with created_at: the first
-- page is read in order from the index instead of sorting every match. The Bandeja's own scope
-- (role or person, open statuses, due time) has its indexes in V11; overdue in V2.
CREATE INDEX ix_report_search_procedure ON report (procedure_key, created_at);
CREATE INDEX ix_report_search_status ON report (status, created_at);
CREATE INDEX ix_report_search_department ON report (department_id, created_at);

-- Free text on folio and subject: report.ReportQuery filters with LOWER(column) LIKE '%text%',
-- which a B-tree cannot answer; a trigram GIN index over exactly that expression can, for any
-- part of a folio or a word in the middle of a subject. pg_trgm ships with PostgreSQL and is a
-- trusted extension: the database's owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX ix_report_folio_trgm ON report USING gin (lower(folio) gin_trgm_ops);
CREATE INDEX ix_report_subject_trgm ON report USING gin (lower(subject) gin_trgm_ops);
