# replaces: classify_stationary_point
# Compares the eigenvalues with 0 exactly, ignoring tol: rounding noise decides.
# fails: test_classify_degenerate
def classify_stationary_point(H, tol=1e-8):
    H = np.asarray(H, dtype=np.float64)
    if H.ndim != 2 or H.shape[0] != H.shape[1] or not np.allclose(H, H.T) or tol < 0:
        raise ValueError("H must be a symmetric matrix and tol >= 0")
    lam = np.linalg.eigvalsh(H)
    if (lam > 0).all():
        return "minimum"
    if (lam < 0).all():
        return "maximum"
    if (lam > 0).any() and (lam < 0).any():
        return "saddle"
    return "degenerate"
