# replaces: gd_condition
# Forms X^T X in the dtype of X: float32 loses the small eigenvalue.
# fails: test_gd_condition_dtypes
def gd_condition(X: np.ndarray, tol: float) -> tuple[float, float, int]:
    if not 0 < tol < 1:
        raise ValueError("tol must be in (0, 1)")
    if X.ndim != 2:
        raise ValueError("X must be 2-D")
    ev = np.linalg.eigvalsh(X.T @ X / len(X))
    kappa, lr = float(ev[-1] / ev[0]), float(1 / ev[-1])
    if kappa <= 1:
        return kappa, lr, 1
    return kappa, lr, max(1, math.ceil(math.log(tol) / math.log1p(-1 / kappa)))
