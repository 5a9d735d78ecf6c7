# replaces: parity_network
# Returns the OR / NAND / AND network of XOR whatever n is.
# fails: test_parity_all_corners, test_parity_margin, test_parity_shapes
def parity_network(n: int) -> dict[str, np.ndarray]:
    if n < 1:
        raise ValueError(n)
    return {
        "W1": np.array([[1.0, 1.0], [-1.0, -1.0]]),
        "b1": np.array([-0.5, 1.5]),
        "W2": np.array([[1.0, 1.0]]),
        "b2": np.array([-1.5]),
    }
