# replaces: leaky_relu_backward
# dout * np.where(x > 0, 1.0, alpha): right values, but float64 for float32 inputs.
# fails: test_backward_dtype_shape
def leaky_relu_backward(
    dout: np.ndarray, x: np.ndarray, alpha: float = 0.01
) -> np.ndarray:
    if not 0.0 <= alpha < 1.0:
        raise ValueError(alpha)
    return dout * np.where(x > 0, 1.0, alpha)
