# replaces: leaky_relu_backward
# Right gradient, but any alpha is accepted (no ValueError).
# fails: test_backward_alpha_range
def leaky_relu_backward(
    dout: np.ndarray, x: np.ndarray, alpha: float = 0.01
) -> np.ndarray:
    return np.where(x > 0, dout, alpha * dout)
