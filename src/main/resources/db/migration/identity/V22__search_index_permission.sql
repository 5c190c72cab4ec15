-- 重建检索索引: only the system administrator rebuilds the full-text index (docs/adr/0011).
INSERT INTO identity_role_grant (role_code, permission, scope) VALUES ('SYSTEM_ADMIN', 'SEARCH_INDEX_MANAGE', 'ALL');
