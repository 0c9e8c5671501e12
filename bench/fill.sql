-- Bulk load for bench/inbox.sh: 1,000,000 reports spread over the last 5 years, the 11 procedures
-- and 60 departments, into a database whose schema the application's own migrations created.
-- Closed reports are most of them (as in a real archive); those of the last 90 days are mostly
-- open, each at a real step of its procedure with that step's role, so the Bandeja of every role
-- has work. Run with psql -v ON_ERROR_STOP=1; deterministic (setseed).
SET synchronous_commit = off;
SET maintenance_work_mem = '512MB';
SELECT setseed(0.42);

BEGIN;

INSERT INTO department (code, name, active, version)
SELECT 'BENCH' || lpad(g::text, 2, '0'), 'Dependencia de prueba ' || lpad(g::text, 2, '0'), TRUE, 0
FROM generate_series(1, 60) g
ON CONFLICT (code) DO NOTHING;

CREATE TEMP TABLE bench_department AS
SELECT (row_number() OVER (ORDER BY code) - 1)::int AS n, id FROM department WHERE code LIKE 'BENCH%';

-- The steps of the procedures (workflow/Procedures: id, role, whether it waits outside the
-- directorate); ReportView looks the step up, so open reports must stand at one of these.
CREATE TEMP TABLE bench_step (procedure_key, step, role, waits_outside) AS VALUES
        ('PR_DMIGA_01', '1', 'SECRETARIA', false),
        ('PR_DMIGA_01', '2', 'MANTENIMIENTO', false),
        ('PR_DMIGA_01', '2A', 'MANTENIMIENTO', true),
        ('PR_DMIGA_01', '3', 'MANTENIMIENTO', false),
        ('PR_DMIGA_01', '4', 'MANTENIMIENTO', false),
        ('PR_DMIGA_01', '5', 'AREA_SOLICITANTE', true),
        ('PR_DMIGA_01', '6', 'SECRETARIA', false),
        ('PR_DMIGA_02', '1', 'SECRETARIA', false),
        ('PR_DMIGA_02', '2', 'MANTENIMIENTO', false),
        ('PR_DMIGA_02', '2A', 'MANTENIMIENTO', true),
        ('PR_DMIGA_02', '3', 'MANTENIMIENTO', false),
        ('PR_DMIGA_02', '3A', 'MANTENIMIENTO', true),
        ('PR_DMIGA_02', '4', 'MANTENIMIENTO', false),
        ('PR_DMIGA_02', '5', 'SECRETARIA', false),
        ('PR_DMIGA_02', '5A', 'SECRETARIA', false),
        ('PR_DMIGA_03', '1', 'SECRETARIA', false),
        ('PR_DMIGA_03', '1A', 'SECRETARIA', false),
        ('PR_DMIGA_03', '2', 'MANTENIMIENTO', false),
        ('PR_DMIGA_03', '3', 'MANTENIMIENTO', false),
        ('PR_DMIGA_03', '5', 'MANTENIMIENTO', true),
        ('PR_DMIGA_03', '6', 'MANTENIMIENTO', false),
        ('PR_DMIGA_04', '1', 'COORD_SEGUIMIENTO', false),
        ('PR_DMIGA_04', '1A', 'COORD_SEGUIMIENTO', false),
        ('PR_DMIGA_04', '1B', 'COORD_SEGUIMIENTO', true),
        ('PR_DMIGA_04', '2', 'SECRETARIA', false),
        ('PR_DMIGA_04', '3', 'COORD_SEGUIMIENTO', false),
        ('PR_DMIGA_04', '3A', 'DIRECTOR', false),
        ('PR_DMIGA_04', '4', 'ADQUISICIONES', false),
        ('PR_DMIGA_04', '5', 'COORD_SEGUIMIENTO', false),
        ('PR_DMIGA_04', '6', 'COORD_SEGUIMIENTO', false),
        ('PR_DMIGA_04', '7', 'CONTRALORIA', false),
        ('PR_DMIGA_04', '8', 'COORD_SEGUIMIENTO', false),
        ('PR_DMIGA_04', '9', 'COORD_SEGUIMIENTO', false),
        ('PR_DMIGA_04', '10', 'PRESUPUESTOS', false),
        ('PR_DMIGA_04', '11', 'COMISION_HACIENDA', false),
        ('PR_DMIGA_04', '13', 'EGRESOS', false),
        ('PR_DMIGA_05', '1', 'SECRETARIA', false),
        ('PR_DMIGA_05', '2', 'SECRETARIA', false),
        ('PR_DMIGA_05', '3', 'DIRECTOR', false),
        ('PR_DMIGA_05', '4', 'SUBDIR_TECNOLOGIAS', false),
        ('PR_DMIGA_05', '5', 'DESARROLLO_COORD', false),
        ('PR_DMIGA_05', '6', 'DESARROLLO_COORD', false),
        ('PR_DMIGA_05', '7', 'DESARROLLO_COORD', false),
        ('PR_DMIGA_05', '8', 'DESARROLLO_COORD', false),
        ('PR_DMIGA_05', '9', 'DESARROLLO_COORD', false),
        ('PR_DMIGA_05', '10', 'DESARROLLO_COORD', false),
        ('PR_DMIGA_05', '11', 'DESARROLLO_COORD', false),
        ('PR_DMIGA_06', '1', 'SECRETARIA', false),
        ('PR_DMIGA_06', '2', 'SECRETARIA', false),
        ('PR_DMIGA_06', '3', 'DIRECTOR', false),
        ('PR_DMIGA_06', '4', 'DESARROLLO_COORD', false),
        ('PR_DMIGA_06', '5', 'PROGRAMADOR', false),
        ('PR_DMIGA_06', '6', 'PROGRAMADOR', false),
        ('PR_DMIGA_06', '7', 'SECRETARIA', false),
        ('PR_DMIGA_07', '1', 'SECRETARIA', false),
        ('PR_DMIGA_07', '2', 'SECRETARIA', false),
        ('PR_DMIGA_07', '3', 'DIRECTOR', false),
        ('PR_DMIGA_07', '4', 'SUBDIR_TECNOLOGIAS', false),
        ('PR_DMIGA_07', '5', 'DESARROLLO_COORD', false),
        ('PR_DMIGA_07', '6', 'PROGRAMADOR', false),
        ('PR_DMIGA_07', '6A', 'DESARROLLO_COORD', true),
        ('PR_DMIGA_07', '7', 'SECRETARIA', false),
        ('PR_DMIGA_08', '1', 'SECRETARIA', false),
        ('PR_DMIGA_08', '2', 'DIRECTOR', false),
        ('PR_DMIGA_08', '3', 'SUBDIR_MODERNIZACION', false),
        ('PR_DMIGA_08', '4', 'SUBDIR_MODERNIZACION', false),
        ('PR_DMIGA_08', '5', 'AREA_SOLICITANTE', true),
        ('PR_DMIGA_08', '6', 'AREA_SOLICITANTE', true),
        ('PR_DMIGA_08', '7', 'SUBDIR_MODERNIZACION', false),
        ('PR_DMIGA_09', '1', 'SECRETARIA', false),
        ('PR_DMIGA_09', '2', 'DIRECTOR', false),
        ('PR_DMIGA_09', '3', 'COORD_SEGUIMIENTO', false),
        ('PR_DMIGA_09', '4', 'COORD_SEGUIMIENTO', false),
        ('PR_DMIGA_09', '5', 'COORD_SEGUIMIENTO', false),
        ('PR_DMIGA_10', '1', 'SECRETARIA', false),
        ('PR_DMIGA_10', '2', 'DIRECTOR', false),
        ('PR_DMIGA_10', '2A', 'SUBDIR_TECNOLOGIAS', false),
        ('PR_DMIGA_10', '2B', 'DESARROLLO_COORD', false),
        ('PR_DMIGA_10', '3', 'DESARROLLO_COORD', false),
        ('PR_DMIGA_10', '4', 'SUBDIR_TECNOLOGIAS', false),
        ('PR_DMIGA_10', '5', 'MANTENIMIENTO', false),
        ('PR_DMIGA_10', '6', 'SUBDIR_TECNOLOGIAS', false),
        ('PR_DMIGA_11', '1', 'SECRETARIA', false),
        ('PR_DMIGA_11', '2', 'DIRECTOR', false),
        ('PR_DMIGA_11', '3', 'SUBDIR_TECNOLOGIAS', false),
        ('PR_DMIGA_11', '4', 'DESARROLLO_COORD', false),
        ('PR_DMIGA_11', '5', 'DESARROLLO_COORD', false),
        ('PR_DMIGA_11', '6', 'DESARROLLO_COORD', false),
        ('PR_DMIGA_11', '7', 'DESARROLLO_COORD', false),
        ('PR_DMIGA_11', '8', 'DESARROLLO_COORD', false),
        ('PR_DMIGA_11', '9', 'DESARROLLO_COORD', false)
