# replaces: fit_line
# Slope as np.cov (divides by N - 1) over np.var (divides by N): off by N / (N - 1).
# fails: test_fit_basics, test_fit_bias_vs_sklearn, test_fit_degenerate, test_fit_dtypes, test_fit_inputs_unchanged, test_fit_no_solver
def fit_line(x: np.ndarray, y: np.ndarray, *, bias: bool) -> tuple[float, float]:
    x = np.array(x, dtype=np.float64)
    y = np.array(y, dtype=np.float64)
    if x.ndim != 1 or x.shape != y.shape:
        raise ValueError("x and y must be 1-D of one length")
    if bias:
        if x.size == 0 or np.all(x == x[0]):
            raise ValueError("x needs at least two distinct values")
        w = np.cov(x, y)[0, 1] / np.var(x)
        return float(w), float(y.mean() - w * x.mean())
    if not np.any(x):
        raise ValueError("x must not be all zeros")
    return float(x @ y / (x @ x)), 0.0
