# replaces: bce_with_logits
# Checks the shapes but not that the targets lie in [0, 1].
# fails: test_bce_label_range
def bce_with_logits(z: np.ndarray, y: np.ndarray) -> np.floating:
    if z.shape != y.shape:
        raise ValueError(f"z has shape {z.shape} but y has shape {y.shape}")
    y = y.astype(z.dtype)
    losses = np.maximum(z, 0) - z * y + np.log1p(np.exp(-np.abs(z)))
    return losses.mean()
