# replaces: leaky_relu
# Multiplies x by a slope array built with np.where(..., 1.0, alpha): float64 always.
# fails: test_leaky_shapes_dtypes
def leaky_relu(x: np.ndarray, alpha: float = 0.01) -> np.ndarray:
    if not 0.0 <= alpha < 1.0:
        raise ValueError(alpha)
    return x * np.where(x > 0, 1.0, alpha)
