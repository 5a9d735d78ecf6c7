# replaces: parity_network
# No check of n: n = 0 returns empty arrays instead of raising ValueError.
# fails: test_parity_invalid
def parity_network(n: int) -> dict[str, np.ndarray]:
    k = np.arange(1, n + 1, dtype=np.float64)
    return {
        "W1": np.ones((n, n)),
        "b1": 0.5 - k,
        "W2": ((-1.0) ** (k - 1))[None, :],
        "b2": np.array([-0.5]),
    }
