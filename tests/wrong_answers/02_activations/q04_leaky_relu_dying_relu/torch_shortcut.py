# replaces: leaky_relu
# Converts to a tensor and calls torch's leaky_relu instead of writing it in numpy.
# fails: test_leaky_numpy_only
def leaky_relu(x: np.ndarray, alpha: float = 0.01) -> np.ndarray:
    if not 0.0 <= alpha < 1.0:
        raise ValueError(alpha)
    return torch.nn.functional.leaky_relu(torch.from_numpy(x), alpha).numpy()
