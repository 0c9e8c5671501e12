-- H2: the indexes of the Tablero's figures (dashboard.Dashboard). The same keys as
-- db/vendor/postgresql/V19__dashboard_indexes.sql, with the INCLUDE columns (which H2 lacks) as
-- trailing key columns, which cover the queries just as well (an H2 index holds the row's primary
-- key anyway); keep both files in step.

CREATE INDEX ix_report_created_figures ON report (created_at, procedure_key, status, overdue);
DROP INDEX ix_report_created;

CREATE INDEX ix_timeline_entry_step_time ON timeline_entry (report_id, step, business_seconds);
