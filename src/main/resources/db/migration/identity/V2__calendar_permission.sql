-- The system administrator keeps the working-day calendar (工作日历): edits days, imports a year's notice.
INSERT INTO identity_role_grant (role_code, permission, scope) VALUES ('SYSTEM_ADMIN', 'CALENDAR_MANAGE', 'ALL');
