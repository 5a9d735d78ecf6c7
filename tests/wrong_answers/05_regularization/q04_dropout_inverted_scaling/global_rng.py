# replaces: dropout_forward
# Right formula, but draws the mask from the global np.random instead of rng.
# fails: test_forward_uses_rng
def dropout_forward(
    x: np.ndarray, p: float, training: bool, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray | None]:
    if not 0.0 <= p <= 1.0:
        raise ValueError(p)
    if not training:
        return x, None
    mask = (np.random.random(x.shape) >= p).astype(x.dtype)
    if p == 1.0:
        return np.zeros_like(x), mask
    return x * mask / (1 - p), mask
