# replaces: activation_backward
# Returns the local derivative f'(z) and forgets to multiply by the incoming dout.
# fails: test_backward_basics, test_backward_autograd, test_backward_float32, test_backward_inputs_unchanged
def activation_backward(dout: np.ndarray, out: np.ndarray, kind: str) -> np.ndarray:
    if kind not in ("sigmoid", "tanh"):
        raise ValueError(kind)
    if dout.shape != out.shape:
        raise ValueError("shapes differ")
    low = 0.0 if kind == "sigmoid" else -1.0
    if np.any(out < low) or np.any(out > 1.0):
        raise ValueError("out of range")
    if kind == "sigmoid":
        return out * (1 - out)
    return 1 - out**2
