# replaces: bce_with_logits_grad
# Gradient of the summed loss: sigmoid(z) - y without dividing by n.
# fails: test_grad_basics, test_grad_vs_autograd, test_grad_finite_differences, test_grad_extreme_logits, test_grad_dtype, test_grad_numpy_only
def bce_with_logits_grad(z: np.ndarray, y: np.ndarray) -> np.ndarray:
    if z.shape != y.shape:
        raise ValueError(f"z has shape {z.shape} but y has shape {y.shape}")
    if np.any((y < 0) | (y > 1)):
        raise ValueError("targets must lie in [0, 1]")
    y = y.astype(z.dtype)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e)) - y
