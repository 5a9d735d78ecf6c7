# replaces: bce_with_logits_grad
# Never casts y: float32 logits with float64 or int64 labels give a float64 gradient.
# fails: test_grad_dtype
def bce_with_logits_grad(z: np.ndarray, y: np.ndarray) -> np.ndarray:
    if z.shape != y.shape:
        raise ValueError(f"z has shape {z.shape} but y has shape {y.shape}")
    if np.any((y < 0) | (y > 1)):
        raise ValueError("targets must lie in [0, 1]")
    e = np.exp(-np.abs(z))
    p = np.where(z >= 0, 1 / (1 + e), e / (1 + e))
    return (p - y) / z.size
