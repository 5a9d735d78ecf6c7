# replaces: leaky_relu
# Returns the constant alpha for negative inputs instead of alpha * x.
# fails: test_leaky_basics, test_leaky_default_alpha, test_leaky_extremes, test_leaky_shapes_dtypes, test_leaky_vs_torch, test_leaky_input_unchanged, test_leaky_numpy_only
def leaky_relu(x: np.ndarray, alpha: float = 0.01) -> np.ndarray:
    if not 0.0 <= alpha < 1.0:
        raise ValueError(alpha)
    return np.where(x > 0, x, alpha)
