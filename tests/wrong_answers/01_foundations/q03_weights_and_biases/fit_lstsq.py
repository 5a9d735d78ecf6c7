# replaces: fit_line
# Right values, but from np.linalg.lstsq on [x, 1] instead of the closed form.
# fails: test_fit_no_solver
def fit_line(x: np.ndarray, y: np.ndarray, *, bias: bool) -> tuple[float, float]:
    x = np.array(x, dtype=np.float64)
    y = np.array(y, dtype=np.float64)
    if x.ndim != 1 or x.shape != y.shape:
        raise ValueError("x and y must be 1-D of one length")
    if bias:
        if x.size == 0 or np.all(x == x[0]):
            raise ValueError("x needs at least two distinct values")
        A = np.column_stack([x, np.ones_like(x)])
        (w, b), *_ = np.linalg.lstsq(A, y, rcond=None)
        return float(w), float(b)
    if not np.any(x):
        raise ValueError("x must not be all zeros")
    (w,), *_ = np.linalg.lstsq(x[:, None], y, rcond=None)
    return float(w), 0.0
