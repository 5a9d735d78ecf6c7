# replaces: classify_stationary_point
# Reads the signs of the diagonal entries (the curvatures along the axes) only.
# fails: test_classify_rotated, test_classify_degenerate, test_classify_autograd, test_classify_dtypes
def classify_stationary_point(H, tol=1e-8):
    H = np.asarray(H, dtype=np.float64)
    if H.ndim != 2 or H.shape[0] != H.shape[1] or not np.allclose(H, H.T) or tol < 0:
        raise ValueError("H must be a symmetric matrix and tol >= 0")
    curv = np.diag(H)
    pos, neg = (curv > tol).any(), (curv < -tol).any()
    if pos and neg:
        return "saddle"
    if np.abs(curv).min() <= tol:
        return "degenerate"
    return "minimum" if pos else "maximum"
