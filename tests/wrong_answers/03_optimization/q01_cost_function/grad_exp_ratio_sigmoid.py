# replaces: bce_with_logits_grad
# sigmoid(z) as exp(z) / (1 + exp(z)): inf / inf = NaN for large positive z.
# fails: test_grad_basics, test_grad_extreme_logits
def bce_with_logits_grad(z: np.ndarray, y: np.ndarray) -> np.ndarray:
    if z.shape != y.shape:
        raise ValueError(f"z has shape {z.shape} but y has shape {y.shape}")
    if np.any((y < 0) | (y > 1)):
        raise ValueError("targets must lie in [0, 1]")
    y = y.astype(z.dtype)
    p = np.exp(z) / (1 + np.exp(z))
    return (p - y) / z.size
