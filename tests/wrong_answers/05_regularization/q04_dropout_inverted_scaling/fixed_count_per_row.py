# replaces: dropout_forward
# Drops exactly round(p * n) units of every row instead of flipping a coin per unit.
# fails: test_forward_kept_fraction
def dropout_forward(
    x: np.ndarray, p: float, training: bool, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray | None]:
    if not 0.0 <= p <= 1.0:
        raise ValueError(p)
    if not training:
        return x, None
    n = x.shape[-1]
    n_drop = round(p * n)
    order = rng.random(x.shape).argsort(axis=-1)  # a random permutation per row
    mask = (order >= n_drop).astype(x.dtype)
    if p == 1.0:
        return np.zeros_like(x), mask
    return x * mask / (1 - p), mask
