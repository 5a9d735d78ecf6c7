# replaces: dropout_forward
# No special case for p = 1: x * 0 / 0 gives NaN instead of zeros; no range check.
# fails: test_forward_edge_p, test_forward_invalid_p
def dropout_forward(
    x: np.ndarray, p: float, training: bool, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray | None]:
    if not training:
        return x, None
    mask = (rng.random(x.shape) >= p).astype(x.dtype)
    return x * mask / (1 - p), mask
