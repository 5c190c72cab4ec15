-- 公文: the document with its 18 elements as fields, every saved body as a version, and its recipients with the
-- state of their copy (分发, 签收, 撤回). Nothing is deleted: a version is never changed, a recall is a mark.
CREATE TABLE documents_document
(
  id                UUID PRIMARY KEY,
  type              VARCHAR(32)  NOT NULL,
  direction         VARCHAR(16)  NOT NULL,
  issuer_unit_id    UUID         NOT NULL,
  issuer_name       VARCHAR(200) NOT NULL,
  issuer_mark       VARCHAR(200) NOT NULL,
  code_word         VARCHAR(32)  NOT NULL,
  drafting_unit_id  UUID,
  drafted_by        UUID,
  drafter_name      VARCHAR(100) NOT NULL,
  title             VARCHAR(200) NOT NULL,
  main_recipient_text VARCHAR(500),
  classification    VARCHAR(16)  NOT NULL,
  secrecy_term      VARCHAR(40),
  urgency           VARCHAR(16)  NOT NULL,
  attachment_note   VARCHAR(2000) NOT NULL DEFAULT '',
  note              VARCHAR(500),
  printing_organ    VARCHAR(200) NOT NULL,
  copies            INT          NOT NULL CHECK (copies BETWEEN 1 AND 9999),
  disclosure        VARCHAR(16),
  disclosure_reason VARCHAR(500),
  secrecy_review    VARCHAR(500),
  body_html         TEXT         NOT NULL,
  body_version      INT          NOT NULL,
  status            VARCHAR(16)  NOT NULL,
  approval_id       VARCHAR(64),
  issuing_number    VARCHAR(64),
  signer_person     UUID,
  signer_name       VARCHAR(100),
  signoff_opinion   VARCHAR(2000),
  signed_at         TIMESTAMP WITH TIME ZONE,
  written_on        DATE,
  printed_on        DATE,
  issued_at         TIMESTAMP WITH TIME ZONE,
  in_reply_to       VARCHAR(200),
  issued_pdf        BYTEA,
  created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  version           BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT documents_document_status_ck CHECK (status IN ('DRAFT', 'IN_APPROVAL', 'SIGNED', 'ISSUED'))
);
-- The list pages newest first, by status.
CREATE INDEX documents_document_status_ix ON documents_document (status, updated_at DESC, id DESC);
CREATE INDEX documents_document_unit_ix ON documents_document (drafting_unit_id, updated_at DESC);
CREATE INDEX documents_document_reply_ix ON documents_document (in_reply_to) WHERE in_reply_to IS NOT NULL;

CREATE TABLE documents_body_version
(
  id          UUID PRIMARY KEY,
  document_id UUID         NOT NULL REFERENCES documents_document (id),
  number      INT          NOT NULL CHECK (number > 0),
  body_html   TEXT         NOT NULL,
  saved_by    VARCHAR(64)  NOT NULL,
  saved_by_name VARCHAR(100) NOT NULL,
  saved_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT documents_body_version_once UNIQUE (document_id, number)
);

CREATE TABLE documents_recipient
(
  document_id   UUID         NOT NULL REFERENCES documents_document (id),
  position      INT          NOT NULL,
  role          VARCHAR(8)   NOT NULL CHECK (role IN ('MAIN', 'COPY')),
  unit_id       UUID         NOT NULL,
  name          VARCHAR(200) NOT NULL,
  delivered_at  TIMESTAMP WITH TIME ZONE,
  received_at   TIMESTAMP WITH TIME ZONE,
  received_by   UUID,
  received_by_name VARCHAR(100),
  recalled_at   TIMESTAMP WITH TIME ZONE,
  pressed_at    TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (document_id, position)
);
-- A unit's copies waiting to be signed for.
CREATE INDEX documents_recipient_pending_ix ON documents_recipient (unit_id)
  WHERE delivered_at IS NOT NULL AND received_at IS NULL AND recalled_at IS NULL;
