-- 收文与请示件: incoming records of every unit with their routing, the history of their steps, their stored
-- documents, the counters of 收文编号 and the library of common opinions (常用拟办意见). Nothing is deleted but
-- opinions: a record is answered, returned or merged, and keeps its history.
CREATE TABLE requests_incoming
(
  id                    UUID PRIMARY KEY,
  receiving_unit_id     UUID          NOT NULL,
  number                VARCHAR(60),
  number_year           INTEGER,
  sender_organ          VARCHAR(200)  NOT NULL,
  organ_key             VARCHAR(200)  NOT NULL,
  sender_unit_id        UUID,
  submitted_by          UUID,
  sender_number         VARCHAR(60),
  title                 VARCHAR(300)  NOT NULL,
  type                  VARCHAR(24)   NOT NULL,
  classification        VARCHAR(16)   NOT NULL,
  urgency               VARCHAR(16)   NOT NULL,
  written_on            DATE          NOT NULL,
  received_on           DATE          NOT NULL,
  copies                INTEGER       NOT NULL CHECK (copies BETWEEN 1 AND 999),
  channel               VARCHAR(16)   NOT NULL,
  source_document_id    UUID,
  stage                 VARCHAR(16)   NOT NULL,
  arrived_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  registered_by         UUID,
  matter_id             UUID,
  duplicate_of          UUID REFERENCES requests_incoming (id),
  merged_into           UUID REFERENCES requests_incoming (id),
  file_id               UUID,
  leader_id             UUID,
  proposal              VARCHAR(2000),
  instruction_approval  VARCHAR(64),
  lead_unit_id          UUID,
  circulation_approval  VARCHAR(64),
  circulation_open      BOOLEAN       NOT NULL DEFAULT FALSE,
  clock_id              UUID,
  return_reason         VARCHAR(2000),
  answer                VARCHAR(2000),
  reply_document_id     UUID,
  reply_document        VARCHAR(400),
  closed_at             TIMESTAMP WITH TIME ZONE,
  version               BIGINT        NOT NULL DEFAULT 0
);
-- A unit's list by stage, newest first.
CREATE INDEX requests_incoming_unit_ix ON requests_incoming (receiving_unit_id, stage, arrived_at DESC);
-- The duplicate rule looks at the unit's earlier records from the same organ.
CREATE INDEX requests_incoming_organ_ix ON requests_incoming (receiving_unit_id, organ_key);
-- 收文编号 are unique per unit and year.
CREATE UNIQUE INDEX requests_incoming_number_uq ON requests_incoming (receiving_unit_id, number) WHERE number IS NOT NULL;
-- One record per unit and distributed document: a second delivery of the same signing changes nothing.
CREATE UNIQUE INDEX requests_incoming_source_uq ON requests_incoming (source_document_id, receiving_unit_id)
  WHERE source_document_id IS NOT NULL;
CREATE INDEX requests_incoming_type_ix ON requests_incoming (type, received_on DESC);
CREATE INDEX requests_incoming_leader_ix ON requests_incoming (leader_id) WHERE leader_id IS NOT NULL;
CREATE INDEX requests_incoming_clock_ix ON requests_incoming (clock_id) WHERE clock_id IS NOT NULL;

-- 协办单位, in the order given.
CREATE TABLE requests_incoming_co_unit
(
  incoming_id UUID    NOT NULL REFERENCES requests_incoming (id),
  position    INTEGER NOT NULL,
  unit_id     UUID    NOT NULL,
  PRIMARY KEY (incoming_id, position)
);

-- The route of the last 传阅, in order.
CREATE TABLE requests_incoming_reader
(
  incoming_id UUID    NOT NULL REFERENCES requests_incoming (id),
  position    INTEGER NOT NULL,
  person_id   UUID    NOT NULL,
  PRIMARY KEY (incoming_id, position)
);
CREATE INDEX requests_incoming_reader_person_ix ON requests_incoming_reader (person_id);

CREATE TABLE requests_step
(
  id          UUID PRIMARY KEY,
  incoming_id UUID          NOT NULL REFERENCES requests_incoming (id),
  position    INTEGER       NOT NULL,
  step        VARCHAR(16)   NOT NULL,
  acted_by    VARCHAR(100)  NOT NULL,
  acted_for   VARCHAR(100),
  text        VARCHAR(4000) NOT NULL,
  at          TIMESTAMP WITH TIME ZONE NOT NULL,
  UNIQUE (incoming_id, position)
);

-- The electronic or scanned document; its type is what its bytes showed, not what its name said.
CREATE TABLE requests_file
(
  id          UUID PRIMARY KEY,
  incoming_id UUID         NOT NULL REFERENCES requests_incoming (id),
  name        VARCHAR(255) NOT NULL,
  media_type  VARCHAR(100) NOT NULL,
  size        BIGINT       NOT NULL,
  sha256      VARCHAR(64)  NOT NULL,
  content     BYTEA        NOT NULL,
  stored_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- 收文编号: the last number given per unit and year, moved on by one upsert.
CREATE TABLE requests_number_counter
(
  unit_id       UUID    NOT NULL,
  year          INTEGER NOT NULL,
  last_sequence INTEGER NOT NULL,
  PRIMARY KEY (unit_id, year)
);

CREATE TABLE requests_opinion
(
  id         UUID PRIMARY KEY,
  text       VARCHAR(500) NOT NULL UNIQUE,
  sort_order INTEGER      NOT NULL,
  changed_by VARCHAR(64)  NOT NULL,
  changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
-- The wordings every office starts from; administrators edit the library.
INSERT INTO requests_opinion (id, text, sort_order, changed_by, changed_at) VALUES
  ('6f1d2c0e-3b1a-4c55-9e0a-000000000001', '拟请分管副市长阅示。', 1, 'system', CURRENT_TIMESTAMP),
  ('6f1d2c0e-3b1a-4c55-9e0a-000000000002', '拟请市发展改革委会同有关部门研究提出意见。', 2, 'system', CURRENT_TIMESTAMP),
  ('6f1d2c0e-3b1a-4c55-9e0a-000000000003', '拟转请有关部门按职责办理，并将办理结果告来文单位。', 3, 'system', CURRENT_TIMESTAMP),
  ('6f1d2c0e-3b1a-4c55-9e0a-000000000004', '拟同意，请办公厅代拟批复。', 4, 'system', CURRENT_TIMESTAMP),
  ('6f1d2c0e-3b1a-4c55-9e0a-000000000005', '拟送市政府领导传阅。', 5, 'system', CURRENT_TIMESTAMP);
