-- 日常办公: the office's everyday pages and calls (matters and instructions, to-dos and delegations, notifications, the
-- working-day calendar and clocks, taking part in documents and incoming records) asked only for a signed-in person, so
-- the audit administrator reached them too. They now ask for OFFICE_WORK, which every role keeps, custom roles
-- included, except the audit administrator's: 三员分立, the auditor reads the audit trail and nothing else (ADR 0008).
INSERT INTO identity_role_grant (role_code, permission, scope)
SELECT r.code, 'OFFICE_WORK', 'ALL'
FROM identity_role r
WHERE r.administrator_kind IS DISTINCT FROM 'AUDIT';
