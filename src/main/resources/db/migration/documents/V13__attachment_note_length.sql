-- 附件说明: up to 30 names of up to 100 characters, one a line (zhengwu.documents.attachments.max-count and the
-- drafting form's limits), which is more than the 2000 characters V2 gave it.
ALTER TABLE documents_document ALTER COLUMN attachment_note TYPE VARCHAR(3100);
