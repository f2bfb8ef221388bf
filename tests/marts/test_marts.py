"""Each mart metric on hand-built conversations whose answers are worked out by hand."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import pytest

from pipeline.marts import MARTS, MartsError, build_marts, export_marketing, published_tables

from .conftest import Warehouse, make_settings

MON = "2026-03-02T"  # a Monday
UTC = "+00:00"


def row(
    con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None
) -> dict[str, Any]:
    cursor = con.execute(sql, params or [])
    names = [d[0] for d in cursor.description]
    found = cursor.fetchall()
    assert len(found) == 1, f"expected one row, got {len(found)}"
    return dict(zip(names, found[0], strict=True))


def five_conversations(w: Warehouse) -> None:
    """Monday, UTC, page P1, messenger; reply seconds per turn worked out in the comments."""
    w.add("1", "customer", MON + "09:00:00" + UTC)  # first contact, turn: 600 s
    w.add("1", "agent", MON + "09:10:00" + UTC)
    w.add("1", "customer", MON + "09:20:00" + UTC)  # turn: 3600 s (reply 10:20)
    w.add("1", "customer", MON + "09:25:00" + UTC)  # same turn, not a new one
    w.add("1", "agent", MON + "10:20:00" + UTC)
    w.add("2", "customer", MON + "10:00:00" + UTC)  # first contact, turn: 7200 s
    w.add("2", "agent", MON + "12:00:00" + UTC)
    w.add("3", "customer", MON + "20:00:00" + UTC)  # off hours, first contact: 300 s
    w.add("3", "agent", MON + "20:05:00" + UTC)
    w.add("4", "customer", MON + "11:00:00" + UTC)  # never answered
    w.add("5", "customer", MON + "08:00:00" + UTC)  # off hours, first contact: 1800 s
    w.add("5", "agent", MON + "08:30:00" + UTC)


def test_first_response_and_reply_times(warehouse: Warehouse, tmp_path: Path) -> None:
    five_conversations(warehouse)
    build_marts(warehouse.con, make_settings(tmp_path))
    r = row(warehouse.con, "SELECT * FROM marts.daily_response")
    assert r["day"] == date(2026, 3, 2)
    assert r["customers"] == 5
    # first contacts: 600, 7200, 300, 1800 answered; one unanswered
    assert (r["first_contacts"], r["first_contacts_answered"]) == (5, 4)
    assert r["first_response_median_s"] == pytest.approx(1200.0)  # (600 + 1800) / 2
    assert r["first_response_p90_s"] == pytest.approx(5580.0)  # 1800 + 0.7 * 5400
    assert r["first_response_meta_avg_s"] == pytest.approx(2475.0)  # ceil(0.9*4)=4 fastest
    # turns: 600, 3600, 7200, 300, 1800 answered; c4 unanswered
    assert (r["customer_turns"], r["turns_answered"]) == (6, 5)
    assert r["reply_median_s"] == pytest.approx(1800.0)
    assert r["reply_p90_s"] == pytest.approx(5760.0)  # 3600 + 0.6 * 3600
    assert r["reply_meta_avg_s"] == pytest.approx(2700.0)  # ceil(0.9*5)=5: all five


def test_sla_share_counts_unanswered_turns_as_missed(warehouse: Warehouse, tmp_path: Path) -> None:
    five_conversations(warehouse)
    build_marts(warehouse.con, make_settings(tmp_path, sla_minutes=60))
    r = row(warehouse.con, "SELECT * FROM marts.daily_response")
    assert r["turns_within_sla"] == 4  # 600, 3600 (on the limit), 300, 1800
    assert r["sla_share"] == pytest.approx(4 / 6)


@pytest.mark.parametrize(
    ("sla_minutes", "within"),
    [(5, 1), (10, 2), (30, 3), (120, 5)],
    ids=["sla-5min", "sla-10min-boundary-inclusive", "sla-30min", "sla-2h"],
)
def test_sla_is_configurable(
    warehouse: Warehouse, tmp_path: Path, sla_minutes: int, within: int
) -> None:
    five_conversations(warehouse)
    build_marts(warehouse.con, make_settings(tmp_path, sla_minutes=sla_minutes))
    r = row(warehouse.con, "SELECT turns_within_sla FROM marts.daily_response")
    assert r["turns_within_sla"] == within


def test_meta_average_drops_the_slowest_tenth(warehouse: Warehouse, tmp_path: Path) -> None:
    for i in range(10):
        minutes = 10 * (i + 1) if i < 9 else 600  # 10..90 min, then one 10 h outlier
        warehouse.add(f"m{i}", "customer", MON + "09:00:00" + UTC)
        warehouse.add(f"m{i}", "agent", f"{MON}{9 + minutes // 60:02d}:{minutes % 60:02d}:00{UTC}")
    build_marts(warehouse.con, make_settings(tmp_path))
    r = row(warehouse.con, "SELECT * FROM marts.daily_response")
    assert r["reply_meta_avg_s"] == pytest.approx(50 * 60)  # mean of 10..90 minutes
    assert r["first_response_meta_avg_s"] == pytest.approx(50 * 60)


def test_meta_24_hour_rule(warehouse: Warehouse, tmp_path: Path) -> None:
    for customer in ("a", "b"):
        warehouse.add(customer, "customer", "2026-03-02T10:00:00" + UTC)  # new, answered 30 min
        warehouse.add(customer, "agent", "2026-03-02T10:30:00" + UTC)
        warehouse.add(customer, "customer", "2026-03-03T10:29:00" + UTC)  # 23h59 silence: no
        warehouse.add(customer, "agent", "2026-03-03T10:40:00" + UTC)
        warehouse.add(customer, "customer", "2026-03-04T10:41:00" + UTC)  # 24h01: new
        warehouse.add(customer, "agent", "2026-03-05T10:42:00" + UTC)  # 24h01 later: missed
        warehouse.add(customer, "customer", "2026-03-06T10:42:00" + UTC)  # exactly 24h: new
        warehouse.add(customer, "agent", "2026-03-07T10:42:00" + UTC)  # exactly 24h: answered
    build_marts(warehouse.con, make_settings(tmp_path, min_group_size=2))
    got = warehouse.con.execute(
        "SELECT day, meta_new_messages, meta_answered_24h, meta_response_rate "
        "FROM marts.daily_response ORDER BY day"
    ).fetchall()
    assert got == [
        (date(2026, 3, 2), 2, 2, 1.0),
        (date(2026, 3, 3), 0, 0, None),
        (date(2026, 3, 4), 2, 0, 0.0),
        (date(2026, 3, 6), 2, 2, 1.0),
    ]


def test_business_hours_in_the_configured_time_zone(warehouse: Warehouse, tmp_path: Path) -> None:
    # Europe/Rome is UTC+1 in March: 07:59 UTC is 08:59 local (closed), 08:00 UTC is 09:00
    # (open), 16:59 UTC is 17:59 (open), 17:00 UTC is 18:00 (closed).
    for i, at in enumerate(["07:59", "08:00", "16:59", "17:00", "17:00"]):
        warehouse.add(f"b{i}", "customer", f"{MON}{at}:00{UTC}")
        warehouse.add(f"b{i}", "agent", f"{MON}{at}:00{UTC}")
    settings = make_settings(tmp_path, timezone="Europe/Rome")
    build_marts(warehouse.con, settings)
    r = row(warehouse.con, "SELECT * FROM marts.daily_activity")
    assert (r["messages_in_business_hours"], r["messages_in_off_hours"]) == (2, 3)
    r = row(warehouse.con, "SELECT * FROM marts.daily_response")
    assert (r["turns_business_hours"], r["turns_off_hours"]) == (2, 3)


def test_local_day_and_hour_of_week(warehouse: Warehouse, tmp_path: Path) -> None:
    # Sunday 23:30 UTC is Monday 00:30 in Rome.
    for i in range(5):
        warehouse.add(f"h{i}", "customer", "2026-03-01T23:30:00" + UTC)
    build_marts(warehouse.con, make_settings(tmp_path, timezone="Europe/Rome"))
    r = row(warehouse.con, "SELECT * FROM marts.hour_of_week")
    assert (r["weekday"], r["hour"], r["messages_in"], r["customers"]) == (1, 0, 5, 5)
    assert row(warehouse.con, "SELECT day FROM marts.daily_activity")["day"] == date(2026, 3, 2)


def test_volume_new_and_returning_customers(warehouse: Warehouse, tmp_path: Path) -> None:
    for i in range(5):
        warehouse.add(f"v{i}", "customer", "2026-03-02T09:00:00" + UTC, customer=f"k{i}")
        warehouse.add(f"v{i}", "agent", "2026-03-02T09:05:00" + UTC, customer=f"k{i}")
    for i in range(2, 7):  # k2..k4 return in a new conversation, k5 and k6 are new
        warehouse.add(f"w{i}", "customer", "2026-03-03T09:00:00" + UTC, customer=f"k{i}")
    build_marts(warehouse.con, make_settings(tmp_path))
    got = warehouse.con.execute(
        "SELECT day, messages_in, messages_out, conversations_started, customers, "
        "new_customers, returning_customers FROM marts.daily_activity ORDER BY day"
    ).fetchall()
    assert got == [
        (date(2026, 3, 2), 5, 5, 5, 5, 5, 0),
        (date(2026, 3, 3), 5, 0, 5, 5, 2, 3),
    ]


def test_topics_and_sentiment(warehouse: Warehouse, tmp_path: Path) -> None:
    for i in range(6):
        topics = ["shipping", "complaint"] if i < 5 else ["shipping"]
        sentiment = "negative" if i < 5 else "positive"
        warehouse.add(
            f"t{i}", "customer", MON + "09:00:00" + UTC, topics=topics, sentiment=sentiment
        )
        warehouse.add(f"t{i}", "agent", MON + "09:01:00" + UTC, topics=["payment"])
    build_marts(warehouse.con, make_settings(tmp_path))
    topics = warehouse.con.execute(
        "SELECT topic, messages, customers FROM marts.daily_topics ORDER BY topic"
    ).fetchall()
    assert topics == [("complaint", 5, 5), ("shipping", 6, 6)]  # agent labels not counted
    sentiment = warehouse.con.execute(
        "SELECT sentiment, customers FROM marts.daily_sentiment"
    ).fetchall()
    assert sentiment == [("negative", 5)]  # the single positive customer is suppressed


def test_campaigns_and_conversions(warehouse: Warehouse, tmp_path: Path) -> None:
    for i in range(7):
        ad = "AD-1" if i < 6 else None
        warehouse.add(f"c{i}", "customer", MON + "09:00:00" + UTC, ad=ad)
        warehouse.add(f"c{i}", "agent", MON + "09:01:00" + UTC)
        if i < 2 or i == 6:
            warehouse.add(f"c{i}", "customer", "2026-03-03T10:00:00" + UTC, conversion=True)
    build_marts(warehouse.con, make_settings(tmp_path))
    r = row(warehouse.con, "SELECT * FROM marts.campaigns")
    assert r["referral_ad_id"] == "AD-1"
    assert (r["conversations_started"], r["customers"], r["conversions"]) == (6, 6, 2)
    assert r["conversion_rate"] == pytest.approx(2 / 6)
    assert (r["first_day"], r["last_day"]) == (date(2026, 3, 2), date(2026, 3, 2))


def test_customer_journeys(warehouse: Warehouse, tmp_path: Path) -> None:
    # Five March customers: k0 and k1 come back 3 and 7 days later in a second conversation.
    for i in range(5):
        warehouse.add(f"j{i}", "customer", "2026-03-02T09:00:00" + UTC, customer=f"k{i}")
    warehouse.add("j0b", "customer", "2026-03-05T09:00:00" + UTC, customer="k0")
    warehouse.add("j1b", "customer", "2026-03-09T09:00:00" + UTC, customer="k1")
    build_marts(warehouse.con, make_settings(tmp_path))
    r = row(warehouse.con, "SELECT * FROM marts.customer_journeys")
    assert (r["cohort_month"], r["customers"], r["returning_customers"]) == (
        date(2026, 3, 1),
        5,
        2,
    )
    assert r["returning_rate"] == pytest.approx(0.4)
    assert r["conversations_per_customer"] == pytest.approx(7 / 5)
    assert r["median_days_between_contacts"] is None  # 2 returning customers < k: withheld
    build_marts(warehouse.con, make_settings(tmp_path, min_group_size=2))
    r = row(warehouse.con, "SELECT * FROM marts.customer_journeys")
    assert r["median_days_between_contacts"] == pytest.approx(5.0)  # gaps of 3 and 7 days
    assert r["avg_days_between_contacts"] == pytest.approx(5.0)
    buckets = warehouse.con.execute(
        "SELECT conversations_bucket, customers FROM marts.conversations_per_customer"
    ).fetchall()
    assert sorted(buckets) == [("1", 3), ("2", 2)]  # at k = 2 both buckets are published


@pytest.mark.parametrize(
    ("customers", "published"),
    [(4, False), (5, True)],
    ids=["k-minus-1-suppressed", "k-published"],
)
def test_suppression_at_k(
    warehouse: Warehouse, tmp_path: Path, customers: int, published: bool
) -> None:
    for i in range(customers):
        warehouse.add(f"s{i}", "customer", MON + "09:00:00" + UTC, topics=["shipping"])
        warehouse.add(f"s{i}", "agent", MON + "09:05:00" + UTC)
    result = build_marts(warehouse.con, make_settings(tmp_path, min_group_size=5))
    for mart in ("daily_activity", "daily_response", "hour_of_week", "daily_topics"):
        rows = warehouse.con.execute(f"SELECT count(*) FROM marts.{mart}").fetchone()
        assert rows == ((1,) if published else (0,)), mart
        assert result.suppressed_by_mart[mart] == (0 if published else 1), mart
    expected = 0 if published else len(MARTS) - 1  # no campaign cell at all
    assert result.suppressed_cells == expected


def test_rebuild_replaces_the_marts(warehouse: Warehouse, tmp_path: Path) -> None:
    five_conversations(warehouse)
    warehouse.add("6", "customer", MON + "13:00:00" + UTC)
    settings = make_settings(tmp_path)
    build_marts(warehouse.con, settings)
    assert row(warehouse.con, "SELECT customers FROM marts.daily_activity")["customers"] == 6
    warehouse.con.execute("DELETE FROM messages WHERE conversation_key = 'conv-4'")
    build_marts(warehouse.con, settings)
    assert row(warehouse.con, "SELECT customers FROM marts.daily_activity")["customers"] == 5


def test_export_needs_built_marts(warehouse: Warehouse, tmp_path: Path) -> None:
    with pytest.raises(MartsError, match="convmon run"):
        export_marketing(make_settings(tmp_path), warehouse.con)


def test_marketing_file_holds_only_marts(warehouse: Warehouse, tmp_path: Path) -> None:
    five_conversations(warehouse)
    settings = make_settings(tmp_path)
    build_marts(warehouse.con, settings)
    warehouse.con.close()
    path = export_marketing(settings)
    assert path == settings.marketing_path
    assert not list(tmp_path.glob(".marketing*"))  # the temp file was renamed away
    con = duckdb.connect(str(path), read_only=True)
    tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    con.close()
    assert tables == set(published_tables())
    assert not tables & {"messages", "daily_metrics", "partitions", "runs", "entity_stats"}
    content = path.read_bytes()
    for secret in (b"cust-1", b"conv-1", b"msg-", b"<CUSTOMER>"):
        assert secret not in content


@pytest.mark.parametrize(
    ("small_cells", "other_published"),
    [((3, 2), True), ((3, 1), False)],
    ids=["small-cells-reach-k-together", "small-cells-stay-below-k"],
)
def test_small_cells_roll_up_into_other(
    warehouse: Warehouse, tmp_path: Path, small_cells: tuple[int, int], other_published: bool
) -> None:
    cells = [("P1", "messenger", 5), ("P1", "instagram", small_cells[0])]
    cells.append(("P2", "messenger", small_cells[1]))
    for page, platform, customers in cells:
        for i in range(customers):
            conversation = f"{page}-{platform}-{i}"
            warehouse.add(
                conversation, "customer", MON + "09:00:00" + UTC, page=page, platform=platform
            )
            warehouse.add(
                conversation, "agent", MON + "09:10:00" + UTC, page=page, platform=platform
            )
    result = build_marts(warehouse.con, make_settings(tmp_path))
    got = warehouse.con.execute(
        "SELECT page_id, platform, customers, messages_in FROM marts.daily_activity "
        "ORDER BY page_id"
    ).fetchall()
    expected = [("P1", "messenger", 5, 5)]
    if other_published:
        expected.insert(0, ("(other)", "(other)", 5, 5))
    assert got == expected
    assert result.suppressed_by_mart["daily_activity"] == 2
    response = warehouse.con.execute(
        "SELECT page_id, customers, reply_median_s FROM marts.daily_response ORDER BY page_id"
    ).fetchall()
    assert response == [(p, c, 600.0) for p, _, c, _ in expected]
    # the working table was restored: the next marts still see the real pages
    heat = warehouse.con.execute("SELECT page_id, platform FROM marts.hour_of_week").fetchall()
    assert ("P1", "messenger") in heat


def test_build_inside_the_callers_transaction(warehouse: Warehouse, tmp_path: Path) -> None:
    five_conversations(warehouse)
    con = warehouse.con
    con.execute("BEGIN TRANSACTION")
    result = build_marts(con, make_settings(tmp_path))
    con.execute("COMMIT")
    assert result.rows_by_mart["daily_activity"] == 1
    temp = con.execute("SELECT count(*) FROM duckdb_tables() WHERE temporary").fetchone()
    assert temp == (0,)  # the working tables are dropped
