# replaces: bce_with_logits_grad
# Checks nothing: broadcasts (n, 1) against (n,) and accepts targets outside [0, 1].
# fails: test_grad_invalid_inputs
def bce_with_logits_grad(z: np.ndarray, y: np.ndarray) -> np.ndarray:
    y = y.astype(z.dtype)
    e = np.exp(-np.abs(z))
    p = np.where(z >= 0, 1 / (1 + e), e / (1 + e))
    return (p - y) / z.size
