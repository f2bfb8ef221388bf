-- One row per customer message and topic label.
CREATE OR REPLACE TEMP TABLE mart_topics AS
SELECT local_day, page_id, platform, conversation_key, customer_key, unnest(topics) AS topic
FROM mart_base
WHERE sender_role = 'customer'
