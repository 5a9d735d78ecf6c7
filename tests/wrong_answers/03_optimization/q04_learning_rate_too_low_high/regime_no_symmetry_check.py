# replaces: lr_regime
# Hands H straight to np.linalg.eigvalsh, which reads one triangle of any matrix.
# fails: test_regime_not_symmetric
def lr_regime(H: np.ndarray, lr: float) -> str:
    H = np.asarray(H, dtype=np.float64)
    if lr <= 0:
        raise ValueError("lr must be positive")
    lam = np.linalg.eigvalsh(H)
    if lam[-1] <= 0 or lam[0] < -1e-10 * abs(lam[-1]):
        raise ValueError("H must be positive semidefinite and nonzero")
    c = lr * lam[-1]
    if math.isclose(c, 2.0, rel_tol=1e-9):
        return "bounce"
    if c <= 1.0 or math.isclose(c, 1.0, rel_tol=1e-9):
        return "crawl"
    return "oscillate" if c < 2.0 else "diverge"
