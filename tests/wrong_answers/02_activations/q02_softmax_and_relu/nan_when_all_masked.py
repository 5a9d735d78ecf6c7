# replaces: stable_softmax
# The usual max-subtracted softmax: a slice that is all -inf gives -inf - (-inf) = NaN.
# fails: test_softmax_masked
def stable_softmax(z: np.ndarray, axis: int = -1) -> np.ndarray:
    z = np.asarray(z)
    if not np.issubdtype(z.dtype, np.floating):
        z = z.astype(np.float64)
    if np.isnan(z).any() or np.isposinf(z).any():
        raise ValueError("z contains NaN or +inf")
    e = np.exp(z - np.max(z, axis=axis, keepdims=True))
    return e / np.sum(e, axis=axis, keepdims=True)
