-- Click-to-Messenger campaign attribution per ad, Page and platform over the ad's lifetime: conversations and customers started from the ad, conversions.
WITH conversation AS (
    SELECT
        conversation_key,
        page_id,
        platform,
        any_value(customer_key) AS customer_key,
        min(local_day) AS start_day,
        arg_min(referral_ad_id, created_time) FILTER (WHERE referral_ad_id IS NOT NULL)
            AS referral_ad_id,
        bool_or(conversion) AS converted
    FROM mart_base
    GROUP BY conversation_key, page_id, platform
)
SELECT
    referral_ad_id,
    page_id,
    platform,
    min(start_day) AS first_day,
    max(start_day) AS last_day,
    count(*) AS conversations_started,
    count(DISTINCT customer_key) AS customers,
    count(*) FILTER (WHERE converted) AS conversions,
    count(DISTINCT customer_key) FILTER (WHERE converted) AS converted_customers,
    count(*) FILTER (WHERE converted) / count(*) AS conversion_rate
FROM conversation
WHERE referral_ad_id IS NOT NULL
GROUP BY referral_ad_id, page_id, platform
