# replaces: stable_softmax
# Divides the raw scores by their sum, skipping the exponential.
# fails: test_softmax_basics, test_softmax_vs_torch, test_softmax_extreme, test_softmax_axis_and_shapes, test_softmax_dtype, test_softmax_masked, test_softmax_input_unchanged, test_softmax_numpy_only
def stable_softmax(z: np.ndarray, axis: int = -1) -> np.ndarray:
    z = np.asarray(z)
    if not np.issubdtype(z.dtype, np.floating):
        z = z.astype(np.float64)
    if np.isnan(z).any() or np.isposinf(z).any():
        raise ValueError("z contains NaN or +inf")
    return z / np.sum(z, axis=axis, keepdims=True)
