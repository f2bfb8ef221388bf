-- Topics and intents of customer messages per day, Page and platform (keyword taxonomy labels).
SELECT
    local_day AS day,
    page_id,
    platform,
    topic,
    count(*) AS messages,
    count(DISTINCT conversation_key) AS conversations,
    count(DISTINCT customer_key) AS customers
FROM mart_topics
GROUP BY local_day, page_id, platform, topic
