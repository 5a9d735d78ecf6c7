# replaces: activation_backward
# Treats every kind other than "sigmoid" as tanh instead of raising ValueError.
# fails: test_backward_kind_and_shape
def activation_backward(dout: np.ndarray, out: np.ndarray, kind: str) -> np.ndarray:
    if dout.shape != out.shape:
        raise ValueError("shapes differ")
    low = 0.0 if kind == "sigmoid" else -1.0
    if np.any(out < low) or np.any(out > 1.0):
        raise ValueError("out of range")
    if kind == "sigmoid":
        return dout * out * (1 - out)
    return dout * (1 - out**2)
