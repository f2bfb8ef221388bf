-- Working set of every mart: one row per message, local time of the business, no text.
CREATE OR REPLACE TEMP TABLE mart_base AS
SELECT
    m.message_key,
    m.conversation_key,
    m.page_id,
    m.platform,
    m.customer_key,
    m.sender_role,
    m.created_time,
    timezone($tz, m.created_time) AS local_time,
    CAST(timezone($tz, m.created_time) AS DATE) AS local_day,
    CAST(timezone($tz, m.created_time) AS TIME) >= $bh_start
        AND CAST(timezone($tz, m.created_time) AS TIME) < $bh_end AS in_business_hours,
    m.topics,
    m.sentiment,
    m.referral_ad_id,
    coalesce(m.conversion, FALSE) AS conversion
FROM messages AS m
