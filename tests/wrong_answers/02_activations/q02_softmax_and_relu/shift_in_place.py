# replaces: stable_softmax
# Subtracts the maximum in place (z -= m) to save memory, overwriting the caller's array.
# fails: test_softmax_input_unchanged
def stable_softmax(z: np.ndarray, axis: int = -1) -> np.ndarray:
    z = np.asarray(z)
    if not np.issubdtype(z.dtype, np.floating):
        z = z.astype(np.float64)
    if np.isnan(z).any() or np.isposinf(z).any():
        raise ValueError("z contains NaN or +inf")
    m = np.max(z, axis=axis, keepdims=True)
    z -= np.where(np.isneginf(m), 0, m)
    e = np.exp(z)
    s = np.sum(e, axis=axis, keepdims=True)
    return np.divide(e, s, out=np.zeros_like(e), where=s > 0)
