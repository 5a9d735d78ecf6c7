# replaces: gd_condition
# Uses the optimal step 2 / (lambda_min + lambda_max) and its factor (kappa-1)/(kappa+1).
# fails: test_gd_condition_basics, test_gd_condition_dtypes, test_gd_condition_large_kappa, test_gd_condition_vs_numpy
def gd_condition(X: np.ndarray, tol: float) -> tuple[float, float, int]:
    if not 0 < tol < 1:
        raise ValueError("tol must be in (0, 1)")
    if X.ndim != 2:
        raise ValueError("X must be 2-D")
    X = X.astype(np.float64)
    ev = np.linalg.eigvalsh(X.T @ X / len(X))
    kappa, lr = float(ev[-1] / ev[0]), float(2 / (ev[0] + ev[-1]))
    if kappa <= 1:
        return kappa, lr, 1
    factor = (kappa - 1) / (kappa + 1)
    return kappa, lr, max(1, math.ceil(math.log(tol) / math.log(factor)))
