# replaces: gd_condition
# Takes np.linalg.cond(X), the condition number of X, not of X^T X (its square).
# fails: test_gd_condition_basics, test_gd_condition_dtypes, test_gd_condition_gd_run, test_gd_condition_large_kappa, test_gd_condition_vs_numpy
def gd_condition(X: np.ndarray, tol: float) -> tuple[float, float, int]:
    if not 0 < tol < 1:
        raise ValueError("tol must be in (0, 1)")
    if X.ndim != 2:
        raise ValueError("X must be 2-D")
    X = X.astype(np.float64)
    kappa = float(np.linalg.cond(X))
    lr = float(1 / np.linalg.eigvalsh(X.T @ X / len(X))[-1])
    if kappa <= 1:
        return kappa, lr, 1
    return kappa, lr, max(1, math.ceil(math.log(tol) / math.log1p(-1 / kappa)))
