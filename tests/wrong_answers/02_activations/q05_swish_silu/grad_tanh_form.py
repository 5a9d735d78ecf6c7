# replaces: swish_grad
# Takes sigma from (1 + tanh(z/2)) / 2: no overflow, but the slope becomes exactly 0 in the negative tail.
# fails: test_grad_tail
def swish_grad(x: np.ndarray, beta: float = 1.0) -> np.ndarray:
    if not (math.isfinite(beta) and beta >= 0):
        raise ValueError(beta)
    s = (1 + np.tanh(beta * x / 2)) / 2
    return s + beta * x * s * (1 - s)
