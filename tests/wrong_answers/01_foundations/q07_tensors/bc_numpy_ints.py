# replaces: broadcast_shape
# Computes the result with np.maximum on padded arrays: NumPy integers, not ints.
# fails: test_broadcast_returns_tuple, test_broadcast_no_library
def broadcast_shape(a: tuple[int, ...], b: tuple[int, ...]) -> tuple[int, ...]:
    rank = max(len(a), len(b))
    pa = np.array((1,) * (rank - len(a)) + tuple(a), dtype=np.int64)
    pb = np.array((1,) * (rank - len(b)) + tuple(b), dtype=np.int64)
    if np.any((pa != pb) & (pa != 1) & (pb != 1)):
        raise ValueError(f"{a} and {b} do not broadcast")
    return tuple(np.where(pa == 1, pb, pa))
