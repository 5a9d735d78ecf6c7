# replaces: dropout_forward
# At p = 1 returns np.zeros(x.shape): float64 even when x is float32.
# fails: test_forward_dtype
def dropout_forward(
    x: np.ndarray, p: float, training: bool, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray | None]:
    if not 0.0 <= p <= 1.0:
        raise ValueError(p)
    if not training:
        return x, None
    if p == 1.0:
        return np.zeros(x.shape), np.zeros(x.shape)
    mask = (rng.random(x.shape) >= p).astype(x.dtype)
    return x * mask / (1 - p), mask
