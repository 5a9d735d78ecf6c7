"""Unit tests of course.kit.sequences (the store-recall toy task)."""

from __future__ import annotations

import numpy as np
import pytest

from course.kit.sequences import CHANNELS, store_recall_batch, store_recall_sequence


def test_batch_shapes_dtypes_and_markers():
    xs, bits = store_recall_batch(6, 12, store_at=2, seed=3)
    assert xs.shape == (12, 6, len(CHANNELS)) and xs.dtype == np.float64
    assert bits.shape == (6,) and bits.dtype == np.int64
    value, store, recall = (xs[..., k] for k in range(3))
    assert np.array_equal(store[2], np.ones(6)) and store.sum() == 6
    assert np.array_equal(recall[-1], np.ones(6)) and recall.sum() == 6
    assert np.array_equal(value[2], 2.0 * bits - 1.0), "the bit sits at the store step"
    assert np.all(value[-1] == 0.0), "nothing to read at the recall step"


def test_batch_bits_are_balanced_and_seeded():
    xs, bits = store_recall_batch(100, 8, seed=0)
    assert set(bits.tolist()) == {0, 1} and bits.sum() == 50
    xs2, bits2 = store_recall_batch(100, 8, seed=0)
    assert np.array_equal(xs, xs2) and np.array_equal(bits, bits2)
    xs3, _ = store_recall_batch(100, 8, seed=1)
    assert not np.array_equal(xs, xs3)


def test_distractors_lie_in_range_and_leave_global_rng_alone():
    state = np.random.get_state()[1].copy()
    xs, _ = store_recall_batch(50, 20, distractor_scale=0.3, seed=5)
    assert np.array_equal(state, np.random.get_state()[1])
    distractors = xs[1:-1, :, 0]
    assert np.all(np.abs(distractors) <= 0.3) and distractors.std() > 0.1
    quiet, _ = store_recall_batch(4, 10, distractor_scale=0.0)
    assert np.all(quiet[1:-1, :, 0] == 0.0)


def test_sequence_differs_between_bits_only_at_the_store_step():
    x0 = store_recall_sequence(0, 15, store_at=1, seed=7)
    x1 = store_recall_sequence(1, 15, store_at=1, seed=7)
    assert x0.shape == (15, 3)
    assert x0[1, 0] == -1.0 and x1[1, 0] == 1.0
    diff = np.argwhere(x0 != x1)
    assert diff.tolist() == [[1, 0]]


@pytest.mark.parametrize(
    "kwargs",
    [
        {"n": 0},
        {"n": 2, "length": 1},
        {"n": 2, "length": 5, "store_at": 4},
        {"n": 2, "length": 5, "store_at": -1},
    ],
)
def test_batch_rejects_bad_arguments(kwargs):
    with pytest.raises(ValueError):
        store_recall_batch(**kwargs)


def test_sequence_rejects_a_bad_bit():
    with pytest.raises(ValueError):
        store_recall_sequence(2)
