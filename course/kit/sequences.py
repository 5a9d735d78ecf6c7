"""Synthetic sequences for the sequence-model notebooks.

The "store, wait, recall" task: a bit is shown once, next to a *store* marker, then
the sequence carries distractor values for a while, and a *recall* marker at the
last step asks for the bit. A model that answers must keep one number in memory
across the whole delay and ignore everything that arrives in between.

Each time step has three input channels, in the order of :data:`CHANNELS`:

- ``value``: +1 (bit 1) or -1 (bit 0) at the store step, zero at the recall step,
  and uniform distractors in ``[-distractor_scale, distractor_scale]`` elsewhere;
- ``store``: 1 at the store step, 0 elsewhere;
- ``recall``: 1 at the last step, 0 elsewhere.

Arrays are time-major, like ``torch.nn.LSTM(batch_first=False)``.
"""

from __future__ import annotations

import numpy as np

CHANNELS = ("value", "store", "recall")


def store_recall_batch(
    n: int,
    length: int = 30,
    *,
    store_at: int = 0,
    distractor_scale: float = 1.0,
    seed: int = 0,
) -> tuple[np.ndarray, np.ndarray]:
    """``n`` store-recall sequences: xs (length, n, 3) float64 and bits (n,) int64.

    The bits are balanced when ``n`` is even (half ones, in a seeded random order),
    so a model that always answers the same bit scores exactly 50 %.
    """
    if length < 2:
        raise ValueError("length must be at least 2 (a store step and a recall step)")
    if not 0 <= store_at < length - 1:
        raise ValueError(f"store_at must lie in [0, {length - 2}], got {store_at}")
    if n < 1:
        raise ValueError("n must be at least 1")
    rng = np.random.default_rng(seed)
    bits = rng.permutation(np.arange(n) % 2).astype(np.int64)
    xs = np.zeros((length, n, len(CHANNELS)), dtype=np.float64)
    xs[:, :, 0] = rng.uniform(-distractor_scale, distractor_scale, size=(length, n))
    xs[store_at, :, 0] = 2.0 * bits - 1.0
    xs[-1, :, 0] = 0.0
    xs[store_at, :, 1] = 1.0
    xs[-1, :, 2] = 1.0
    return xs, bits


def store_recall_sequence(
    bit: int,
    length: int = 30,
    *,
    store_at: int = 0,
    distractor_scale: float = 1.0,
    seed: int = 0,
) -> np.ndarray:
    """One store-recall sequence for a given bit: x (length, 3) float64.

    The distractors depend only on ``seed``, not on ``bit``, so the sequences for
    bit 0 and bit 1 with the same seed differ only at the store step.
    """
    if bit not in (0, 1):
        raise ValueError(f"bit must be 0 or 1, got {bit!r}")
    xs, _ = store_recall_batch(
        1, length, store_at=store_at, distractor_scale=distractor_scale, seed=seed
    )
    x = xs[:, 0, :].copy()
    x[store_at, 0] = 2.0 * bit - 1.0
    return x
