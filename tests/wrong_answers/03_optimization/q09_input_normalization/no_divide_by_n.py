# replaces: gd_condition
# Takes the eigenvalues of X^T X without dividing by N: lr is N times too small.
# fails: test_gd_condition_basics, test_gd_condition_dtypes, test_gd_condition_gd_run, test_gd_condition_kappa_one, test_gd_condition_vs_numpy
def gd_condition(X: np.ndarray, tol: float) -> tuple[float, float, int]:
    if not 0 < tol < 1:
        raise ValueError("tol must be in (0, 1)")
    if X.ndim != 2:
        raise ValueError("X must be 2-D")
    X = X.astype(np.float64)
    ev = np.linalg.eigvalsh(X.T @ X)
    kappa, lr = float(ev[-1] / ev[0]), float(1 / ev[-1])
    if kappa <= 1:
        return kappa, lr, 1
    return kappa, lr, max(1, math.ceil(math.log(tol) / math.log1p(-1 / kappa)))
