# replaces: bce_with_logits
# The textbook formula: log of sigmoid(z) and of 1 - sigmoid(z), inf/NaN at |z| = 100.
# fails: test_bce_basics, test_bce_extreme_logits
def bce_with_logits(z: np.ndarray, y: np.ndarray) -> np.floating:
    if z.shape != y.shape:
        raise ValueError(f"z has shape {z.shape} but y has shape {y.shape}")
    if np.any((y < 0) | (y > 1)):
        raise ValueError("targets must lie in [0, 1]")
    y = y.astype(z.dtype)
    p = 1 / (1 + np.exp(-z))
    return np.mean(-(y * np.log(p) + (1 - y) * np.log(1 - p)))
