-- 发文编号: the office staff and the system administrator keep the register (reserve, void, read).
INSERT INTO identity_role_grant (role_code, permission, scope) VALUES
  ('OFFICE_STAFF', 'DOCUMENT_NUMBER_MANAGE', 'ALL'),
  ('SYSTEM_ADMIN', 'DOCUMENT_NUMBER_MANAGE', 'ALL');
