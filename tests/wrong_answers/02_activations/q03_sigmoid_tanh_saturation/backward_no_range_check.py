# replaces: activation_backward
# Trusts its caller: never checks that out lies in the activation's range.
# fails: test_backward_range
def activation_backward(dout: np.ndarray, out: np.ndarray, kind: str) -> np.ndarray:
    if kind not in ("sigmoid", "tanh"):
        raise ValueError(kind)
    if dout.shape != out.shape:
        raise ValueError("shapes differ")
    if kind == "sigmoid":
        return dout * out * (1 - out)
    return dout * (1 - out**2)
