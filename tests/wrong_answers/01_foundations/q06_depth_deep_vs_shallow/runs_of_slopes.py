# replaces: count_linear_pieces
# Counts every slope change as a new piece, so a kink between two samples counts twice.
# fails: test_count_basics, test_count_sawtooth, test_count_shallow_random, test_count_uneven_grid
def count_linear_pieces(x: np.ndarray, y: np.ndarray, *, tol: float = 1e-6) -> int:
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    if x.ndim != 1 or y.ndim != 1 or x.shape != y.shape or x.size < 2:
        raise ValueError("x and y must be 1-D, of the same length >= 2")
    if not np.all(np.diff(x) > 0):
        raise ValueError("x must be strictly increasing")
    s = np.diff(y) / np.diff(x)
    scale = np.maximum(1.0, np.maximum(np.abs(s[:-1]), np.abs(s[1:])))
    return 1 + int(np.sum(np.abs(np.diff(s)) > tol * scale))
