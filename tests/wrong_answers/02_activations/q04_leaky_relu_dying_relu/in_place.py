# replaces: leaky_relu
# Scales the negative entries of x in place and returns x itself.
# fails: test_leaky_input_unchanged
def leaky_relu(x: np.ndarray, alpha: float = 0.01) -> np.ndarray:
    if not 0.0 <= alpha < 1.0:
        raise ValueError(alpha)
    x[x < 0] *= alpha
    return x
