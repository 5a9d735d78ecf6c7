# replaces: stable_softmax
# Always normalises over the last axis and ignores the axis argument.
# fails: test_softmax_basics, test_softmax_vs_torch, test_softmax_extreme, test_softmax_axis_and_shapes, test_softmax_dtype, test_softmax_masked, test_softmax_input_unchanged, test_softmax_numpy_only
def stable_softmax(z: np.ndarray, axis: int = -1) -> np.ndarray:
    z = np.asarray(z)
    if not np.issubdtype(z.dtype, np.floating):
        z = z.astype(np.float64)
    if np.isnan(z).any() or np.isposinf(z).any():
        raise ValueError("z contains NaN or +inf")
    m = np.max(z, axis=-1, keepdims=True)
    m = np.where(np.isneginf(m), 0, m)
    e = np.exp(z - m)
    s = np.sum(e, axis=-1, keepdims=True)
    return np.divide(e, s, out=np.zeros_like(e), where=s > 0)
