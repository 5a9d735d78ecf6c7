# replaces: fit_line
# Detects "all x equal" by np.var(x) == 0, which misses seven copies of 0.1.
# fails: test_fit_degenerate
def fit_line(x: np.ndarray, y: np.ndarray, *, bias: bool) -> tuple[float, float]:
    x = np.array(x, dtype=np.float64)
    y = np.array(y, dtype=np.float64)
    if x.ndim != 1 or x.shape != y.shape:
        raise ValueError("x and y must be 1-D of one length")
    if bias:
        if x.size == 0 or np.var(x) == 0:
            raise ValueError("x needs at least two distinct values")
        dx = x - x.mean()
        w = dx @ (y - y.mean()) / (dx @ dx)
        return float(w), float(y.mean() - w * x.mean())
    if not np.any(x):
        raise ValueError("x must not be all zeros")
    return float(x @ y / (x @ x)), 0.0
