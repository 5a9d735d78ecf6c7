# replaces: leaky_relu_backward
# Copies the ReLU backward pass: no gradient at all where x <= 0.
# fails: test_backward_at_zero, test_backward_autograd, test_backward_basics, test_backward_default_alpha, test_backward_dtype_shape, test_backward_finite_differences, test_backward_numpy_only
def leaky_relu_backward(
    dout: np.ndarray, x: np.ndarray, alpha: float = 0.01
) -> np.ndarray:
    if not 0.0 <= alpha < 1.0:
        raise ValueError(alpha)
    return np.where(x > 0, dout, 0.0 * dout)
