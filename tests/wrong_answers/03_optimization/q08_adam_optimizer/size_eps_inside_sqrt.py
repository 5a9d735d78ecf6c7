# replaces: adam_update_size
# Puts eps inside the square root of v.
# fails: test_size_basics, test_size_eps, test_size_shapes, test_size_uncorrected, test_size_vs_torch
def adam_update_size(
    g: float,
    t,
    *,
    betas: tuple[float, float] = (0.9, 0.999),
    eps: float = 1e-8,
    bias_correction: bool = True,
) -> np.ndarray:
    t = np.asarray(t)
    b1, b2 = betas
    if np.any(t < 1):
        raise ValueError("every t must be >= 1")
    if not (0.0 <= b1 < 1.0 and 0.0 <= b2 < 1.0):
        raise ValueError("betas must be in [0, 1)")
    if eps < 0:
        raise ValueError("eps must be >= 0")
    a = abs(float(g))
    if a == 0.0:
        return np.zeros(t.shape)
    t = t.astype(np.float64)
    if bias_correction:
        return np.full(t.shape, a / np.sqrt(a * a + eps))
    return np.asarray((1 - b1**t) * a / np.sqrt((1 - b2**t) * a * a + eps))
