# replaces: swish
# Uses sigma(z) = (1 + tanh(z/2)) / 2: never overflows, but 1 + tanh cancels to 0 in the negative tail.
# fails: test_swish_tail, test_swish_float32
def swish(x: np.ndarray, beta: float = 1.0) -> np.ndarray:
    if not (math.isfinite(beta) and beta >= 0):
        raise ValueError(beta)
    return x / 2 * (1 + np.tanh(beta * x / 2))
