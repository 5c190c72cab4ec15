-- 用户与权限: accounts, roles with their permission grants (each with a data scope), API tokens.
CREATE TABLE identity_account
(
  id                  UUID PRIMARY KEY,
  username            VARCHAR(64)  NOT NULL,
  display_name        VARCHAR(100) NOT NULL,
  person_id           UUID,
  password_hash       VARCHAR(255),
  clearance           VARCHAR(16)  NOT NULL DEFAULT 'INTERNAL',
  enabled             BOOLEAN      NOT NULL DEFAULT TRUE,
  failed_attempts     INT          NOT NULL DEFAULT 0,
  locked_until        TIMESTAMP WITH TIME ZONE,
  password_changed_at TIMESTAMP WITH TIME ZONE,
  locale              VARCHAR(16),
  active_post_id      UUID,
  created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  version             BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT identity_account_clearance_ck CHECK (clearance IN ('PUBLIC', 'INTERNAL', 'SECRET', 'CONFIDENTIAL'))
);
CREATE UNIQUE INDEX identity_account_username_uq ON identity_account (lower(username));
CREATE INDEX identity_account_person_ix ON identity_account (person_id);

CREATE TABLE identity_role
(
  code               VARCHAR(40) PRIMARY KEY,
  name               VARCHAR(100),
  administrator_kind VARCHAR(16),
  built_in           BOOLEAN NOT NULL DEFAULT FALSE,
  CONSTRAINT identity_role_admin_kind_ck CHECK (administrator_kind IN ('SYSTEM', 'SECURITY', 'AUDIT'))
);

CREATE TABLE identity_role_grant
(
  role_code  VARCHAR(40) NOT NULL REFERENCES identity_role (code) ON DELETE CASCADE,
  permission VARCHAR(40) NOT NULL,
  scope      VARCHAR(16) NOT NULL,
  PRIMARY KEY (role_code, permission),
  CONSTRAINT identity_role_grant_scope_ck CHECK (scope IN ('OWN_UNIT', 'UNIT_TREE', 'ALL'))
);

CREATE TABLE identity_account_role
(
  account_id UUID        NOT NULL REFERENCES identity_account (id) ON DELETE CASCADE,
  role_code  VARCHAR(40) NOT NULL REFERENCES identity_role (code),
  PRIMARY KEY (account_id, role_code)
);

CREATE TABLE identity_api_token
(
  id           UUID PRIMARY KEY,
  account_id   UUID         NOT NULL REFERENCES identity_account (id) ON DELETE CASCADE,
  name         VARCHAR(100) NOT NULL,
  token_hash   VARCHAR(64)  NOT NULL UNIQUE,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at   TIMESTAMP WITH TIME ZONE,
  last_used_at TIMESTAMP WITH TIME ZONE,
  revoked_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX identity_api_token_account_ix ON identity_api_token (account_id);

-- The built-in roles. 三员分立: the system, security and audit administrators are three roles that one
-- account never combines (enforced by IdentityManagement).
INSERT INTO identity_role (code, administrator_kind, built_in) VALUES
  ('SYSTEM_ADMIN', 'SYSTEM', TRUE),
  ('SECURITY_ADMIN', 'SECURITY', TRUE),
  ('AUDIT_ADMIN', 'AUDIT', TRUE),
  ('LEADER', NULL, TRUE),
  ('OFFICE_STAFF', NULL, TRUE),
  ('UNIT_ADMIN', NULL, TRUE),
  ('UNIT_STAFF', NULL, TRUE);

INSERT INTO identity_role_grant (role_code, permission, scope) VALUES
  ('SYSTEM_ADMIN', 'ORGANIZATION_READ', 'ALL'),
  ('SYSTEM_ADMIN', 'ORGANIZATION_MANAGE', 'ALL'),
  ('SYSTEM_ADMIN', 'LIAISON_MANAGE', 'ALL'),
  ('SYSTEM_ADMIN', 'ACCOUNT_MANAGE', 'ALL'),
  ('SECURITY_ADMIN', 'ORGANIZATION_READ', 'ALL'),
  ('SECURITY_ADMIN', 'ROLE_ASSIGN', 'ALL'),
  ('AUDIT_ADMIN', 'AUDIT_READ', 'ALL'),
  ('LEADER', 'ORGANIZATION_READ', 'ALL'),
  ('OFFICE_STAFF', 'ORGANIZATION_READ', 'ALL'),
  ('OFFICE_STAFF', 'LIAISON_MANAGE', 'OWN_UNIT'),
  ('UNIT_ADMIN', 'ORGANIZATION_READ', 'ALL'),
  ('UNIT_ADMIN', 'ORGANIZATION_MANAGE', 'UNIT_TREE'),
  ('UNIT_ADMIN', 'LIAISON_MANAGE', 'UNIT_TREE'),
  ('UNIT_STAFF', 'ORGANIZATION_READ', 'ALL'),
  ('UNIT_STAFF', 'LIAISON_MANAGE', 'OWN_UNIT');
