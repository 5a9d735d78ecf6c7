# replaces: parity_network
# Hidden unit k computes step(sum - k + 1): right with step(0) = 0, but corners sit on the boundary.
# fails: test_parity_margin
def parity_network(n: int) -> dict[str, np.ndarray]:
    if n < 1:
        raise ValueError(n)
    k = np.arange(1, n + 1, dtype=np.float64)
    return {
        "W1": np.ones((n, n)),
        "b1": 1.0 - k,
        "W2": ((-1.0) ** (k - 1))[None, :],
        "b2": np.array([-0.5]),
    }
