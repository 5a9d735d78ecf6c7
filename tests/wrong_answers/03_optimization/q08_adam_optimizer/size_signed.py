# replaces: adam_update_size
# Returns the signed update g / (|g| + eps) instead of its size.
# fails: test_size_uncorrected, test_size_vs_torch, test_size_zero_and_sign
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
    s = np.sign(g)
    t = t.astype(np.float64)
    if bias_correction:
        return np.full(t.shape, s * a / (a + eps))
    return np.asarray(s * (1 - b1**t) * a / (np.sqrt(1 - b2**t) * a + eps))
