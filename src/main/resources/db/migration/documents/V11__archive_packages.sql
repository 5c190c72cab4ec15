-- 归档: one archive package (ZIP: metadata as JSON and XML, 发文稿纸, the issued PDF, the attachments) per issued
-- document, under its 归档年度 and 件号 (numbered per year, like the issuing numbers: one counter row per year).
CREATE TABLE documents_archive_package
(
  document_id    UUID PRIMARY KEY REFERENCES documents_document (id),
  archive_year   INT          NOT NULL,
  item_number    INT          NOT NULL CHECK (item_number > 0),
  archival_code  VARCHAR(64)  NOT NULL,
  retention      VARCHAR(16)  NOT NULL CHECK (retention IN ('PERMANENT', 'YEARS_30', 'YEARS_10')),
  title          VARCHAR(200) NOT NULL,
  issuing_number VARCHAR(64)  NOT NULL,
  responsible    VARCHAR(200) NOT NULL,
  written_on     DATE         NOT NULL,
  classification VARCHAR(16)  NOT NULL,
  package        BYTEA        NOT NULL,
  archived_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT documents_archive_item_once UNIQUE (archive_year, item_number)
);

CREATE TABLE documents_archive_sequence
(
  archive_year INT PRIMARY KEY,
  last_item    INT NOT NULL
);
