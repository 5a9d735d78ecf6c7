# replaces: classify_stationary_point
# Trusts that H is symmetric: eigvalsh silently reads one triangle of any matrix.
# fails: test_classify_invalid
def classify_stationary_point(H, tol=1e-8):
    H = np.asarray(H, dtype=np.float64)
    if H.ndim != 2 or H.shape[0] != H.shape[1] or tol < 0:
        raise ValueError("H must be a square matrix and tol >= 0")
    lam = np.linalg.eigvalsh(H)
    pos, neg = (lam > tol).any(), (lam < -tol).any()
    if pos and neg:
        return "saddle"
    if np.abs(lam).min() <= tol:
        return "degenerate"
    return "minimum" if pos else "maximum"
