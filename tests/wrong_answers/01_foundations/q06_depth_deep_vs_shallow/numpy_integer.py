# replaces: count_linear_pieces
# Right count, but returns the numpy integer that np.sum gives, not a Python int.
# fails: test_count_basics
def count_linear_pieces(x: np.ndarray, y: np.ndarray, *, tol: float = 1e-6) -> int:
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    if x.ndim != 1 or y.ndim != 1 or x.shape != y.shape or x.size < 2:
        raise ValueError("x and y must be 1-D, of the same length >= 2")
    if not np.all(np.diff(x) > 0):
        raise ValueError("x must be strictly increasing")
    s = np.diff(y) / np.diff(x)
    scale = np.maximum(1.0, np.maximum(np.abs(s[:-1]), np.abs(s[1:])))
    changed = np.abs(np.diff(s)) > tol * scale
    return 1 + np.sum(changed & ~np.concatenate([[False], changed[:-1]]))
