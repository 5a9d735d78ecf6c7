# replaces: gd_condition
# Returns NumPy scalars (np.float64, and np.ceil gives a float) instead of float, int.
# fails: test_gd_condition_basics, test_gd_condition_dtypes, test_gd_condition_gd_run, test_gd_condition_kappa_one
def gd_condition(X: np.ndarray, tol: float) -> tuple[float, float, int]:
    if not 0 < tol < 1:
        raise ValueError("tol must be in (0, 1)")
    if X.ndim != 2:
        raise ValueError("X must be 2-D")
    X = X.astype(np.float64)
    ev = np.linalg.eigvalsh(X.T @ X / len(X))
    kappa, lr = ev[-1] / ev[0], 1 / ev[-1]
    if kappa <= 1:
        return kappa, lr, np.float64(1.0)
    return kappa, lr, np.maximum(1.0, np.ceil(np.log(tol) / np.log1p(-1 / kappa)))
