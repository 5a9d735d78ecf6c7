# replaces: stable_softmax
# Right for every finite and -inf input, but lets NaN and +inf through (NaN out).
# fails: test_softmax_errors
def stable_softmax(z: np.ndarray, axis: int = -1) -> np.ndarray:
    z = np.asarray(z)
    if not np.issubdtype(z.dtype, np.floating):
        z = z.astype(np.float64)
    m = np.max(z, axis=axis, keepdims=True)
    m = np.where(np.isneginf(m), 0, m)
    with np.errstate(invalid="ignore"):
        e = np.exp(z - m)
    s = np.sum(e, axis=axis, keepdims=True)
    return np.divide(e, s, out=np.zeros_like(e), where=s > 0)
