# replaces: dropout_forward
# Scales x in place to save memory, so the caller's array is overwritten.
# fails: test_forward_scaling, test_forward_dtype, test_forward_vs_torch
def dropout_forward(
    x: np.ndarray, p: float, training: bool, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray | None]:
    if not 0.0 <= p <= 1.0:
        raise ValueError(p)
    if not training:
        return x, None
    mask = (rng.random(x.shape) >= p).astype(x.dtype)
    if p == 1.0:
        x *= 0
        return x, mask
    x *= mask / (1 - p)
    return x, mask
