-- 附件: the files of a document, in the order of its 附件说明, with what their bytes really are (detected from
-- the content), their digest and the text extracted for search. The bytes sit in a table of their own behind
-- AttachmentStore, so that an S3-compatible store can take them later without touching the metadata.
CREATE TABLE documents_attachment
(
  id               UUID PRIMARY KEY,
  document_id      UUID         NOT NULL REFERENCES documents_document (id),
  position         INT          NOT NULL CHECK (position > 0),
  name             VARCHAR(100) NOT NULL,
  file_name        VARCHAR(255) NOT NULL,
  kind             VARCHAR(16)  NOT NULL,
  media_type       VARCHAR(100) NOT NULL,
  size             BIGINT       NOT NULL CHECK (size > 0),
  sha256           VARCHAR(64)  NOT NULL CHECK (length(sha256) = 64),
  text             TEXT         NOT NULL,
  uploaded_by      VARCHAR(64)  NOT NULL,
  uploaded_by_name VARCHAR(100) NOT NULL,
  uploaded_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX documents_attachment_document_ix ON documents_attachment (document_id, position);

CREATE TABLE documents_attachment_content
(
  attachment_id UUID PRIMARY KEY REFERENCES documents_attachment (id),
  bytes         BYTEA NOT NULL
);
