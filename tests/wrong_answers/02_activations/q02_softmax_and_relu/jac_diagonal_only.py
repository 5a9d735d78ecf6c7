# replaces: softmax_jacobian
# Treats softmax like an element-wise activation: only the diagonal p_i (1 - p_i).
# fails: test_jacobian_basics, test_jacobian_vs_autograd, test_jacobian_batch, test_jacobian_dtype, test_jacobian_numpy_only, test_jacobian_vectorised
def softmax_jacobian(z: np.ndarray) -> np.ndarray:
    z = np.asarray(z)
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    p = e / e.sum(axis=-1, keepdims=True)
    eye = np.eye(z.shape[-1], dtype=p.dtype)
    return eye * (p * (1 - p))[..., None, :]
