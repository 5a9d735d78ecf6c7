# replaces: bce_with_logits
# Clips sigmoid(z) to [1e-7, 1 - 1e-7] to avoid log(0): finite, but capped near 16.1.
# fails: test_bce_basics, test_bce_extreme_logits
def bce_with_logits(z: np.ndarray, y: np.ndarray) -> np.floating:
    if z.shape != y.shape:
        raise ValueError(f"z has shape {z.shape} but y has shape {y.shape}")
    if np.any((y < 0) | (y > 1)):
        raise ValueError("targets must lie in [0, 1]")
    y = y.astype(z.dtype)
    p = np.clip(1 / (1 + np.exp(-z)), 1e-7, 1 - 1e-7)
    return np.mean(-(y * np.log(p) + (1 - y) * np.log(1 - p)))
