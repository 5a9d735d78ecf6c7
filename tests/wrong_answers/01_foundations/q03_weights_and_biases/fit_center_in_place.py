# replaces: fit_line
# Centres with -= after np.asarray, which does not copy float64 input: x, y change.
# fails: test_fit_basics, test_fit_inputs_unchanged
def fit_line(x: np.ndarray, y: np.ndarray, *, bias: bool) -> tuple[float, float]:
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    if x.ndim != 1 or x.shape != y.shape:
        raise ValueError("x and y must be 1-D of one length")
    if bias:
        if x.size == 0 or np.all(x == x[0]):
            raise ValueError("x needs at least two distinct values")
        x_mean, y_mean = x.mean(), y.mean()
        x -= x_mean
        y -= y_mean
        w = x @ y / (x @ x)
        return float(w), float(y_mean - w * x_mean)
    if not np.any(x):
        raise ValueError("x must not be all zeros")
    return float(x @ y / (x @ x)), 0.0
