-- Responsiveness per day, Page and platform: first-response and reply times (median, p90, Meta's average of the fastest 90%), Meta's 24-hour response rate, SLA share, business vs off hours.
WITH ranked AS (
    SELECT
        i.*,
        CASE WHEN i.is_turn AND i.reply_s IS NOT NULL THEN
            row_number() OVER (
                PARTITION BY i.local_day, i.page_id, i.platform,
                    i.is_turn AND i.reply_s IS NOT NULL
                ORDER BY i.reply_s
            ) <= ceil(0.9 * count(*) OVER (
                PARTITION BY i.local_day, i.page_id, i.platform,
                    i.is_turn AND i.reply_s IS NOT NULL
            ))
        END AS reply_in_fastest_90,
        CASE WHEN i.is_first_contact AND i.reply_s IS NOT NULL THEN
            row_number() OVER (
                PARTITION BY i.local_day, i.page_id, i.platform,
                    i.is_first_contact AND i.reply_s IS NOT NULL
                ORDER BY i.reply_s
            ) <= ceil(0.9 * count(*) OVER (
                PARTITION BY i.local_day, i.page_id, i.platform,
                    i.is_first_contact AND i.reply_s IS NOT NULL
            ))
        END AS first_in_fastest_90
    FROM mart_inbound AS i
)
SELECT
    local_day AS day,
    page_id,
    platform,
    count(DISTINCT customer_key) AS customers,
    count(*) FILTER (WHERE is_first_contact) AS first_contacts,
    count(reply_s) FILTER (WHERE is_first_contact) AS first_contacts_answered,
    quantile_cont(reply_s, 0.5) FILTER (WHERE is_first_contact) AS first_response_median_s,
    quantile_cont(reply_s, 0.9) FILTER (WHERE is_first_contact) AS first_response_p90_s,
    avg(reply_s) FILTER (WHERE first_in_fastest_90) AS first_response_meta_avg_s,
    count(*) FILTER (WHERE is_turn) AS customer_turns,
    count(reply_s) FILTER (WHERE is_turn) AS turns_answered,
    quantile_cont(reply_s, 0.5) FILTER (WHERE is_turn) AS reply_median_s,
    quantile_cont(reply_s, 0.9) FILTER (WHERE is_turn) AS reply_p90_s,
    avg(reply_s) FILTER (WHERE reply_in_fastest_90) AS reply_meta_avg_s,
    count(*) FILTER (WHERE is_turn AND reply_s <= $sla_seconds) AS turns_within_sla,
    count(*) FILTER (WHERE is_turn AND reply_s <= $sla_seconds)
        / nullif(count(*) FILTER (WHERE is_turn), 0) AS sla_share,
    count(*) FILTER (WHERE is_meta_new) AS meta_new_messages,
    count(*) FILTER (WHERE is_meta_new AND reply_s <= 86400) AS meta_answered_24h,
    count(*) FILTER (WHERE is_meta_new AND reply_s <= 86400)
        / nullif(count(*) FILTER (WHERE is_meta_new), 0) AS meta_response_rate,
    count(*) FILTER (WHERE is_turn AND in_business_hours) AS turns_business_hours,
    quantile_cont(reply_s, 0.5) FILTER (WHERE is_turn AND in_business_hours)
        AS reply_median_business_hours_s,
    count(*) FILTER (WHERE is_turn AND NOT in_business_hours) AS turns_off_hours,
    quantile_cont(reply_s, 0.5) FILTER (WHERE is_turn AND NOT in_business_hours)
        AS reply_median_off_hours_s
FROM ranked
GROUP BY local_day, page_id, platform
