# replaces: gd_condition
# Right numbers, but accepts any tol and any number of dimensions of X.
# fails: test_gd_condition_invalid
def gd_condition(X: np.ndarray, tol: float) -> tuple[float, float, int]:
    X = np.atleast_2d(X).astype(np.float64)
    ev = np.linalg.eigvalsh(X.T @ X / len(X))
    kappa, lr = float(ev[-1] / ev[0]), float(1 / ev[-1])
    if kappa <= 1:
        return kappa, lr, 1
    return kappa, lr, max(1, math.ceil(math.log(tol) / math.log1p(-1 / kappa)))
