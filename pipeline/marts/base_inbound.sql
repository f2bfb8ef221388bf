-- One row per customer message with its reply: the next business message in the same
-- conversation (order: created_time, message_key). Flags: a turn starts at a customer message
-- that follows a business message or opens the conversation; the first customer message of a
-- conversation is its first contact; Meta's rule counts a customer message after 24 hours of
-- silence in the conversation. One window, one sort.
CREATE OR REPLACE TEMP TABLE mart_inbound AS
WITH ordered AS (
    SELECT
        b.*,
        lag(b.sender_role) OVER w AS prev_role,
        lag(b.created_time) OVER w AS prev_time,
        count(*) FILTER (WHERE b.sender_role = 'customer') OVER (
            w ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING
        ) = 0 AS is_first_contact,
        first_value(CASE WHEN b.sender_role = 'agent' THEN b.created_time END IGNORE NULLS)
            OVER (w ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) AS replied_at
    FROM mart_base AS b
    WINDOW w AS (PARTITION BY b.conversation_key ORDER BY b.created_time, b.message_key)
)
SELECT
    conversation_key,
    page_id,
    platform,
    customer_key,
    local_day,
    local_time,
    in_business_hours,
    created_time AS asked_at,
    coalesce(prev_role, 'agent') <> 'customer' AS is_turn,
    is_first_contact,
    prev_time IS NULL OR created_time - prev_time >= INTERVAL 24 HOUR AS is_meta_new,
    replied_at,
    epoch(replied_at - created_time) AS reply_s
FROM ordered
WHERE sender_role = 'customer'
