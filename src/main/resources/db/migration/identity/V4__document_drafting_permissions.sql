-- 拟稿与查阅公文: the office drafts in the name of the city government and its office and reads every document;
-- leaders read every document; a department or district drafts and reads in its own unit tree.
INSERT INTO identity_role_grant (role_code, permission, scope) VALUES
  ('OFFICE_STAFF', 'DOCUMENT_DRAFT', 'ALL'),
  ('OFFICE_STAFF', 'DOCUMENT_READ', 'ALL'),
  ('LEADER', 'DOCUMENT_READ', 'ALL'),
  ('UNIT_STAFF', 'DOCUMENT_DRAFT', 'UNIT_TREE'),
  ('UNIT_STAFF', 'DOCUMENT_READ', 'UNIT_TREE'),
  ('UNIT_ADMIN', 'DOCUMENT_DRAFT', 'UNIT_TREE'),
  ('UNIT_ADMIN', 'DOCUMENT_READ', 'UNIT_TREE');
