# replaces: activation_grad
# Lets torch.autograd differentiate torch's functions instead of writing f'(x).
# fails: test_grad_numpy_only
def activation_grad(name: str, x: np.ndarray, *, alpha: float = 0.01) -> np.ndarray:
    if name == "step":
        return np.zeros_like(x)
    fns = {
        "sigmoid": torch.sigmoid,
        "tanh": torch.tanh,
        "relu": torch.relu,
        "leaky_relu": lambda t: F.leaky_relu(t, alpha),
        "softplus": lambda t: torch.logaddexp(torch.zeros_like(t), t),
    }
    if name not in fns:
        raise ValueError(name)
    t = torch.from_numpy(x.copy()).requires_grad_()
    (grad,) = torch.autograd.grad(fns[name](t).sum(), t)
    return grad.numpy()
