-- convmon warehouse (DuckDB). Only anonymised data: pseudonyms (keyed HMAC-SHA256, hex),
-- roles, timestamps, anonymised text and counts. No raw text, display name or platform user id.
-- Partition: the UTC day of created_time. A day is replaced in one transaction (idempotent).

CREATE TABLE IF NOT EXISTS messages (
    message_key       VARCHAR     NOT NULL,  -- pseudonym of the source message id
    conversation_key  VARCHAR     NOT NULL,  -- pseudonym of the source thread id
    platform          VARCHAR     NOT NULL,  -- messenger | instagram | whatsapp | telegram
    page_id           VARCHAR     NOT NULL,  -- the business's own Page / account id (not personal)
    day               DATE        NOT NULL,  -- partition: UTC day of created_time
    created_time      TIMESTAMPTZ NOT NULL,
    sender_key        VARCHAR     NOT NULL,  -- pseudonym of the sender id
    sender_role       VARCHAR     NOT NULL,  -- customer | agent
    recipient_key     VARCHAR,               -- pseudonym of the recipient id
    customer_key      VARCHAR     NOT NULL,  -- pseudonym of the conversation's customer
    language          VARCHAR     NOT NULL,  -- it | en | und
    text_anon         VARCHAR     NOT NULL,  -- anonymised text (<CUSTOMER>, <AGENT>, <PERSON_1>...)
    n_chars           INTEGER     NOT NULL,  -- length of the original text
    entity_counts     JSON        NOT NULL,  -- {"PERSON": 2, "EMAIL_ADDRESS": 1}
    attachment_count  INTEGER     NOT NULL,
    attachment_types  VARCHAR[]   NOT NULL,
    referral_ad_id    VARCHAR,               -- click-to-Messenger ad id (campaign attribution)
    referral_ref      VARCHAR,
    topics            VARCHAR[]   NOT NULL,  -- labels from the keyword taxonomy
    sentiment         VARCHAR     NOT NULL,  -- negative | neutral | positive
    source_format     VARCHAR     NOT NULL,
    run_id            VARCHAR     NOT NULL,
    conversion        BOOLEAN     NOT NULL DEFAULT FALSE  -- a conversion signal (enrich.classify)
);

CREATE TABLE IF NOT EXISTS daily_metrics (
    day                 DATE    NOT NULL,
    page_id             VARCHAR NOT NULL,
    platform            VARCHAR NOT NULL,
    messages_in         INTEGER NOT NULL,  -- from customers
    messages_out        INTEGER NOT NULL,  -- from the business
    conversations       INTEGER NOT NULL,  -- distinct conversations with a message that day
    distinct_customers  INTEGER NOT NULL,
    run_id              VARCHAR NOT NULL
);

-- One row per loaded partition: what is in the warehouse and which run put it there.
CREATE TABLE IF NOT EXISTS partitions (
    day          DATE      NOT NULL,
    run_id       VARCHAR   NOT NULL,
    rows_loaded  INTEGER   NOT NULL,
    loaded_at    TIMESTAMPTZ NOT NULL,
    content_hash VARCHAR   NOT NULL   -- SHA-256 over the partition's rows, for idempotency checks
);

-- One row per run: counts only.
CREATE TABLE IF NOT EXISTS runs (
    run_id          VARCHAR     NOT NULL,
    started_at      TIMESTAMPTZ NOT NULL,
    finished_at     TIMESTAMPTZ,
    status          VARCHAR     NOT NULL,  -- running | succeeded | failed
    interval_start  DATE        NOT NULL,
    interval_end    DATE        NOT NULL,  -- exclusive
    key_id          VARCHAR     NOT NULL,  -- fingerprint of the pseudonymisation key
    code_version    VARCHAR     NOT NULL,
    messages_read   INTEGER     NOT NULL,
    loaded          INTEGER     NOT NULL,
    quarantined     INTEGER     NOT NULL,
    duplicates      INTEGER     NOT NULL,
    summary         JSON        NOT NULL   -- counts per source, entity type, language, recognizer
);

-- Detection counts per run, day, entity type, language and recognizer (never values).
CREATE TABLE IF NOT EXISTS entity_stats (
    run_id       VARCHAR NOT NULL,
    day          DATE    NOT NULL,
    entity_type  VARCHAR NOT NULL,
    language     VARCHAR NOT NULL,
    recognizer   VARCHAR NOT NULL,
    n            INTEGER NOT NULL
);

-- Which key built this warehouse: runs with another key id are refused.
CREATE TABLE IF NOT EXISTS warehouse_meta (
    name  VARCHAR NOT NULL,
    value VARCHAR NOT NULL
);
