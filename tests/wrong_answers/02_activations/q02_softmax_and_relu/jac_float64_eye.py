# replaces: softmax_jacobian
# Builds the identity with np.eye(K), float64, which turns a float32 result into float64.
# fails: test_jacobian_dtype
def softmax_jacobian(z: np.ndarray) -> np.ndarray:
    z = np.asarray(z)
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    p = e / e.sum(axis=-1, keepdims=True)
    return p[..., :, None] * (np.eye(z.shape[-1]) - p[..., None, :])
