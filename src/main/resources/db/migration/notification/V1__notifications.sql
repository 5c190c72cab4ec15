-- 通知: what each person was told in the application, their channel choices, and the record of every
-- delivery attempt on every channel (who was told what, when, and whether it reached them).
CREATE TABLE notification_item
(
  id                UUID PRIMARY KEY,
  -- One event tells each recipient once: a redelivered event finds its row and is not told again.
  event_key         VARCHAR(64)   NOT NULL,
  recipient_id      UUID          NOT NULL,
  message_key       VARCHAR(200)  NOT NULL,
  message_arguments TEXT[]        NOT NULL,
  urgency           VARCHAR(16)   NOT NULL,
  link              VARCHAR(500)  NOT NULL,
  sender            VARCHAR(64)   NOT NULL,
  arrived_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  read_at           TIMESTAMP WITH TIME ZONE
);
CREATE UNIQUE INDEX notification_item_event_recipient_uq ON notification_item (event_key, recipient_id);
CREATE INDEX notification_item_recipient_ix ON notification_item (recipient_id, arrived_at DESC);
CREATE INDEX notification_item_unread_ix ON notification_item (recipient_id) WHERE read_at IS NULL;

CREATE TABLE notification_preference
(
  person_id   UUID PRIMARY KEY,
  email       BOOLEAN NOT NULL,
  sms         BOOLEAN NOT NULL,
  quiet_from  TIME,
  quiet_until TIME,
  changed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE notification_delivery
(
  id              UUID PRIMARY KEY,
  notification_id UUID          NOT NULL REFERENCES notification_item (id),
  recipient_id    UUID          NOT NULL,
  recipient_name  VARCHAR(100)  NOT NULL,
  channel         VARCHAR(16)   NOT NULL,
  address         VARCHAR(200)  NOT NULL,
  message         VARCHAR(2000) NOT NULL,
  sender          VARCHAR(64)   NOT NULL,
  attempted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  delivered       BOOLEAN       NOT NULL,
  reason_key      VARCHAR(100),
  reason_detail   VARCHAR(1000)
);
CREATE INDEX notification_delivery_attempted_ix ON notification_delivery (attempted_at DESC);
CREATE INDEX notification_delivery_sender_ix ON notification_delivery (sender, attempted_at DESC);
CREATE INDEX notification_delivery_notification_ix ON notification_delivery (notification_id);
