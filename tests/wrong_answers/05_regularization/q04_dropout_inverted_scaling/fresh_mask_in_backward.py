# replaces: dropout_backward
# Draws a new mask in the backward pass instead of reusing the forward one.
# fails: test_backward_basics, test_backward_formula, test_backward_autograd, test_backward_dtype_and_p
def dropout_backward(dout: np.ndarray, mask: np.ndarray, p: float) -> np.ndarray:
    if not 0.0 <= p <= 1.0:
        raise ValueError(p)
    if p == 1.0:
        return np.zeros_like(dout)
    new_mask = (np.random.default_rng().random(dout.shape) >= p).astype(dout.dtype)
    return dout * new_mask / (1 - p)
