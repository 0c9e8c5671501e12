-- H2: the indexes of the filters. The free text (LOWER(folio/subject) LIKE '%…%') is scanned,
-- which an embedded development database does quickly; PostgreSQL has trigram indexes for it.

-- An index for every filter of the Bandeja and of the search over all reports (report.ReportQuery).
-- The search shows the newest first, so each filter's index continues with created_at: the first
-- page is read in order from the index instead of sorting every match. The Bandeja's own scope
-- (role or person, open statuses, due time) has its indexes in V11; overdue in V2.
CREATE INDEX ix_report_search_procedure ON report (procedure_key, created_at);
CREATE INDEX ix_report_search_status ON report (status, created_at);
CREATE INDEX ix_report_search_department ON report (department_id, created_at);
