# replaces: stable_softmax
# Replaces -inf by -1e9 as in attention code, so a fully masked slice comes out uniform.
# fails: test_softmax_masked
def stable_softmax(z: np.ndarray, axis: int = -1) -> np.ndarray:
    z = np.asarray(z)
    if not np.issubdtype(z.dtype, np.floating):
        z = z.astype(np.float64)
    if np.isnan(z).any() or np.isposinf(z).any():
        raise ValueError("z contains NaN or +inf")
    z = np.where(np.isneginf(z), -1e9, z).astype(z.dtype)
    e = np.exp(z - np.max(z, axis=axis, keepdims=True))
    return e / np.sum(e, axis=axis, keepdims=True)
