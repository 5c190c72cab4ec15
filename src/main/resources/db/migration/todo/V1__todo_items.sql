-- 待办事项: one list across all modules. Items are never deleted: an open item is closed (已办/已阅) with who
-- closed it. Every list query starts from the assignee (the caller and the people they act for), so every
-- index leads with assignee_id; the open list is a partial index in the list's own order, so a page is an
-- index range scan whatever the number of closed items.
CREATE TABLE todo_item
(
  id               UUID PRIMARY KEY,
  kind             VARCHAR(8)   NOT NULL,
  assignee_id      UUID         NOT NULL,
  title            VARCHAR(300) NOT NULL,
  origin_module    VARCHAR(40)  NOT NULL,
  origin_type      VARCHAR(40)  NOT NULL,
  origin_id        VARCHAR(100) NOT NULL,
  link             VARCHAR(300) NOT NULL,
  matter_id        UUID,
  urgency          VARCHAR(16)  NOT NULL,
  -- 0 特急, 1 加急, 2 平件: ascending order puts the most urgent first, so one index order serves the sort.
  priority         SMALLINT     NOT NULL,
  due_at           TIMESTAMP WITH TIME ZONE,
  -- Items without a due moment sort last; a generated column keeps the keyset comparison free of NULLs.
  due_sort         TIMESTAMP WITH TIME ZONE GENERATED ALWAYS AS
                     (COALESCE(due_at, TIMESTAMP WITH TIME ZONE '9999-12-31 00:00:00+00')) STORED,
  due_explanation  VARCHAR(120),
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by       VARCHAR(64)  NOT NULL,
  state            VARCHAR(8)   NOT NULL,
  closed_at        TIMESTAMP WITH TIME ZONE,
  closed_by        VARCHAR(64),
  closed_by_name   VARCHAR(60),
  closed_by_person UUID,
  version          BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT todo_item_closed_ck CHECK ((state = 'OPEN') = (closed_at IS NULL))
);
-- An origin puts one item of a kind on a person's list: adding it again (a listener re-run) changes nothing.
CREATE UNIQUE INDEX todo_item_origin_uq ON todo_item (assignee_id, kind, origin_module, origin_type, origin_id);
-- 待办 / 待阅 tabs: WHERE assignee_id IN (…) AND state = 'OPEN' AND kind = ? ORDER BY due_sort, priority, id.
CREATE INDEX todo_item_open_ix ON todo_item (assignee_id, kind, due_sort, priority, id) WHERE state = 'OPEN';
-- 已办 tab: newest closed first.
CREATE INDEX todo_item_closed_ix ON todo_item (assignee_id, closed_at DESC, id DESC) WHERE state = 'CLOSED';
-- Modules close the items of a record when the record is dealt with elsewhere.
CREATE INDEX todo_item_origin_open_ix ON todo_item (origin_module, origin_type, origin_id) WHERE state = 'OPEN';
