# replaces: dropout_forward
# Returns the boolean comparison as the mask instead of a float array of x's dtype.
# fails: test_forward_basics, test_forward_dtype
def dropout_forward(
    x: np.ndarray, p: float, training: bool, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray | None]:
    if not 0.0 <= p <= 1.0:
        raise ValueError(p)
    if not training:
        return x, None
    mask = rng.random(x.shape) >= p
    if p == 1.0:
        return np.zeros_like(x), mask
    return x * mask / (1 - p), mask
