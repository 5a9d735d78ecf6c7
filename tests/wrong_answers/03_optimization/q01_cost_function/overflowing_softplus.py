# replaces: bce_with_logits
# Simplifies to (1 - y) z + log(1 + exp(-z)): exp(-z) overflows for very negative z.
# fails: test_bce_extreme_logits
def bce_with_logits(z: np.ndarray, y: np.ndarray) -> np.floating:
    if z.shape != y.shape:
        raise ValueError(f"z has shape {z.shape} but y has shape {y.shape}")
    if np.any((y < 0) | (y > 1)):
        raise ValueError("targets must lie in [0, 1]")
    y = y.astype(z.dtype)
    return np.mean((1 - y) * z + np.log1p(np.exp(-z)))
