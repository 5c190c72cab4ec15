-- 事项主线与批示: matters, the records other modules attach to them, leaders' instructions with the people
-- who must act or read, and read receipts. Nothing is deleted: a matter is concluded, receipts accumulate.
CREATE TABLE matters_matter
(
  id                UUID PRIMARY KEY,
  title             VARCHAR(200) NOT NULL,
  classification    VARCHAR(16)  NOT NULL,
  lead_unit_id      UUID,
  opened_by         VARCHAR(64)  NOT NULL,
  opened_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  status            VARCHAR(16)  NOT NULL,
  concluded_at      TIMESTAMP WITH TIME ZONE,
  concluded_by      VARCHAR(64),
  conclusion        VARCHAR(2000),
  version           BIGINT       NOT NULL DEFAULT 0
);
-- The list pages newest first by (opened_at, id): keyset paging walks this index.
CREATE INDEX matters_matter_opened_ix ON matters_matter (opened_at DESC, id DESC);

CREATE TABLE matters_attachment
(
  id             UUID PRIMARY KEY,
  matter_id      UUID         NOT NULL REFERENCES matters_matter (id),
  module         VARCHAR(40)  NOT NULL,
  record_type    VARCHAR(40)  NOT NULL,
  record_id      VARCHAR(100) NOT NULL,
  summary        VARCHAR(500) NOT NULL,
  classification VARCHAR(16)  NOT NULL,
  occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  attached_by    VARCHAR(64)  NOT NULL
);
-- A record joins a matter once: attaching again is a no-op.
CREATE UNIQUE INDEX matters_attachment_record_uq ON matters_attachment (matter_id, module, record_type, record_id);

CREATE TABLE matters_instruction
(
  id                  UUID PRIMARY KEY,
  matter_id           UUID          NOT NULL REFERENCES matters_matter (id),
  author_person_id    UUID          NOT NULL,
  recorded_by_person  UUID,
  recorded_by         VARCHAR(64)   NOT NULL,
  channel             VARCHAR(24)   NOT NULL,
  text                VARCHAR(4000) NOT NULL,
  recorded_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  follow_up           BOOLEAN       NOT NULL,
  urgency             VARCHAR(16)   NOT NULL
);
CREATE INDEX matters_instruction_matter_ix ON matters_instruction (matter_id, recorded_at);

CREATE TABLE matters_instruction_person
(
  instruction_id UUID       NOT NULL REFERENCES matters_instruction (id),
  person_id      UUID       NOT NULL,
  role           VARCHAR(8) NOT NULL,
  PRIMARY KEY (instruction_id, role, person_id)
);

CREATE TABLE matters_receipt
(
  id              UUID PRIMARY KEY,
  instruction_id  UUID        NOT NULL REFERENCES matters_instruction (id),
  person_id       UUID        NOT NULL,
  read_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  acted_by_person UUID,
  acted_by        VARCHAR(64) NOT NULL
);
-- One receipt per person and instruction: reading twice keeps the first.
CREATE UNIQUE INDEX matters_receipt_reader_uq ON matters_receipt (instruction_id, person_id);
