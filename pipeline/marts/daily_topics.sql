-- Topics and intents of customer messages per day, Page and platform (keyword taxonomy labels).
WITH labelled AS (
    SELECT local_day, page_id, platform, conversation_key, customer_key, unnest(topics) AS topic
    FROM mart_base
    WHERE sender_role = 'customer'
)
SELECT
    local_day AS day,
    page_id,
    platform,
    topic,
    count(*) AS messages,
    count(DISTINCT conversation_key) AS conversations,
    count(DISTINCT customer_key) AS customers
FROM labelled
GROUP BY local_day, page_id, platform, topic
