# replaces: dropout_forward
# Seeds a new generator from rng and draws the mask from that one.
# fails: test_forward_uses_rng
def dropout_forward(
    x: np.ndarray, p: float, training: bool, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray | None]:
    if not 0.0 <= p <= 1.0:
        raise ValueError(p)
    if not training:
        return x, None
    layer_rng = np.random.default_rng(rng.integers(2**32))
    mask = (layer_rng.random(x.shape) >= p).astype(x.dtype)
    if p == 1.0:
        return np.zeros_like(x), mask
    return x * mask / (1 - p), mask
