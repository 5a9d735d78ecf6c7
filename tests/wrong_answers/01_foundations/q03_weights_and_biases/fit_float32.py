# replaces: fit_line
# Computes in the input's dtype: float32 means and sums lose the slope's digits.
# fails: test_fit_dtypes, test_fit_inputs_unchanged
def fit_line(x: np.ndarray, y: np.ndarray, *, bias: bool) -> tuple[float, float]:
    x, y = np.asarray(x), np.asarray(y)
    if x.ndim != 1 or x.shape != y.shape:
        raise ValueError("x and y must be 1-D of one length")
    if bias:
        if x.size == 0 or np.all(x == x[0]):
            raise ValueError("x needs at least two distinct values")
        dx = x - x.mean()
        w = dx @ (y - y.mean()) / (dx @ dx)
        return float(w), float(y.mean() - w * x.mean())
    if not np.any(x):
        raise ValueError("x must not be all zeros")
    return float(x @ y / (x @ x)), 0.0
