# replaces: activation
# A dict of formulas looked up by name: an unknown name raises KeyError, not ValueError.
# fails: test_activation_contract
def activation(name: str, x: np.ndarray, *, alpha: float = 0.01) -> np.ndarray:
    e = np.exp(-np.abs(x))
    formulas = {
        "step": lambda: (x > 0).astype(x.dtype),
        "sigmoid": lambda: np.where(x >= 0, 1 / (1 + e), e / (1 + e)),
        "tanh": lambda: np.tanh(x),
        "relu": lambda: np.maximum(x, 0),
        "leaky_relu": lambda: np.where(x > 0, x, alpha * x),
        "softplus": lambda: np.maximum(x, 0) + np.log1p(e),
    }
    return formulas[name]()
