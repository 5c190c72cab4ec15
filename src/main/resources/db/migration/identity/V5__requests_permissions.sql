-- 收文与请示件: clerks handle their own unit's incoming documents (a unit administrator, the unit's whole tree);
-- units' staff submit documents upward through the API; leaders and the office's staff read the 请示 ledger; the
-- office's staff and the system administrator keep the library of common opinions.
INSERT INTO identity_role_grant (role_code, permission, scope) VALUES
  ('OFFICE_STAFF', 'INCOMING_HANDLE', 'OWN_UNIT'),
  ('UNIT_STAFF', 'INCOMING_HANDLE', 'OWN_UNIT'),
  ('UNIT_ADMIN', 'INCOMING_HANDLE', 'UNIT_TREE'),
  ('UNIT_STAFF', 'INCOMING_SUBMIT', 'OWN_UNIT'),
  ('UNIT_ADMIN', 'INCOMING_SUBMIT', 'UNIT_TREE'),
  ('OFFICE_STAFF', 'INCOMING_SUBMIT', 'OWN_UNIT'),
  ('LEADER', 'REQUEST_LEDGER_READ', 'ALL'),
  ('OFFICE_STAFF', 'REQUEST_LEDGER_READ', 'ALL'),
  ('UNIT_ADMIN', 'REQUEST_LEDGER_READ', 'UNIT_TREE'),
  ('OFFICE_STAFF', 'OPINION_MANAGE', 'ALL'),
  ('SYSTEM_ADMIN', 'OPINION_MANAGE', 'ALL');
