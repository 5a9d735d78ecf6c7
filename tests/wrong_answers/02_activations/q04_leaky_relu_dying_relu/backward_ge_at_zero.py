# replaces: leaky_relu_backward
# Puts x == 0 on the positive side (x >= 0): slope 1 at zero where torch uses alpha.
# fails: test_backward_at_zero, test_backward_autograd, test_backward_basics, test_backward_numpy_only
def leaky_relu_backward(
    dout: np.ndarray, x: np.ndarray, alpha: float = 0.01
) -> np.ndarray:
    if not 0.0 <= alpha < 1.0:
        raise ValueError(alpha)
    return np.where(x >= 0, dout, alpha * dout)
