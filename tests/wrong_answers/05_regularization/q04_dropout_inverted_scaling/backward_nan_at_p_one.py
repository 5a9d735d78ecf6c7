# replaces: dropout_backward
# Right formula but no p = 1 case (0/0 gives NaN) and no check of p's range.
# fails: test_backward_edge_p, test_backward_dtype_and_p
def dropout_backward(dout: np.ndarray, mask: np.ndarray, p: float) -> np.ndarray:
    return dout * mask / (1 - p)
