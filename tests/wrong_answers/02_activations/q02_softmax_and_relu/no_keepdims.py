# replaces: stable_softmax
# Reduces without keepdims=True, so the shapes only line up for the first axis.
# fails: test_softmax_basics, test_softmax_vs_torch, test_softmax_extreme, test_softmax_axis_and_shapes, test_softmax_dtype, test_softmax_masked, test_softmax_input_unchanged
def stable_softmax(z: np.ndarray, axis: int = -1) -> np.ndarray:
    z = np.asarray(z)
    if not np.issubdtype(z.dtype, np.floating):
        z = z.astype(np.float64)
    if np.isnan(z).any() or np.isposinf(z).any():
        raise ValueError("z contains NaN or +inf")
    m = np.max(z, axis=axis)
    m = np.where(np.isneginf(m), 0, m)
    e = np.exp(z - m)
    s = np.sum(e, axis=axis)
    return np.divide(e, s, out=np.zeros_like(e), where=s > 0)
