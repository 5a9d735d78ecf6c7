# replaces: dropout_forward
# Shortcut at p = 0 returns np.ones(x.shape) as the mask: float64 for float32 x.
# fails: test_forward_dtype
def dropout_forward(
    x: np.ndarray, p: float, training: bool, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray | None]:
    if not 0.0 <= p <= 1.0:
        raise ValueError(p)
    if not training:
        return x, None
    if p == 0.0:
        return x, np.ones(x.shape)
    mask = (rng.random(x.shape) >= p).astype(x.dtype)
    if p == 1.0:
        return np.zeros_like(x), mask
    return x * mask / (1 - p), mask
