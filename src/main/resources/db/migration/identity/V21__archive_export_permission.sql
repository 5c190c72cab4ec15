-- 归档: the office's staff export the archive packages of issued documents (one by one and by 归档年度).
INSERT INTO identity_role_grant (role_code, permission, scope) VALUES
  ('OFFICE_STAFF', 'ARCHIVE_EXPORT', 'ALL');
