# replaces: dropout_forward
# Returns the mask already scaled by 1 / (1 - p) instead of the 0/1 mask.
# fails: test_forward_basics, test_forward_kept_fraction, test_forward_scaling
def dropout_forward(
    x: np.ndarray, p: float, training: bool, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray | None]:
    if not 0.0 <= p <= 1.0:
        raise ValueError(p)
    if not training:
        return x, None
    if p == 1.0:
        return np.zeros_like(x), np.zeros_like(x)
    mask = (rng.random(x.shape) >= p).astype(x.dtype) / (1 - p)
    return x * mask, mask
