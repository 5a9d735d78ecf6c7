# replaces: lr_regime
# Demands a positive DEFINITE H, so a flat direction (lambda_min = 0) raises ValueError.
# fails: test_regime_semidefinite
def lr_regime(H: np.ndarray, lr: float) -> str:
    H = np.asarray(H, dtype=np.float64)
    if H.ndim != 2 or H.shape[0] != H.shape[1] or not np.allclose(H, H.T):
        raise ValueError("H must be a symmetric matrix")
    if lr <= 0:
        raise ValueError("lr must be positive")
    lam = np.linalg.eigvalsh(H)
    if lam[0] <= 1e-12:
        raise ValueError("H must be positive definite")
    c = lr * lam[-1]
    if math.isclose(c, 2.0, rel_tol=1e-9):
        return "bounce"
    if c <= 1.0 or math.isclose(c, 1.0, rel_tol=1e-9):
        return "crawl"
    return "oscillate" if c < 2.0 else "diverge"
