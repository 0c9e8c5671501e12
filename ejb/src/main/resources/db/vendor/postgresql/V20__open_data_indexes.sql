-- PostgreSQL: the open data's monthly figures (opendata.OpenData) count reports by procedure over
-- one month of created_at and of closed_at. Both ranges are read from an index alone: the INCLUDE
-- columns are everything the counts and the hours to close need (the created_at range is V19's
-- ix_report_created_figures). db/vendor/h2/V20 has the same keys.
CREATE INDEX ix_report_closed ON report (closed_at) INCLUDE (procedure_key, status, created_at);
