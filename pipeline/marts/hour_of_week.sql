-- Inbound heatmap per Page and platform: customer messages by local ISO weekday (1 = Monday) and hour, over all loaded days.
SELECT
    page_id,
    platform,
    isodow(local_time) AS weekday,
    hour(local_time) AS hour,
    count(*) AS messages_in,
    count(DISTINCT customer_key) AS customers
FROM mart_base
WHERE sender_role = 'customer'
GROUP BY page_id, platform, weekday, hour
