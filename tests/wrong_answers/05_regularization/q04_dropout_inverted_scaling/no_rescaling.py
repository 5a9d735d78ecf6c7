# replaces: dropout_forward
# Masks the units but never divides the kept ones by 1 - p: the mean shrinks to (1 - p).
# fails: test_forward_basics, test_forward_scaling, test_forward_mean_near_one, test_forward_dtype, test_forward_vs_torch
def dropout_forward(
    x: np.ndarray, p: float, training: bool, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray | None]:
    if not 0.0 <= p <= 1.0:
        raise ValueError(p)
    if not training:
        return x, None
    mask = (rng.random(x.shape) >= p).astype(x.dtype)
    return x * mask, mask
