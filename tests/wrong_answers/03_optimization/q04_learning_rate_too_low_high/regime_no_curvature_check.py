# replaces: lr_regime
# Looks only at lambda_max: never checks lr > 0 or refuses negative or zero curvature.
# fails: test_regime_invalid
def lr_regime(H: np.ndarray, lr: float) -> str:
    H = np.asarray(H, dtype=np.float64)
    if H.ndim != 2 or H.shape[0] != H.shape[1] or not np.allclose(H, H.T):
        raise ValueError("H must be a symmetric matrix")
    c = lr * np.linalg.eigvalsh(H)[-1]
    if math.isclose(c, 2.0, rel_tol=1e-9):
        return "bounce"
    if c <= 1.0 or math.isclose(c, 1.0, rel_tol=1e-9):
        return "crawl"
    return "oscillate" if c < 2.0 else "diverge"
