# replaces: lr_regime
# Compares lr * lambda_max with 1 and 2 exactly, so rounding in eigvalsh moves the edges.
# fails: test_regime_boundaries, test_regime_semidefinite
def lr_regime(H: np.ndarray, lr: float) -> str:
    H = np.asarray(H, dtype=np.float64)
    if H.ndim != 2 or H.shape[0] != H.shape[1] or not np.allclose(H, H.T):
        raise ValueError("H must be a symmetric matrix")
    if lr <= 0:
        raise ValueError("lr must be positive")
    lam = np.linalg.eigvalsh(H)
    if lam[-1] <= 0 or lam[0] < -1e-10 * abs(lam[-1]):
        raise ValueError("H must be positive semidefinite and nonzero")
    c = lr * lam[-1]
    if c == 2.0:
        return "bounce"
    if c <= 1.0:
        return "crawl"
    return "oscillate" if c < 2.0 else "diverge"
