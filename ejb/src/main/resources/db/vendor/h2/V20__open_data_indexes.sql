-- H2: the open data's monthly figures (opendata.OpenData) count reports by month of closed_at;
-- the same key as db/vendor/postgresql/V20 without INCLUDE columns, which H2 lacks.
CREATE INDEX ix_report_closed ON report (closed_at);
