# replaces: count_linear_pieces
# Looks for kinks in the second differences of y, forgetting to divide by the spacing.
# fails: test_count_shallow_random, test_count_uneven_grid, test_count_tolerance
def count_linear_pieces(x: np.ndarray, y: np.ndarray, *, tol: float = 1e-6) -> int:
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    if x.ndim != 1 or y.ndim != 1 or x.shape != y.shape or x.size < 2:
        raise ValueError("x and y must be 1-D, of the same length >= 2")
    if not np.all(np.diff(x) > 0):
        raise ValueError("x must be strictly increasing")
    d = np.diff(y)
    scale = np.maximum(1.0, np.maximum(np.abs(d[:-1]), np.abs(d[1:])))
    changed = np.abs(np.diff(d)) > tol * scale
    return 1 + int(np.sum(changed & ~np.concatenate([[False], changed[:-1]])))
