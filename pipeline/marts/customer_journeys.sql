-- Pseudonymous journeys per cohort month (month of first contact), Page and platform: customers, returning rate, conversations per customer, days between contacts.
WITH contact_days AS (
    SELECT DISTINCT customer_key, page_id, platform, local_day
    FROM mart_base
    WHERE sender_role = 'customer'
),
gaps AS (
    SELECT
        customer_key,
        page_id,
        platform,
        local_day,
        local_day - lag(local_day) OVER (
            PARTITION BY customer_key, page_id, platform ORDER BY local_day
        ) AS days_since_last
    FROM contact_days
),
per_customer AS (
    SELECT
        customer_key,
        page_id,
        platform,
        CAST(date_trunc('month', min(local_day)) AS DATE) AS cohort_month,
        count(*) AS contact_days
    FROM gaps
    GROUP BY customer_key, page_id, platform
),
conversations AS (
    SELECT customer_key, page_id, platform, count(DISTINCT conversation_key) AS n
    FROM mart_base
    GROUP BY customer_key, page_id, platform
),
cohort_gaps AS (
    SELECT
        p.cohort_month,
        p.page_id,
        p.platform,
        quantile_cont(g.days_since_last, 0.5) AS median_days_between_contacts,
        avg(g.days_since_last) AS avg_days_between_contacts
    FROM gaps AS g
    JOIN per_customer AS p
        ON p.customer_key = g.customer_key AND p.page_id = g.page_id AND p.platform = g.platform
    WHERE g.days_since_last IS NOT NULL
    GROUP BY p.cohort_month, p.page_id, p.platform
)
SELECT
    p.cohort_month,
    p.page_id,
    p.platform,
    count(*) AS customers,
    count(*) FILTER (WHERE p.contact_days > 1) AS returning_customers,
    count(*) FILTER (WHERE p.contact_days > 1) / count(*) AS returning_rate,
    avg(c.n) AS conversations_per_customer,
    -- gaps describe returning customers only: withheld unless they are k or more
    CASE WHEN count(*) FILTER (WHERE p.contact_days > 1) >= $k
        THEN any_value(cg.median_days_between_contacts) END AS median_days_between_contacts,
    CASE WHEN count(*) FILTER (WHERE p.contact_days > 1) >= $k
        THEN any_value(cg.avg_days_between_contacts) END AS avg_days_between_contacts
FROM per_customer AS p
JOIN conversations AS c
    ON c.customer_key = p.customer_key AND c.page_id = p.page_id AND c.platform = p.platform
LEFT JOIN cohort_gaps AS cg
    ON cg.cohort_month = p.cohort_month AND cg.page_id = p.page_id AND cg.platform = p.platform
GROUP BY p.cohort_month, p.page_id, p.platform
