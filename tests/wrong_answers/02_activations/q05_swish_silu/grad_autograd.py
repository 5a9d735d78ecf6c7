# replaces: swish_grad
# Lets torch autograd differentiate x * sigmoid(beta x) instead of writing the derivative in numpy.
# fails: test_grad_numpy_only
def swish_grad(x: np.ndarray, beta: float = 1.0) -> np.ndarray:
    if not (math.isfinite(beta) and beta >= 0):
        raise ValueError(beta)
    t = torch.tensor(x, requires_grad=True)
    (g,) = torch.autograd.grad((t * torch.sigmoid(beta * t)).sum(), t)
    return g.numpy()
