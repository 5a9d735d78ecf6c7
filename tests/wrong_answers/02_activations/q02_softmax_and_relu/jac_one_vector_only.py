# replaces: softmax_jacobian
# np.diag(p) - np.outer(p, p): right for one vector, wrong for a batch.
# fails: test_jacobian_basics, test_jacobian_batch, test_jacobian_shift, test_jacobian_dtype, test_jacobian_vectorised, test_jacobian_numpy_only
def softmax_jacobian(z: np.ndarray) -> np.ndarray:
    z = np.asarray(z)
    e = np.exp(z - z.max(axis=-1, keepdims=True))
    p = e / e.sum(axis=-1, keepdims=True)
    return np.diag(p) - np.outer(p, p)
