# replaces: dropout_forward
# Treats p as the KEEP probability (Srivastava et al.'s convention, not torch's).
# fails: test_forward_basics, test_forward_kept_fraction, test_forward_scaling, test_forward_edge_p, test_forward_dtype, test_forward_vs_torch
def dropout_forward(
    x: np.ndarray, p: float, training: bool, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray | None]:
    if not 0.0 <= p <= 1.0:
        raise ValueError(p)
    if not training:
        return x, None
    mask = (rng.random(x.shape) < p).astype(x.dtype)
    if p == 0.0:
        return np.zeros_like(x), mask
    return x * mask / p, mask
