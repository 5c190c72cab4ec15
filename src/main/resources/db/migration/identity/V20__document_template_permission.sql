-- 公文模板: the system administrator keeps the templates (发文机关标志, 代字, format, approval model per 文种 and unit).
INSERT INTO identity_role_grant (role_code, permission, scope) VALUES
  ('SYSTEM_ADMIN', 'DOCUMENT_TEMPLATE_MANAGE', 'ALL');
