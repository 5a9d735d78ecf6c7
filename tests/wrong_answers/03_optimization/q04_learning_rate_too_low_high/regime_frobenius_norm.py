# replaces: lr_regime
# Takes the curvature as np.linalg.norm(H), the Frobenius norm, not the largest eigenvalue.
# fails: test_regime_basics, test_regime_rotated, test_regime_boundaries, test_regime_dtypes
def lr_regime(H: np.ndarray, lr: float) -> str:
    H = np.asarray(H, dtype=np.float64)
    if H.ndim != 2 or H.shape[0] != H.shape[1] or not np.allclose(H, H.T):
        raise ValueError("H must be a symmetric matrix")
    if lr <= 0:
        raise ValueError("lr must be positive")
    lam = np.linalg.eigvalsh(H)
    if lam[-1] <= 0 or lam[0] < -1e-10 * abs(lam[-1]):
        raise ValueError("H must be positive semidefinite and nonzero")
    c = lr * np.linalg.norm(H)
    if math.isclose(c, 2.0, rel_tol=1e-9):
        return "bounce"
    if c <= 1.0 or math.isclose(c, 1.0, rel_tol=1e-9):
        return "crawl"
    return "oscillate" if c < 2.0 else "diverge"
