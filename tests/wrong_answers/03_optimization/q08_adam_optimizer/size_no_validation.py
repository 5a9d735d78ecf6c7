# replaces: adam_update_size
# Never checks t, the betas or eps.
# fails: test_size_invalid
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
    a = abs(float(g))
    if a == 0.0:
        return np.zeros(t.shape)
    t = t.astype(np.float64)
    if bias_correction:
        return np.full(t.shape, a / (a + eps))
    return np.asarray((1 - b1**t) * a / (np.sqrt(1 - b2**t) * a + eps))
