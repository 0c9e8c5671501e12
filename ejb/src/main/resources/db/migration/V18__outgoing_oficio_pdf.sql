-- The reply oficio as the PDF Cero Papel delivers (its anexo), rendered when the oficio is queued.
-- Oficios queued before this migration have none.
ALTER TABLE outgoing_oficio ADD COLUMN pdf BYTEA;
