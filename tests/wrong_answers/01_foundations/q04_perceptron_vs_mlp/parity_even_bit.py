# replaces: parity_network
# Outputs the even-parity bit (1 when the number of ones is even) instead of the parity.
# fails: test_parity_all_corners, test_parity_basics
def parity_network(n: int) -> dict[str, np.ndarray]:
    if n < 1:
        raise ValueError(n)
    k = np.arange(1, n + 1, dtype=np.float64)
    return {
        "W1": np.ones((n, n)),
        "b1": 0.5 - k,
        "W2": -((-1.0) ** (k - 1))[None, :],
        "b2": np.array([0.5]),
    }
