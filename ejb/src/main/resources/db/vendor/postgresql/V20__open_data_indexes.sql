-- PostgreSQL: the open data's monthly figures (opendata.OpenData) count reports by procedure over
-- one month of created_at and of closed_at. Both ranges are read from an index alone: the INCLUDE
-- columns are everything the counts and the hours to close need. db/vendor/h2/V20 has the same keys.
CREATE INDEX ix_report_closed ON report (closed_at) INCLUDE (procedure_key, status, created_at);
-- The plain created_at index of V2 becomes one that also carries the procedure.
DROP INDEX ix_report_created;
CREATE INDEX ix_report_created ON report (created_at) INCLUDE (procedure_key);
