# replaces: fit_line
# Without a bias, keeps the slope of the fit with a bias and just sets b to 0.
# fails: test_fit_basics, test_fit_origin_vs_lstsq, test_fit_degenerate, test_fit_dtypes, test_fit_inputs_unchanged, test_fit_no_solver
def fit_line(x: np.ndarray, y: np.ndarray, *, bias: bool) -> tuple[float, float]:
    x = np.array(x, dtype=np.float64)
    y = np.array(y, dtype=np.float64)
    if x.ndim != 1 or x.shape != y.shape:
        raise ValueError("x and y must be 1-D of one length")
    if x.size == 0 or np.all(x == x[0]):
        raise ValueError("x needs at least two distinct values")
    dx = x - x.mean()
    w = dx @ (y - y.mean()) / (dx @ dx)
    if not bias:
        return float(w), 0.0
    return float(w), float(y.mean() - w * x.mean())
