# replaces: dropout_forward
# Checks that p is in [0, 1] only after the evaluation-mode early return.
# fails: test_forward_invalid_p
def dropout_forward(
    x: np.ndarray, p: float, training: bool, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray | None]:
    if not training:
        return x, None
    if not 0.0 <= p <= 1.0:
        raise ValueError(p)
    mask = (rng.random(x.shape) >= p).astype(x.dtype)
    if p == 1.0:
        return np.zeros_like(x), mask
    return x * mask / (1 - p), mask
