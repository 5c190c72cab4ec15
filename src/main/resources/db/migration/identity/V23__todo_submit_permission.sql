-- 报送待办: putting items on people's to-do lists, and closing them for a record, has a permission of its own; the
-- to-do facade asked for ORGANIZATION_READ, which says nothing about to-dos. Every role that could do it keeps it,
-- except the three administrators (三员), who hand out no work: of the built-in roles LEADER, OFFICE_STAFF,
-- UNIT_ADMIN and UNIT_STAFF.
INSERT INTO identity_role_grant (role_code, permission, scope)
SELECT g.role_code, 'TODO_SUBMIT', 'ALL'
FROM identity_role_grant g JOIN identity_role r ON r.code = g.role_code
WHERE g.permission = 'ORGANIZATION_READ' AND r.administrator_kind IS NULL;
