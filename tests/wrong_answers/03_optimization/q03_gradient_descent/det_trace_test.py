# replaces: classify_stationary_point
# The 2-D textbook rule (sign of det, then of trace) applied in any dimension.
# fails: test_classify_rotated, test_classify_degenerate, test_classify_dtypes
def classify_stationary_point(H, tol=1e-8):
    H = np.asarray(H, dtype=np.float64)
    if H.ndim != 2 or H.shape[0] != H.shape[1] or not np.allclose(H, H.T) or tol < 0:
        raise ValueError("H must be a symmetric matrix and tol >= 0")
    det, trace = np.linalg.det(H), np.trace(H)
    if abs(det) <= tol:
        return "degenerate"
    if det < 0:
        return "saddle"
    return "minimum" if trace > 0 else "maximum"
