# replaces: parity_network
# Stores the output weights as a column (n, 1) and b2 as a scalar, (in, out) style.
# fails: test_parity_all_corners, test_parity_basics, test_parity_margin, test_parity_shapes
def parity_network(n: int) -> dict[str, np.ndarray]:
    if n < 1:
        raise ValueError(n)
    k = np.arange(1, n + 1, dtype=np.float64)
    return {
        "W1": np.ones((n, n)),
        "b1": 0.5 - k,
        "W2": ((-1.0) ** (k - 1))[:, None],
        "b2": np.float64(-0.5),
    }
