# replaces: leaky_relu
# Branch-free (x + |x|)/2 + alpha (x - |x|)/2: the sums overflow near the largest float.
# fails: test_leaky_extremes
def leaky_relu(x: np.ndarray, alpha: float = 0.01) -> np.ndarray:
    if not 0.0 <= alpha < 1.0:
        raise ValueError(alpha)
    return (x + np.abs(x)) / 2 + alpha * (x - np.abs(x)) / 2
