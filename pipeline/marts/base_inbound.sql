-- One row per customer message with its reply: the first business message at or after it in
-- the same conversation. Flags: a turn starts at a customer message that follows a business
-- message or opens the conversation; the first customer message of a conversation is its first
-- contact; Meta's rule counts a customer message after 24 hours of silence in the conversation.
CREATE OR REPLACE TEMP TABLE mart_inbound AS
WITH ordered AS (
    SELECT
        b.*,
        lag(b.sender_role) OVER w AS prev_role,
        lag(b.created_time) OVER w AS prev_time
    FROM mart_base AS b
    WINDOW w AS (PARTITION BY b.conversation_key ORDER BY b.created_time, b.message_key)
),
inbound AS (
    SELECT
        o.*,
        row_number() OVER (
            PARTITION BY o.conversation_key ORDER BY o.created_time, o.message_key
        ) = 1 AS is_first_contact
    FROM ordered AS o
    WHERE o.sender_role = 'customer'
),
agent AS (
    SELECT conversation_key, created_time AS replied_at
    FROM mart_base
    WHERE sender_role = 'agent'
)
SELECT
    i.conversation_key,
    i.page_id,
    i.platform,
    i.customer_key,
    i.local_day,
    i.local_time,
    i.in_business_hours,
    i.created_time AS asked_at,
    coalesce(i.prev_role, 'agent') <> 'customer' AS is_turn,
    i.is_first_contact,
    i.prev_time IS NULL OR i.created_time - i.prev_time >= INTERVAL 24 HOUR AS is_meta_new,
    a.replied_at,
    epoch(a.replied_at - i.created_time) AS reply_s
FROM inbound AS i
ASOF LEFT JOIN agent AS a
    ON i.conversation_key = a.conversation_key AND a.replied_at >= i.created_time
