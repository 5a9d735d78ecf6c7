# replaces: dropout_backward
# At p = 1 returns np.zeros(dout.shape): float64 even when dout is float32.
# fails: test_backward_dtype_and_p
def dropout_backward(dout: np.ndarray, mask: np.ndarray, p: float) -> np.ndarray:
    if not 0.0 <= p <= 1.0:
        raise ValueError(p)
    if p == 1.0:
        return np.zeros(dout.shape)
    return dout * mask / (1 - p)
