"""Time one GraphQL query over HTTP under concurrent load.

    uv run python bench/http_load.py --url http://127.0.0.1:8000/graphql \
        --query-file bench/queries/public_catalogue.graphql --concurrency 8 --seconds 20

Prints requests per second and the p50/p99 latency of successful requests; a response
with GraphQL errors or a non-200 status counts as a failure and is reported. Bounded in
time and sends traffic only to the URL given (use a local server).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
from pathlib import Path

import httpx


async def worker(
    client: httpx.AsyncClient, url: str, body: dict, stop_at: float, latencies: list[float]
) -> int:
    failures = 0
    while time.perf_counter() < stop_at:
        started = time.perf_counter()
        response = await client.post(url, json=body)
        elapsed = time.perf_counter() - started
        if response.status_code != 200 or "errors" in response.json():
            failures += 1
        else:
            latencies.append(elapsed)
    return failures


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True)
    parser.add_argument("--query-file", required=True, type=Path)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--warmup", type=float, default=3.0)
    args = parser.parse_args()

    body = {"query": args.query_file.read_text()}
    limits = httpx.Limits(max_connections=args.concurrency)
    async with httpx.AsyncClient(limits=limits, timeout=30) as client:
        warm: list[float] = []
        await worker(client, args.url, body, time.perf_counter() + args.warmup, warm)
        latencies: list[float] = []
        started = time.perf_counter()
        stop_at = started + args.seconds
        failures = sum(
            await asyncio.gather(
                *(
                    worker(client, args.url, body, stop_at, latencies)
                    for _ in range(args.concurrency)
                )
            )
        )
        elapsed = time.perf_counter() - started
    if not latencies:
        raise SystemExit(f"no successful request ({failures} failed)")
    latencies.sort()
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
    print(
        f"{len(latencies) / elapsed:.1f} req/s  p50 {statistics.median(latencies) * 1000:.1f} ms"
        f"  p99 {p99 * 1000:.1f} ms  ({len(latencies)} ok, {failures} failed,"
        f" concurrency {args.concurrency}, {elapsed:.0f} s)"
    )


if __name__ == "__main__":
    asyncio.run(main())
