-- The last 8 characters of the invoice's Sello, which SAT's CFDI verification takes (fe=).
ALTER TABLE payment_order ADD COLUMN invoice_seal_tail VARCHAR(8);
