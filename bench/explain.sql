-- EXPLAIN ANALYZE of the SQL Hibernate sends for the Bandeja's first page and count and for the
-- searches bench/inbox.sh times (report.ReportQuery), on the loaded database:
--   psql -h 127.0.0.1 -U postgres -d scr_bench -f bench/explain.sql
-- "secretaria" has no report assigned in person in the loaded data; her role is SECRETARIA.
-- The application's statements carry parameters; its database user plans them for their values
-- (V14 sets plan_cache_mode), as these literal statements are.
\pset pager off
\set me '(SELECT id FROM user_account WHERE username = ''secretaria'')'

\echo '== Bandeja (secretaria): count'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT count(*) FROM report r
WHERE r.status IN ('SIN_CLASIFICAR', 'EN_TRAMITE', 'EN_ESPERA')
  AND (r.assigned_user_id = :me OR r.assigned_role IN ('SECRETARIA'));

\echo '== Bandeja (secretaria): first page, by due time'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT r.*, d.* FROM report r JOIN department d ON d.id = r.department_id
WHERE r.status IN ('SIN_CLASIFICAR', 'EN_TRAMITE', 'EN_ESPERA')
  AND (r.assigned_user_id = :me OR r.assigned_role IN ('SECRETARIA'))
ORDER BY r.step_due_at, r.folio OFFSET 0 ROWS FETCH FIRST 20 ROWS ONLY;

\echo '== Search: status + department + one year: count'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT count(*) FROM report r JOIN department d ON d.id = r.department_id
WHERE r.status = 'CERRADO' AND d.code = 'BENCH07'
  AND r.created_at >= '2025-01-01 00:00-06' AND r.created_at < '2026-01-01 00:00-06';

\echo '== Search: status + department + one year: first page, newest first'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT r.*, d.* FROM report r JOIN department d ON d.id = r.department_id
WHERE r.status = 'CERRADO' AND d.code = 'BENCH07'
  AND r.created_at >= '2025-01-01 00:00-06' AND r.created_at < '2026-01-01 00:00-06'
ORDER BY r.created_at DESC, r.folio DESC OFFSET 0 ROWS FETCH FIRST 20 ROWS ONLY;

\echo '== Search: free text: count'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT count(*) FROM report r
WHERE lower(r.folio) LIKE '%impresora%' OR lower(r.subject) LIKE '%impresora%';

\echo '== Search: free text: first page, newest first'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT r.*, d.* FROM report r JOIN department d ON d.id = r.department_id
WHERE lower(r.folio) LIKE '%impresora%' OR lower(r.subject) LIKE '%impresora%'
ORDER BY r.created_at DESC, r.folio DESC OFFSET 0 ROWS FETCH FIRST 20 ROWS ONLY;

\echo '== Search: a whole folio (by the unique index): first page'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT r.*, d.* FROM report r JOIN department d ON d.id = r.department_id
WHERE r.folio = 'DMIGA-2024-012345' OR lower(r.subject) LIKE '%dmiga-2024-012345%'
ORDER BY r.created_at DESC, r.folio DESC OFFSET 0 ROWS FETCH FIRST 20 ROWS ONLY;

-- Open data (opendata.OpenData, V20): per month, the reports opened and finished and the hours of
-- those closed; at the start of the span, the open reports: each read from an index alone.
\echo '== Open data: opened in one month'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT r.procedure_key, count(*) FROM report r WHERE r.created_at >= '2025-03-01 00:00-06' AND r.created_at < '2025-04-01 00:00-06' AND r.procedure_key IS NOT NULL GROUP BY r.procedure_key;
\echo '== Open data: finished in one month'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT r.procedure_key, r.status, count(*) FROM report r WHERE r.closed_at >= '2025-03-01 00:00-06' AND r.closed_at < '2025-04-01 00:00-06' AND r.procedure_key IS NOT NULL GROUP BY r.procedure_key, r.status;
\echo '== Open data: hours to close in one month'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT r.procedure_key, r.created_at, r.closed_at FROM report r WHERE r.closed_at >= '2025-03-01 00:00-06' AND r.closed_at < '2025-04-01 00:00-06' AND r.status = 'CERRADO' AND r.procedure_key IS NOT NULL;
\echo '== Open data: open at a start: open now'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT r.procedure_key, count(*) FROM report r WHERE r.status IN ('SIN_CLASIFICAR', 'EN_TRAMITE', 'EN_ESPERA') AND r.procedure_key IS NOT NULL AND r.created_at < '2025-01-01 00:00-06' GROUP BY r.procedure_key;
\echo '== Open data: open at a start: closed since'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT r.procedure_key, count(*) FROM report r WHERE r.closed_at >= '2025-01-01 00:00-06' AND r.created_at < '2025-01-01 00:00-06' AND r.procedure_key IS NOT NULL GROUP BY r.procedure_key;
