-- PostgreSQL: the indexes of the Tablero's figures (dashboard.Dashboard), which group the reports
-- created in a period by procedure, status and overdue, and their timeline entries by step.
-- db/vendor/h2/V19__dashboard_indexes.sql has the same keys as plain B-tree columns; keep both
-- files in step.

-- The period's reports with everything the counts group by and the id the joins and counts use:
-- an index-only scan over the period, never a visit to the table. It replaces the plain index of
-- V2 on created_at, which it contains.
CREATE INDEX ix_report_created_figures ON report (created_at) INCLUDE (procedure_key, status, overdue, id);
DROP INDEX ix_report_created;

-- A report's timeline entries with the step and its business time (and the id Hibernate counts):
-- the time per step and to close read them from the index, where the unique
-- (report_id, sequence_number) index would visit every row.
CREATE INDEX ix_timeline_entry_step_time ON timeline_entry (report_id) INCLUDE (step, business_seconds, id);
