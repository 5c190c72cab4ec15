-- 链尾: the newest entry's id and hash in one row. An append locks the row and reads it in one statement
-- (SELECT … FOR UPDATE waits for any append in progress on any node and then reads what it committed), and moves it
-- in the statement that inserts the entry. It replaces an advisory lock followed by a read of the newest entry.
CREATE TABLE audit_chain_head
(
  only_row  BOOLEAN  NOT NULL DEFAULT TRUE PRIMARY KEY,
  last_id   BIGINT   NOT NULL,
  last_hash CHAR(64) NOT NULL,
  CONSTRAINT audit_chain_head_one_row_ck CHECK (only_row)
);

INSERT INTO audit_chain_head (last_id, last_hash)
SELECT coalesce(max(id), 0),
       coalesce((SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1), repeat('0', 64))
  FROM audit_entry;
