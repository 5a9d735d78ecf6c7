# replaces: leaky_relu
# The max(x, alpha x) form with no check of alpha's range.
# fails: test_leaky_alpha_range
def leaky_relu(x: np.ndarray, alpha: float = 0.01) -> np.ndarray:
    return np.maximum(x, alpha * x)
