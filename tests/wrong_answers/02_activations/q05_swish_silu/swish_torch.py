# replaces: swish
# Calls torch.sigmoid on the array instead of writing the sigmoid in numpy.
# fails: test_swish_numpy_only
def swish(x: np.ndarray, beta: float = 1.0) -> np.ndarray:
    if not (math.isfinite(beta) and beta >= 0):
        raise ValueError(beta)
    s = torch.sigmoid(beta * torch.from_numpy(x)).numpy()
    return x * s
