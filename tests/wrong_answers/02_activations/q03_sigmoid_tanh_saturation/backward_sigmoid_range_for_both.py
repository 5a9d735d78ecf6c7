# replaces: activation_backward
# Checks 0 <= out <= 1 for both kinds, so negative tanh outputs raise ValueError.
# fails: test_backward_basics, test_backward_autograd, test_backward_identity, test_backward_endpoints, test_backward_range, test_backward_float32, test_backward_inputs_unchanged, test_backward_outputs_only
def activation_backward(dout: np.ndarray, out: np.ndarray, kind: str) -> np.ndarray:
    if kind not in ("sigmoid", "tanh"):
        raise ValueError(kind)
    if dout.shape != out.shape:
        raise ValueError("shapes differ")
    if np.any(out < 0) or np.any(out > 1):
        raise ValueError("outputs must be in [0, 1]")
    if kind == "sigmoid":
        return dout * out * (1 - out)
    return dout * (1 - out**2)
