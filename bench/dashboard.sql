-- The Tablero's queries (dashboard.Dashboard) on the database bench/fill.sql loaded (1,000,000
-- reports over 5 years), after giving every report of the last 400 days a timeline of 5 entries
-- with their business seconds and every closed PR-DMIGA-01 of them a rated signature (nothing
-- else loads those); then EXPLAIN ANALYZE of the SQL Hibernate sends for a one-year period:
--   psql -h 127.0.0.1 -U postgres -d scr_bench -v ON_ERROR_STOP=1 -f bench/dashboard.sql
\pset pager off
SET synchronous_commit = off;
SELECT setseed(0.19);

INSERT INTO timeline_entry (report_id, sequence_number, step, action, actor_username, actor_role, occurred_at,
                            business_seconds, hash)
SELECT r.id, n, n::text, 'BENCH', 'bench', 'SECRETARIA', r.created_at + n * interval '1 hour',
       CASE WHEN n > 1 THEN floor(random() * 30000)::bigint END, md5(r.id::text || '-' || n)
FROM report r CROSS JOIN generate_series(1, 5) n
WHERE r.created_at > now() - interval '400 days'
  AND NOT EXISTS (SELECT 1 FROM timeline_entry t WHERE t.report_id = r.id);

INSERT INTO signature (report_id, document, signer_name, signer_position, signer_department, signed_at, rating,
                       registered_at, registered_by)
SELECT r.id, 'REPORTE_SERVICIO', 'Bench', 'Jefe', 'Dependencia', r.closed_at, 1 + floor(random() * 5)::int,
       r.closed_at, 'bench'
FROM report r
WHERE r.created_at > now() - interval '400 days' AND r.procedure_key = 'PR_DMIGA_01' AND r.status = 'CERRADO'
ON CONFLICT DO NOTHING;

VACUUM ANALYZE timeline_entry;
VACUUM ANALYZE signature;

\set start '''2025-12-01 00:00-06'''
\set end '''2026-12-01 00:00-06'''

\echo '== Tablero: reports by procedure, status and overdue'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT r.procedure_key, r.status, r.overdue, count(r.id) FROM report r
WHERE r.created_at >= :start AND r.created_at < :end
GROUP BY r.procedure_key, r.status, r.overdue;

\echo '== Tablero: business time of the closed reports'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT r.procedure_key, sum(t.business_seconds) FROM timeline_entry t JOIN report r ON r.id = t.report_id
WHERE r.created_at >= :start AND r.created_at < :end AND r.status = 'CERRADO'
GROUP BY r.procedure_key;

\echo '== Tablero: service ratings'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT r.procedure_key, sum(s.rating), count(s.id) FROM signature s JOIN report r ON r.id = s.report_id
WHERE r.created_at >= :start AND r.created_at < :end AND s.document = 'REPORTE_SERVICIO'
  AND s.rating IS NOT NULL
GROUP BY r.procedure_key;

\echo '== Tablero: business time per step'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT r.procedure_key, t.step, count(t.id), avg(t.business_seconds) FROM timeline_entry t
JOIN report r ON r.id = t.report_id
WHERE r.created_at >= :start AND r.created_at < :end AND r.procedure_key IS NOT NULL
  AND t.step IS NOT NULL AND t.business_seconds IS NOT NULL
GROUP BY r.procedure_key, t.step;