;
CREATE TEMP TABLE bench_step_n AS
SELECT procedure_key, step, role, waits_outside,
       (row_number() OVER (PARTITION BY procedure_key ORDER BY step) - 1)::int AS n,
       count(*) OVER (PARTITION BY procedure_key)::int AS steps
FROM bench_step;

CREATE TEMP TABLE bench_subject (n, words) AS VALUES
    (0, 'Falla de impresora'), (1, 'Sin conexión a internet'), (2, 'Equipo no enciende'),
    (3, 'Alta de usuario en AS/400'), (4, 'Cambio de contraseña del correo'), (5, 'Línea telefónica sin tono'),
    (6, 'Dictamen de baja de equipo de cómputo'), (7, 'Orden de pago de consumibles'),
    (8, 'Actualización del portal de transparencia'), (9, 'Corrección del padrón de contribuyentes'),
    (10, 'Nuevo micrositio de la feria'), (11, 'Consulta ciudadana en Decide Veracruz'),
    (12, 'Alta en la plataforma Cero Papel'), (13, 'Turnos de Cero Filas en ventanilla'),
    (14, 'Reporte de nodo de red dañado'), (15, 'Instalación de paquetería de oficina'),
    (16, 'Virus en equipo de cómputo'), (17, 'Cableado de datos para nueva oficina'),
    (18, 'Requerimiento de sistema de citas'), (19, 'Mantenimiento preventivo de conmutador'),
    (20, 'Reemplazo de tóner'), (21, 'Respaldo de información del área'),
    (22, 'Error al timbrar recibos de nómina'), (23, 'Proyector de la sala de cabildo');

