# replaces: swish
# Writes the textbook x / (1 + exp(-beta x)): right values, but exp(-beta x) overflows to inf for very negative x.
# fails: test_swish_no_overflow
def swish(x: np.ndarray, beta: float = 1.0) -> np.ndarray:
    if not (math.isfinite(beta) and beta >= 0):
        raise ValueError(beta)
    return x / (1 + np.exp(-beta * x))
