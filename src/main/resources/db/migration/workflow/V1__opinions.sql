-- 发文稿纸 opinions: every action on a step of an approval (同意, 退回, 撤回) with who acted, for whom, the opinion
-- and the moment, one row written by one insert in the transaction of the action. The id orders the actions of an
-- approval: the processing sheet lists them in that order, and a step may be withdrawn while its row is the last.
-- Approval and task ids are Flowable's (ACT_RU_*/ACT_HI_*), held as plain columns (docs/adr/0013).
CREATE TABLE workflow_opinion
(
  id            BIGSERIAL PRIMARY KEY,
  approval_id   VARCHAR(64)  NOT NULL,
  task_id       VARCHAR(64)  NOT NULL,
  -- The step of the model (user-task id) and its name (a message key), as the task had them.
  step          VARCHAR(255) NOT NULL,
  name_key      VARCHAR(255) NOT NULL,
  actor_id      UUID         NOT NULL,
  on_behalf_of  UUID,
  outcome       VARCHAR(16)  NOT NULL,
  opinion       TEXT         NOT NULL,
  acted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT workflow_opinion_outcome_ck CHECK (outcome IN ('APPROVED', 'RETURNED', 'WITHDRAWN'))
);
-- A step is handled once.
CREATE UNIQUE INDEX workflow_opinion_task_uq ON workflow_opinion (task_id);
-- The processing sheet of an approval, in order; its last action.
CREATE INDEX workflow_opinion_approval_ix ON workflow_opinion (approval_id, id);
