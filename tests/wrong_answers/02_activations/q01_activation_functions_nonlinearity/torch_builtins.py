# replaces: activation
# Calls PyTorch's built-ins on a tensor view of x instead of writing the formulas.
# fails: test_activation_numpy_only
def activation(name: str, x: np.ndarray, *, alpha: float = 0.01) -> np.ndarray:
    t = torch.from_numpy(x)
    if name == "step":
        return (x > 0).astype(x.dtype)
    if name == "sigmoid":
        return torch.sigmoid(t).numpy()
    if name == "tanh":
        return torch.tanh(t).numpy()
    if name == "relu":
        return torch.relu(t).numpy()
    if name == "leaky_relu":
        return F.leaky_relu(t, alpha).numpy()
    if name == "softplus":
        return torch.logaddexp(torch.zeros_like(t), t).numpy()
    raise ValueError(name)
