-- 公文模板: per 文种 and issuing unit (by the unit's code, so that the demo city's templates can be seeded before
-- its units exist), the 发文机关标志, the code word of the number, the format, the default 印发机关, the approval
-- model and a starting body. A template is retired, never deleted: the audit trail names it.
CREATE TABLE documents_template
(
  id             UUID PRIMARY KEY,
  type           VARCHAR(32)  NOT NULL,
  issuer_code    VARCHAR(32)  NOT NULL,
  issuer_mark    VARCHAR(200) NOT NULL,
  code_word      VARCHAR(32)  NOT NULL,
  layout_format  VARCHAR(16)  NOT NULL CHECK (layout_format IN ('GENERAL', 'LETTER', 'ORDER', 'MINUTES')),
  printing_organ VARCHAR(200),
  process_key    VARCHAR(64)  NOT NULL,
  body_html      TEXT         NOT NULL DEFAULT '',
  changed_by     VARCHAR(64)  NOT NULL,
  changed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  retired_at     TIMESTAMP WITH TIME ZONE,
  version        BIGINT       NOT NULL DEFAULT 0
);
-- One template in force per type and unit.
CREATE UNIQUE INDEX documents_template_in_force_uq ON documents_template (type, issuer_code) WHERE retired_at IS NULL;

-- A document keeps the format and the approval model it was drafted with (its template's, or the usual ones).
ALTER TABLE documents_document ADD COLUMN layout_format VARCHAR(16);
ALTER TABLE documents_document ADD COLUMN process_key VARCHAR(64);
UPDATE documents_document
SET layout_format = CASE type WHEN 'LETTER' THEN 'LETTER' WHEN 'ORDER' THEN 'ORDER' WHEN 'MINUTES' THEN 'MINUTES'
                              ELSE 'GENERAL' END,
    process_key   = 'documents-issue';
ALTER TABLE documents_document ALTER COLUMN layout_format SET NOT NULL;
ALTER TABLE documents_document ALTER COLUMN process_key SET NOT NULL;

-- The demo city's forms: 市政府 (SHGOV) issues 沪府发 文件, 沪府函 函 and 上海市人民政府令; its 办公厅 (SHGOV-GO)
-- 沪府办发 文件, 沪府办函 函 and its 纪要; the district governments with a code word go through the unit model.
INSERT INTO documents_template (id, type, issuer_code, issuer_mark, code_word, layout_format, printing_organ,
                                process_key, body_html, changed_by, changed_at)
VALUES
  (gen_random_uuid(), 'NOTICE', 'SHGOV', '上海市人民政府文件', '沪府发', 'GENERAL', NULL, 'documents-issue',
   '<p>为……，现就有关事项通知如下：</p><h2>一、……</h2><p>……</p><h2>二、……</h2><p>……</p>', 'system', now()),
  (gen_random_uuid(), 'OPINION', 'SHGOV', '上海市人民政府文件', '沪府发', 'GENERAL', NULL, 'documents-issue',
   '<p>为……，现提出如下意见：</p><h2>一、总体要求</h2><p>……</p><h2>二、主要任务</h2><p>……</p><h2>三、保障措施</h2><p>……</p>',
   'system', now()),
  (gen_random_uuid(), 'DECISION', 'SHGOV', '上海市人民政府文件', '沪府发', 'GENERAL', NULL, 'documents-issue', '',
   'system', now()),
  (gen_random_uuid(), 'LETTER', 'SHGOV', '上海市人民政府', '沪府函', 'LETTER', NULL, 'documents-issue',
   '<p>……</p><p>特此函告。</p>', 'system', now()),
  (gen_random_uuid(), 'ORDER', 'SHGOV', '上海市人民政府令', '上海市人民政府令', 'ORDER', NULL, 'documents-issue',
   '<p>《……》已经……年……月……日市政府第……次常务会议通过，现予公布，自……年……月……日起施行。</p>', 'system', now()),
  (gen_random_uuid(), 'NOTICE', 'SHGOV-GO', '上海市人民政府办公厅文件', '沪府办发', 'GENERAL', NULL, 'documents-issue',
   '<p>为……，经市政府同意，现就有关事项通知如下：</p><h2>一、……</h2><p>……</p><h2>二、……</h2><p>……</p>', 'system', now()),
  (gen_random_uuid(), 'OPINION', 'SHGOV-GO', '上海市人民政府办公厅文件', '沪府办发', 'GENERAL', NULL, 'documents-issue',
   '', 'system', now()),
  (gen_random_uuid(), 'LETTER', 'SHGOV-GO', '上海市人民政府办公厅', '沪府办函', 'LETTER', NULL, 'documents-issue',
   '<p>……</p><p>特此函复。</p>', 'system', now()),
  (gen_random_uuid(), 'MINUTES', 'SHGOV-GO', '上海市人民政府办公厅纪要', '沪府办纪', 'MINUTES', NULL, 'documents-issue',
   '<p>……年……月……日，……主持召开会议，研究……。纪要如下：</p><h2>一、……</h2><p>……</p>', 'system', now()),
  (gen_random_uuid(), 'NOTICE', '310112', '上海市闵行区人民政府文件', '闵府发', 'GENERAL', NULL, 'documents-issue-unit', '',
   'system', now()),
  (gen_random_uuid(), 'NOTICE', '310114', '上海市嘉定区人民政府文件', '嘉府发', 'GENERAL', NULL, 'documents-issue-unit', '',
   'system', now()),
  (gen_random_uuid(), 'NOTICE', '310115', '上海市浦东新区人民政府文件', '浦府发', 'GENERAL', NULL, 'documents-issue-unit', '',
   'system', now()),
  (gen_random_uuid(), 'NOTICE', '310117', '上海市松江区人民政府文件', '沪松府发', 'GENERAL', NULL, 'documents-issue-unit', '',
   'system', now()),
  (gen_random_uuid(), 'NOTICE', '310151', '上海市崇明区人民政府文件', '沪崇府发', 'GENERAL', NULL, 'documents-issue-unit', '',
   'system', now());
