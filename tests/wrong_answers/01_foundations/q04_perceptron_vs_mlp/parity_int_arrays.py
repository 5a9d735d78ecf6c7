# replaces: parity_network
# Builds the weights as integer arrays (np.ones(..., dtype=int)) instead of float64.
# fails: test_parity_basics, test_parity_shapes
def parity_network(n: int) -> dict[str, np.ndarray]:
    if n < 1:
        raise ValueError(n)
    k = np.arange(1, n + 1)
    return {
        "W1": np.ones((n, n), dtype=int),
        "b1": 0.5 - k,
        "W2": np.array([[(-1) ** (j - 1) for j in k]]),
        "b2": np.array([-0.5]),
    }
