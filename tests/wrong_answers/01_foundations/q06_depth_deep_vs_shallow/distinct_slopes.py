# replaces: count_linear_pieces
# Counts the distinct slope values: a sawtooth has only two slopes, +2^L and -2^L.
# fails: test_count_basics, test_count_sawtooth, test_count_shallow_random, test_count_uneven_grid, test_count_tolerance
def count_linear_pieces(x: np.ndarray, y: np.ndarray, *, tol: float = 1e-6) -> int:
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    if x.ndim != 1 or y.ndim != 1 or x.shape != y.shape or x.size < 2:
        raise ValueError("x and y must be 1-D, of the same length >= 2")
    if not np.all(np.diff(x) > 0):
        raise ValueError("x must be strictly increasing")
    s = np.diff(y) / np.diff(x)
    return len(np.unique(np.round(s, 6)))
