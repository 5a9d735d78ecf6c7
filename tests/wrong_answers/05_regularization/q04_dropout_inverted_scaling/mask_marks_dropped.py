# replaces: dropout_forward
# Returns a mask that is 1 where a unit was DROPPED (the output itself is right).
# fails: test_forward_basics, test_forward_kept_fraction, test_forward_scaling, test_forward_edge_p, test_forward_dtype
def dropout_forward(
    x: np.ndarray, p: float, training: bool, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray | None]:
    if not 0.0 <= p <= 1.0:
        raise ValueError(p)
    if not training:
        return x, None
    dropped = (rng.random(x.shape) < p).astype(x.dtype)
    if p == 1.0:
        return np.zeros_like(x), dropped
    return x * (1 - dropped) / (1 - p), dropped
