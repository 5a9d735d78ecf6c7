# replaces: gd_condition
# Computes log(1 - 1/kappa) directly, which loses digits when kappa is large.
# fails: test_gd_condition_large_kappa
def gd_condition(X: np.ndarray, tol: float) -> tuple[float, float, int]:
    if not 0 < tol < 1:
        raise ValueError("tol must be in (0, 1)")
    if X.ndim != 2:
        raise ValueError("X must be 2-D")
    X = X.astype(np.float64)
    ev = np.linalg.eigvalsh(X.T @ X / len(X))
    kappa, lr = float(ev[-1] / ev[0]), float(1 / ev[-1])
    if kappa <= 1:
        return kappa, lr, 1
    return kappa, lr, math.ceil(np.log(tol) / np.log(1 - 1 / kappa))
