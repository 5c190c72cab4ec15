-- 链尾: the newest entry's id and hash, and the hash before it, in one row. An append is one statement: it updates
-- the row (which waits while another transaction on any node is appending, then reads what that one committed),
-- sealing the new entry from the old values, and inserts the entry it returns. It replaces an advisory lock, a read
-- of the newest entry and an insert.
CREATE TABLE audit_chain_head
(
  only_row      BOOLEAN  NOT NULL DEFAULT TRUE PRIMARY KEY,
  last_id       BIGINT   NOT NULL,
  last_hash     CHAR(64) NOT NULL,
  previous_hash CHAR(64) NOT NULL,
  CONSTRAINT audit_chain_head_one_row_ck CHECK (only_row)
);

INSERT INTO audit_chain_head (last_id, last_hash, previous_hash)
SELECT coalesce(max(id), 0),
       coalesce((SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1), repeat('0', 64)),
       coalesce((SELECT previous_hash FROM audit_entry ORDER BY id DESC LIMIT 1), repeat('0', 64))
  FROM audit_entry;
