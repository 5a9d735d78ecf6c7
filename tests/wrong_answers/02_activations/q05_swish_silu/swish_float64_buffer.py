# replaces: swish
# Fills the sigmoid into np.empty(x.shape), which is float64, so float32 inputs come back as float64.
# fails: test_swish_float32
def swish(x: np.ndarray, beta: float = 1.0) -> np.ndarray:
    if not (math.isfinite(beta) and beta >= 0):
        raise ValueError(beta)
    z = beta * x
    s = np.empty(x.shape)
    pos = z >= 0
    s[pos] = 1 / (1 + np.exp(-z[pos]))
    e = np.exp(z[~pos])
    s[~pos] = e / (1 + e)
    return x * s
