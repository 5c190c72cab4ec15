-- Outbox-polling coordination of Hibernate Search 8.2 (docs/adr/0011), used when several nodes share an
-- Elasticsearch/OpenSearch index (profile search-cluster): each change to an indexed document is written to the
-- outbox in the same transaction, and the nodes' agents (registered in hsearch_agent) apply it to the cluster.
-- The tables are Hibernate Search's own entities, so they keep its names (hsearch_, not documents_) and the columns
-- are those Hibernate generates for its mapping (schema generation run once with outbox-polling on, names as
-- Spring Boot's naming strategy spells them); Hibernate validates them at start.
-- Unused while one node runs the embedded Lucene backend (coordination none).
CREATE TABLE hsearch_agent
(
  id                   UUID         NOT NULL PRIMARY KEY,
  type                 VARCHAR(255) NOT NULL CHECK (type IN ('EVENT_PROCESSING_DYNAMIC_SHARDING',
                                                           'EVENT_PROCESSING_STATIC_SHARDING', 'MASS_INDEXING')),
  name                 VARCHAR(255) NOT NULL,
  expiration           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  state                VARCHAR(255) NOT NULL CHECK (state IN ('RUNNING', 'WAITING', 'SUSPENDED')),
  total_shard_count    INTEGER,
  assigned_shard_index INTEGER,
  tenant_id            VARCHAR(255),
  payload              BYTEA
);

CREATE TABLE hsearch_outbox_event
(
  id             UUID         NOT NULL PRIMARY KEY,
  entity_name    VARCHAR(256) NOT NULL,
  entity_id      VARCHAR(256) NOT NULL,
  entity_id_hash INTEGER      NOT NULL,
  tenant_id      VARCHAR(255),
  payload        BYTEA        NOT NULL,
  retries        INTEGER      NOT NULL,
  process_after  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  status         VARCHAR(255) NOT NULL CHECK (status IN ('PENDING', 'ABORTED'))
);
-- The agents pick pending events due by now, each agent those of its shard's hash range.
CREATE INDEX hsearch_outbox_event_entity_id_hash_ix ON hsearch_outbox_event (entity_id_hash);
CREATE INDEX hsearch_outbox_event_status_ix ON hsearch_outbox_event (status);
CREATE INDEX hsearch_outbox_event_process_after_ix ON hsearch_outbox_event (process_after);
