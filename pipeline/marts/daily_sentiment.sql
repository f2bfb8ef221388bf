-- Sentiment (negative, neutral, positive) of customer messages per day, Page and platform.
SELECT
    local_day AS day,
    page_id,
    platform,
    sentiment,
    count(*) AS messages,
    count(DISTINCT conversation_key) AS conversations,
    count(DISTINCT customer_key) AS customers
FROM mart_base
WHERE sender_role = 'customer'
GROUP BY local_day, page_id, platform, sentiment
