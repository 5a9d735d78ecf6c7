# replaces: leaky_relu
# Uses Keras's default slope 0.3 instead of PyTorch's 0.01.
# fails: test_leaky_default_alpha
def leaky_relu(x: np.ndarray, alpha: float = 0.3) -> np.ndarray:
    if not 0.0 <= alpha < 1.0:
        raise ValueError(alpha)
    return np.where(x > 0, x, alpha * x)
