-- 机构与人员: the unit tree, people, their posts (任职), leaders' secretaries, delegations (委托) and each
-- unit's liaison officers and duty contacts. Nothing is deleted: posts, secretaries, delegations and
-- contacts end; units are deactivated; every change of a unit leaves a revision.
CREATE TABLE organization_unit
(
  id                UUID PRIMARY KEY,
  parent_id         UUID REFERENCES organization_unit (id),
  kind              VARCHAR(24)  NOT NULL,
  full_name         VARCHAR(200) NOT NULL,
  short_name        VARCHAR(60)  NOT NULL,
  code              VARCHAR(32)  NOT NULL,
  issuing_code_word VARCHAR(20),
  sort_order        INT          NOT NULL DEFAULT 0,
  active            BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  version           BIGINT       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX organization_unit_code_uq ON organization_unit (code);
CREATE UNIQUE INDEX organization_unit_full_name_uq ON organization_unit (full_name) WHERE active;
CREATE INDEX organization_unit_parent_ix ON organization_unit (parent_id);

CREATE TABLE organization_unit_revision
(
  id                UUID PRIMARY KEY,
  unit_id           UUID         NOT NULL REFERENCES organization_unit (id),
  revised_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  revised_by        VARCHAR(64)  NOT NULL,
  parent_id         UUID,
  kind              VARCHAR(24)  NOT NULL,
  full_name         VARCHAR(200) NOT NULL,
  short_name        VARCHAR(60)  NOT NULL,
  code              VARCHAR(32)  NOT NULL,
  issuing_code_word VARCHAR(20),
  active            BOOLEAN      NOT NULL
);
CREATE INDEX organization_unit_revision_unit_ix ON organization_unit_revision (unit_id, revised_at);

CREATE TABLE organization_person
(
  id           UUID PRIMARY KEY,
  name         VARCHAR(50)  NOT NULL,
  mobile       VARCHAR(30),
  office_phone VARCHAR(30),
  email        VARCHAR(120),
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  version      BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX organization_person_name_ix ON organization_person (name);

CREATE TABLE organization_post
(
  id         UUID PRIMARY KEY,
  person_id  UUID        NOT NULL REFERENCES organization_person (id),
  unit_id    UUID        NOT NULL REFERENCES organization_unit (id),
  title      VARCHAR(60) NOT NULL,
  rank       VARCHAR(32) NOT NULL,
  principal  BOOLEAN     NOT NULL DEFAULT FALSE,
  started_on DATE        NOT NULL,
  ended_on   DATE,
  version    BIGINT      NOT NULL DEFAULT 0,
  CONSTRAINT organization_post_period_ck CHECK (ended_on IS NULL OR ended_on >= started_on)
);
CREATE INDEX organization_post_person_ix ON organization_post (person_id);
CREATE INDEX organization_post_unit_ix ON organization_post (unit_id);

CREATE TABLE organization_secretary
(
  id                  UUID PRIMARY KEY,
  leader_person_id    UUID NOT NULL REFERENCES organization_person (id),
  secretary_person_id UUID NOT NULL REFERENCES organization_person (id),
  started_on          DATE NOT NULL,
  ended_on            DATE,
  CONSTRAINT organization_secretary_distinct_ck CHECK (leader_person_id <> secretary_person_id)
);
CREATE INDEX organization_secretary_leader_ix ON organization_secretary (leader_person_id);
CREATE INDEX organization_secretary_secretary_ix ON organization_secretary (secretary_person_id);

CREATE TABLE organization_delegation
(
  id                  UUID PRIMARY KEY,
  delegator_person_id UUID         NOT NULL REFERENCES organization_person (id),
  delegate_person_id  UUID         NOT NULL REFERENCES organization_person (id),
  starts_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  ends_at             TIMESTAMP WITH TIME ZONE NOT NULL,
  reason              VARCHAR(200) NOT NULL,
  created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by          VARCHAR(64)  NOT NULL,
  revoked_at          TIMESTAMP WITH TIME ZONE,
  revoked_by          VARCHAR(64),
  CONSTRAINT organization_delegation_distinct_ck CHECK (delegator_person_id <> delegate_person_id),
  CONSTRAINT organization_delegation_period_ck CHECK (ends_at > starts_at)
);
CREATE INDEX organization_delegation_delegator_ix ON organization_delegation (delegator_person_id);
CREATE INDEX organization_delegation_delegate_ix ON organization_delegation (delegate_person_id);

CREATE TABLE organization_liaison
(
  id         UUID PRIMARY KEY,
  unit_id    UUID        NOT NULL REFERENCES organization_unit (id),
  role       VARCHAR(20) NOT NULL,
  name       VARCHAR(50) NOT NULL,
  phone      VARCHAR(30) NOT NULL,
  mobile     VARCHAR(30),
  started_on DATE        NOT NULL,
  ended_on   DATE,
  CONSTRAINT organization_liaison_role_ck CHECK (role IN ('LIAISON_OFFICER', 'DUTY_CONTACT'))
);
CREATE INDEX organization_liaison_unit_ix ON organization_liaison (unit_id);
