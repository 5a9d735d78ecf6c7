# replaces: stable_softmax
# Keeps the dtype by casting the result back to z.dtype, so integer logits give 0s and 1s.
# fails: test_softmax_dtype
def stable_softmax(z: np.ndarray, axis: int = -1) -> np.ndarray:
    z = np.asarray(z)
    if np.isnan(z).any() or np.isposinf(z).any():
        raise ValueError("z contains NaN or +inf")
    m = np.max(z, axis=axis, keepdims=True)
    m = np.where(np.isneginf(m), 0, m)
    e = np.exp(z - m)
    s = np.sum(e, axis=axis, keepdims=True)
    p = np.divide(e, s, out=np.zeros_like(e), where=s > 0)
    return p.astype(z.dtype)
