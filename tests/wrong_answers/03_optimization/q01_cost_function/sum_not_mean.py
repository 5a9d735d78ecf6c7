# replaces: bce_with_logits
# Returns the sum of the per-example losses instead of their mean.
# fails: test_bce_basics, test_bce_vs_torch, test_bce_extreme_logits, test_bce_soft_labels, test_bce_dtype, test_bce_numpy_only
def bce_with_logits(z: np.ndarray, y: np.ndarray) -> np.floating:
    if z.shape != y.shape:
        raise ValueError(f"z has shape {z.shape} but y has shape {y.shape}")
    if np.any((y < 0) | (y > 1)):
        raise ValueError("targets must lie in [0, 1]")
    y = y.astype(z.dtype)
    losses = np.maximum(z, 0) - z * y + np.log1p(np.exp(-np.abs(z)))
    return losses.sum()
