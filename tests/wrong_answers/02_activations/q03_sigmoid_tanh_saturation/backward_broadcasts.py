# replaces: activation_backward
# Leaves out the shape check and lets numpy broadcast mismatched shapes.
# fails: test_backward_kind_and_shape
def activation_backward(dout: np.ndarray, out: np.ndarray, kind: str) -> np.ndarray:
    if kind not in ("sigmoid", "tanh"):
        raise ValueError(kind)
    low = 0.0 if kind == "sigmoid" else -1.0
    if np.any(out < low) or np.any(out > 1.0):
        raise ValueError("out of range")
    if kind == "sigmoid":
        return dout * out * (1 - out)
    return dout * (1 - out**2)
