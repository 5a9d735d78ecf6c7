# replaces: dropout_backward
# Reads the mask as "1 = dropped" and passes the gradient where it is 0.
# fails: test_backward_basics, test_backward_formula, test_backward_autograd, test_backward_edge_p, test_backward_dtype_and_p
def dropout_backward(dout: np.ndarray, mask: np.ndarray, p: float) -> np.ndarray:
    if not 0.0 <= p <= 1.0:
        raise ValueError(p)
    if p == 1.0:
        return np.zeros_like(dout)
    return dout * (1 - mask) / (1 - p)
