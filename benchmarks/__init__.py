"""Benchmarks: throughput against vanilla Presidio (``throughput``), end to end scale (``scale``).

They print numbers; none is a timed test. Results and the machine they ran on are recorded in
``docs/benchmarks.md``.
"""
