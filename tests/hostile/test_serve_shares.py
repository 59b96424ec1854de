"""The per-client share of the query workers, without a server: who gets a freed share, and
that a client that goes away while waiting gives back what it was handed."""

from __future__ import annotations

import asyncio
import contextlib

from kg.serve.workers import ClientShares


def test_a_client_over_its_share_waits_and_others_do_not():
    async def scenario() -> None:
        shares = ClientShares(1)
        assert await shares.acquire("10.0.0.1", 1)
        waiting = asyncio.create_task(shares.acquire("10.0.0.1", 5))
        await asyncio.sleep(0.01)
        assert not waiting.done()
        assert await shares.acquire("10.0.0.2", 0.01)  # another client is not held up
        shares.release("10.0.0.1")  # handed straight to the waiting request
        assert await waiting is True
        assert shares.holding == {"10.0.0.1": 1, "10.0.0.2": 1}
        assert await shares.acquire("10.0.0.1", 0.05) is False  # timed out: 429
        shares.release("10.0.0.1")
        shares.release("10.0.0.2")
        assert shares.holding == {} and shares._waiting == {}

    asyncio.run(scenario())


def test_a_client_gone_while_waiting_gives_back_the_share_it_was_handed():
    async def scenario() -> None:
        shares = ClientShares(1)
        assert await shares.acquire("10.0.0.1", 1)
        waiting = asyncio.create_task(shares.acquire("10.0.0.1", 5))
        await asyncio.sleep(0.01)
        shares.release("10.0.0.1")
        waiting.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await waiting
        assert shares.holding == {} and shares._waiting == {}

    asyncio.run(scenario())
