# replaces: activation_backward
# Recovers z from the output (logit, arctanh) and applies the derivative it knows.
# fails: test_backward_outputs_only
def activation_backward(dout: np.ndarray, out: np.ndarray, kind: str) -> np.ndarray:
    if kind not in ("sigmoid", "tanh"):
        raise ValueError(kind)
    if dout.shape != out.shape:
        raise ValueError("shapes differ")
    low = 0.0 if kind == "sigmoid" else -1.0
    if np.any(out < low) or np.any(out > 1.0):
        raise ValueError("out of range")
    with np.errstate(divide="ignore", over="ignore"):
        if kind == "sigmoid":
            z = np.log(out) - np.log1p(-out)
            s = 1 / (1 + np.exp(-z))
            return dout * (s * (1 - s)).astype(out.dtype)
        t = np.tanh(np.arctanh(out))
        return dout * (1 - t**2)