CREATE TEMP TABLE bench_report AS
SELECT g,
       (ARRAY['PR_DMIGA_01','PR_DMIGA_02','PR_DMIGA_03','PR_DMIGA_04','PR_DMIGA_05','PR_DMIGA_06',
              'PR_DMIGA_07','PR_DMIGA_08','PR_DMIGA_09','PR_DMIGA_10','PR_DMIGA_11'])[1 + floor(random() * 11)::int]
           AS procedure_key,
       floor(random() * 60)::int AS department_n,
       floor(random() * 24)::int AS subject_n,
       now() - random() * interval '1826 days' AS created_at,
       random() AS r_open, random() AS r_step, random() AS r_final, random() AS r_time, random() AS r_priority
FROM generate_series(1, 1000000) g;

INSERT INTO report (folio, procedure_key, channel, department_id, category, priority, subject, description,
                    requester, status, current_step, assigned_role, assigned_user_id, created_at, created_by,
                    updated_at, updated_by, step_started_at, step_due_at, overdue, closed_at, timeline_length,
                    timeline_head, version)
SELECT 'DMIGA-' || year || '-' || lpad((coalesce(fs.last_number, 0) + number)::text, 6, '0'),
       x.procedure_key,
       CASE WHEN x.g % 10 < 7 THEN 'OFICIO' ELSE 'TELEFONO' END,
       d.id,
       NULL,
       (ARRAY['BAJA','MEDIA','ALTA','CRITICA'])[1 + floor(x.r_priority * 4)::int],
       s.words || ' – oficina ' || (x.g % 400),
       NULL,
       'Solicitante ' || (x.g % 500),
       CASE WHEN NOT x.open THEN (CASE WHEN x.r_final < 0.95 THEN 'CERRADO' ELSE 'DECLINADO' END)
            WHEN st.waits_outside THEN 'EN_ESPERA' ELSE 'EN_TRAMITE' END,
       CASE WHEN x.open THEN st.step END,
       CASE WHEN x.open THEN st.role END,
       NULL,
       x.created_at, 'bench',
       x.changed_at, 'bench',
       x.changed_at,
       CASE WHEN x.open AND NOT st.waits_outside THEN x.changed_at + interval '3 days' END,
       x.open AND NOT st.waits_outside AND x.changed_at + interval '3 days' < now(),
       CASE WHEN NOT x.open THEN x.changed_at END,
       0, NULL, 0
FROM (SELECT r.*,
             extract(year FROM r.created_at AT TIME ZONE 'America/Mexico_City')::int AS year,
             row_number() OVER (PARTITION BY extract(year FROM r.created_at AT TIME ZONE 'America/Mexico_City')
                                ORDER BY r.created_at, r.g) AS number,
             r.r_open < CASE WHEN r.created_at > now() - interval '90 days' THEN 0.6 ELSE 0.01 END AS open,
             least(now(), r.created_at + r.r_time * interval '30 days') AS changed_at
      FROM bench_report r) x
JOIN bench_department d ON d.n = x.department_n
JOIN bench_subject s ON s.n = x.subject_n
JOIN bench_step_n st ON st.procedure_key = x.procedure_key
                    AND st.n = floor(x.r_step * st.steps)::int
LEFT JOIN folio_sequence fs ON fs.folio_year = x.year;

-- The application hands out the next folios after the loaded ones.
INSERT INTO folio_sequence (folio_year, last_number)
SELECT substr(folio, 7, 4)::int, max(substr(folio, 12)::int) FROM report GROUP BY 1
ON CONFLICT (folio_year) DO UPDATE SET last_number = excluded.last_number;

COMMIT;

VACUUM ANALYZE report;
