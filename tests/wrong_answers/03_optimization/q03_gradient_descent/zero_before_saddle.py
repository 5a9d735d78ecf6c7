# replaces: classify_stationary_point
# Declares any zero eigenvalue "degenerate" before looking for mixed signs.
# fails: test_classify_degenerate
def classify_stationary_point(H, tol=1e-8):
    H = np.asarray(H, dtype=np.float64)
    if H.ndim != 2 or H.shape[0] != H.shape[1] or not np.allclose(H, H.T) or tol < 0:
        raise ValueError("H must be a symmetric matrix and tol >= 0")
    lam = np.linalg.eigvalsh(H)
    if (np.abs(lam) <= tol).any():
        return "degenerate"
    if (lam > tol).all():
        return "minimum"
    if (lam < -tol).all():
        return "maximum"
    return "saddle"
