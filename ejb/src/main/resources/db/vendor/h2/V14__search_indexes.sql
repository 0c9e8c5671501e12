-- H2: the indexes of the filters of the Bandeja and of the search over all reports
-- (report.ReportQuery). The same B-tree keys as db/vendor/postgresql/V14__search_indexes.sql,
-- without what H2 lacks (INCLUDE columns, partial and expression indexes): the free text
-- (LOWER(folio/subject) LIKE '%…%') is scanned, which an embedded development database does
-- quickly. Keep both files in step.

-- The search shows the newest first, so each filter's index continues with created_at.
CREATE INDEX ix_report_search_procedure ON report (procedure_key, created_at);
CREATE INDEX ix_report_search_status ON report (status, created_at);
CREATE INDEX ix_report_search_department ON report (department_id, created_at);
