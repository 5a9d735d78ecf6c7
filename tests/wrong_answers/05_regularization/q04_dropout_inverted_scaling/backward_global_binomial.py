# replaces: dropout_backward
# Draws the backward mask with np.random.binomial, as in the forward one-liner.
# fails: test_backward_basics, test_backward_formula, test_backward_autograd, test_backward_dtype_and_p
def dropout_backward(dout: np.ndarray, mask: np.ndarray, p: float) -> np.ndarray:
    if not 0.0 <= p <= 1.0:
        raise ValueError(p)
    if p == 1.0:
        return np.zeros_like(dout)
    new_mask = np.random.binomial(1, 1 - p, size=dout.shape) / (1 - p)
    return (dout * new_mask).astype(dout.dtype)
