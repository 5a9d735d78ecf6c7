# replaces: fit_line
# No shape check, and sums of products: a column x of shape (N, 1) broadcasts silently.
# fails: test_fit_shapes
def fit_line(x: np.ndarray, y: np.ndarray, *, bias: bool) -> tuple[float, float]:
    x = np.array(x, dtype=np.float64)
    y = np.array(y, dtype=np.float64)
    if bias:
        if x.size == 0 or np.all(x == x.flat[0]):
            raise ValueError("x needs at least two distinct values")
        dx, dy = x - x.mean(), y - y.mean()
        w = np.sum(dx * dy) / np.sum(dx * dx)
        return float(w), float(y.mean() - w * x.mean())
    if not np.any(x):
        raise ValueError("x must not be all zeros")
    return float(np.sum(x * y) / np.sum(x * x)), 0.0
