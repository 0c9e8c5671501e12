-- Who recorded Cero Papel's delivery confirmation of a reply oficio, and when (delivered_at is
-- the delivery date Cero Papel reports).
ALTER TABLE outgoing_oficio ADD COLUMN delivery_recorded_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE outgoing_oficio ADD COLUMN delivery_recorded_by VARCHAR(40);
