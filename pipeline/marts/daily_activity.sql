-- Volume per day, Page and platform: messages in and out (in/off business hours), conversations active and started, customers (new and returning), conversions.
WITH first_seen AS (
    SELECT customer_key, min(local_day) AS first_day
    FROM mart_base
    GROUP BY customer_key
),
conversation_start AS (
    SELECT conversation_key, min(local_day) AS start_day
    FROM mart_base
    GROUP BY conversation_key
)
SELECT
    b.local_day AS day,
    b.page_id,
    b.platform,
    count(*) FILTER (WHERE b.sender_role = 'customer') AS messages_in,
    count(*) FILTER (WHERE b.sender_role = 'agent') AS messages_out,
    count(*) FILTER (WHERE b.sender_role = 'customer' AND b.in_business_hours)
        AS messages_in_business_hours,
    count(*) FILTER (WHERE b.sender_role = 'customer' AND NOT b.in_business_hours)
        AS messages_in_off_hours,
    count(DISTINCT b.conversation_key) AS conversations,
    count(DISTINCT b.conversation_key) FILTER (WHERE s.start_day = b.local_day)
        AS conversations_started,
    count(DISTINCT b.customer_key) AS customers,
    count(DISTINCT b.customer_key) FILTER (WHERE f.first_day = b.local_day) AS new_customers,
    count(DISTINCT b.customer_key) FILTER (WHERE f.first_day < b.local_day)
        AS returning_customers,
    count(DISTINCT b.conversation_key) FILTER (WHERE b.conversion) AS conversions
FROM mart_base AS b
JOIN first_seen AS f ON f.customer_key = b.customer_key
JOIN conversation_start AS s ON s.conversation_key = b.conversation_key
GROUP BY b.local_day, b.page_id, b.platform
