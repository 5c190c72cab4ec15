-- 发文编号: one counter per code word (发文机关代字) and year, taken with an atomic upsert that locks its row.
CREATE TABLE documents_number_sequence (
  code_word   VARCHAR(32) NOT NULL,
  year        INT         NOT NULL,
  last_number INT         NOT NULL CHECK (last_number > 0),
  PRIMARY KEY (code_word, year)
);

-- 发文登记簿: every number taken, with its status; a number appears once, a document holds one issued number.
CREATE TABLE documents_number_register (
  id          UUID         PRIMARY KEY,
  code_word   VARCHAR(32)  NOT NULL,
  year        INT          NOT NULL,
  sequence    INT          NOT NULL CHECK (sequence > 0),
  number_text VARCHAR(64)  NOT NULL,
  status      VARCHAR(16)  NOT NULL CHECK (status IN ('ISSUED', 'RESERVED', 'VOIDED')),
  document_id UUID,
  recorded_by VARCHAR(100) NOT NULL,
  recorded_at TIMESTAMPTZ  NOT NULL,
  reason      VARCHAR(500),
  CONSTRAINT documents_number_register_once UNIQUE (code_word, year, sequence),
  CONSTRAINT documents_number_register_issued_has_document CHECK (status <> 'ISSUED' OR document_id IS NOT NULL)
);

CREATE UNIQUE INDEX documents_number_register_one_issued
  ON documents_number_register (document_id) WHERE status = 'ISSUED';
