# replaces: bce_with_logits
# No shape check: z of shape (n, 1) and y of shape (n,) broadcast to an (n, n) loss.
# fails: test_bce_shape_mismatch
def bce_with_logits(z: np.ndarray, y: np.ndarray) -> np.floating:
    if np.any((y < 0) | (y > 1)):
        raise ValueError("targets must lie in [0, 1]")
    y = y.astype(z.dtype)
    losses = np.maximum(z, 0) - z * y + np.log1p(np.exp(-np.abs(z)))
    return losses.mean()
