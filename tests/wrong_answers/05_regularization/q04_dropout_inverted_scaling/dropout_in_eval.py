# replaces: dropout_forward
# Ignores the training flag: masks are drawn at inference too.
# fails: test_forward_basics, test_forward_eval_identity
def dropout_forward(
    x: np.ndarray, p: float, training: bool, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray | None]:
    if not 0.0 <= p <= 1.0:
        raise ValueError(p)
    mask = (rng.random(x.shape) >= p).astype(x.dtype)
    if p == 1.0:
        return np.zeros_like(x), mask
    return x * mask / (1 - p), mask
