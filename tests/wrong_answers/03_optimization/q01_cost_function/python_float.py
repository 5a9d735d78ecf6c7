# replaces: bce_with_logits
# Returns float(...), a Python float: float64 even for float32 logits.
# fails: test_bce_basics, test_bce_dtype
def bce_with_logits(z: np.ndarray, y: np.ndarray) -> np.floating:
    if z.shape != y.shape:
        raise ValueError(f"z has shape {z.shape} but y has shape {y.shape}")
    if np.any((y < 0) | (y > 1)):
        raise ValueError("targets must lie in [0, 1]")
    y = y.astype(z.dtype)
    losses = np.maximum(z, 0) - z * y + np.log1p(np.exp(-np.abs(z)))
    return float(losses.mean())
