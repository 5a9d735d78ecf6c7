# replaces: activation_backward
# Multiplies dout in place to save memory and returns it.
# fails: test_backward_inputs_unchanged
def activation_backward(dout: np.ndarray, out: np.ndarray, kind: str) -> np.ndarray:
    if kind not in ("sigmoid", "tanh"):
        raise ValueError(kind)
    if dout.shape != out.shape:
        raise ValueError("shapes differ")
    low = 0.0 if kind == "sigmoid" else -1.0
    if np.any(out < low) or np.any(out > 1.0):
        raise ValueError("out of range")
    if kind == "sigmoid":
        dout *= out * (1 - out)
    else:
        dout *= 1 - out**2
    return dout
