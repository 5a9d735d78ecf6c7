# replaces: activation_backward
# Applies sigma(x)(1 - sigma(x)) and 1 - tanh(x)^2 to the stored output, as if it were z.
# fails: test_backward_basics, test_backward_autograd, test_backward_identity, test_backward_endpoints, test_backward_float32, test_backward_outputs_only, test_backward_inputs_unchanged
def activation_backward(dout: np.ndarray, out: np.ndarray, kind: str) -> np.ndarray:
    if kind not in ("sigmoid", "tanh"):
        raise ValueError(kind)
    if dout.shape != out.shape:
        raise ValueError("shapes differ")
    low = 0.0 if kind == "sigmoid" else -1.0
    if np.any(out < low) or np.any(out > 1.0):
        raise ValueError("out of range")
    if kind == "sigmoid":
        s = 1 / (1 + np.exp(-out))
        return dout * s * (1 - s)
    return dout * (1 - np.tanh(out) ** 2)
