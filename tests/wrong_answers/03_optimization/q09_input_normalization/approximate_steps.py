# replaces: gd_condition
# Uses the large-kappa approximation kappa * ln(1 / tol) for the step count.
# fails: test_gd_condition_basics, test_gd_condition_gd_run, test_gd_condition_kappa_one, test_gd_condition_large_kappa, test_gd_condition_vs_numpy
def gd_condition(X: np.ndarray, tol: float) -> tuple[float, float, int]:
    if not 0 < tol < 1:
        raise ValueError("tol must be in (0, 1)")
    if X.ndim != 2:
        raise ValueError("X must be 2-D")
    X = X.astype(np.float64)
    ev = np.linalg.eigvalsh(X.T @ X / len(X))
    kappa, lr = float(ev[-1] / ev[0]), float(1 / ev[-1])
    return kappa, lr, max(1, math.ceil(kappa * math.log(1 / tol)))
