# replaces: activation_backward
# Converts the inputs to float64 "for accuracy", so float32 comes back as float64.
# fails: test_backward_float32
def activation_backward(dout: np.ndarray, out: np.ndarray, kind: str) -> np.ndarray:
    dout = np.asarray(dout, dtype=np.float64)
    out = np.asarray(out, dtype=np.float64)
    if kind not in ("sigmoid", "tanh"):
        raise ValueError(kind)
    if dout.shape != out.shape:
        raise ValueError("shapes differ")
    low = 0.0 if kind == "sigmoid" else -1.0
    if np.any(out < low) or np.any(out > 1.0):
        raise ValueError("out of range")
    if kind == "sigmoid":
        return dout * out * (1 - out)
    return dout * (1 - out**2)
