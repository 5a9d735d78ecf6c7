# replaces: dropout_forward
# Draws one mask per feature and shares it across every example of the batch.
# fails: test_forward_basics, test_forward_kept_fraction, test_forward_scaling, test_forward_mean_near_one, test_forward_vs_torch
def dropout_forward(
    x: np.ndarray, p: float, training: bool, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray | None]:
    if not 0.0 <= p <= 1.0:
        raise ValueError(p)
    if not training:
        return x, None
    keep = rng.random(x.shape[1:]) >= p  # one decision per unit, for all examples
    mask = np.broadcast_to(keep, x.shape).astype(x.dtype)
    if p == 1.0:
        return np.zeros_like(x), mask
    return x * mask / (1 - p), mask
