# replaces: stable_softmax
# Validates with np.isfinite, which also rejects the -inf used to mask entries.
# fails: test_softmax_masked
def stable_softmax(z: np.ndarray, axis: int = -1) -> np.ndarray:
    z = np.asarray(z)
    if not np.issubdtype(z.dtype, np.floating):
        z = z.astype(np.float64)
    if not np.isfinite(z).all():
        raise ValueError("z must be finite")
    e = np.exp(z - np.max(z, axis=axis, keepdims=True))
    return e / np.sum(e, axis=axis, keepdims=True)
