-- 协办意见: each 协办 unit of a record keeps its opinion once it gave it, who gave it and when; its part is then done.
ALTER TABLE requests_incoming_co_unit
  ADD COLUMN opinion    VARCHAR(2000),
  ADD COLUMN opinion_by VARCHAR(100),
  ADD COLUMN opinion_at TIMESTAMP WITH TIME ZONE;
