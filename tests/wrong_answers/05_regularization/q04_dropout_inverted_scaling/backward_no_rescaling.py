# replaces: dropout_backward
# Reuses the mask but forgets the 1 / (1 - p) factor in the gradient.
# fails: test_backward_basics, test_backward_formula, test_backward_autograd, test_backward_dtype_and_p
def dropout_backward(dout: np.ndarray, mask: np.ndarray, p: float) -> np.ndarray:
    if not 0.0 <= p <= 1.0:
        raise ValueError(p)
    return dout * mask
