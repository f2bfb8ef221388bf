-- Distribution of customers by how many conversations they had, per Page and platform (1, 2, 3, 4+).
WITH per_customer AS (
    SELECT customer_key, page_id, platform, count(DISTINCT conversation_key) AS n
    FROM mart_base
    GROUP BY customer_key, page_id, platform
)
SELECT
    page_id,
    platform,
    CASE WHEN n >= 4 THEN '4+' ELSE CAST(n AS VARCHAR) END AS conversations_bucket,
    count(*) AS customers
FROM per_customer
GROUP BY page_id, platform, conversations_bucket
