# replaces: bce_with_logits_grad
# Chain rule through p: (-y/p + (1-y)/(1-p)) * p(1-p) / n, 0/0 once p rounds to 0 or 1.
# fails: test_grad_basics, test_grad_extreme_logits
def bce_with_logits_grad(z: np.ndarray, y: np.ndarray) -> np.ndarray:
    if z.shape != y.shape:
        raise ValueError(f"z has shape {z.shape} but y has shape {y.shape}")
    if np.any((y < 0) | (y > 1)):
        raise ValueError("targets must lie in [0, 1]")
    y = y.astype(z.dtype)
    p = 1 / (1 + np.exp(-z))
    dl_dp = -y / p + (1 - y) / (1 - p)
    return dl_dp * p * (1 - p) / z.size
