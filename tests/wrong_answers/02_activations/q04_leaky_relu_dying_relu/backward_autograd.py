# replaces: leaky_relu_backward
# Lets torch's autograd compute the gradient instead of writing it in numpy.
# fails: test_backward_numpy_only
def leaky_relu_backward(
    dout: np.ndarray, x: np.ndarray, alpha: float = 0.01
) -> np.ndarray:
    if not 0.0 <= alpha < 1.0:
        raise ValueError(alpha)
    xt = torch.tensor(x, requires_grad=True)
    out = torch.nn.functional.leaky_relu(xt, alpha)
    (dx,) = torch.autograd.grad(out, xt, torch.from_numpy(np.asarray(dout)))
    return dx.numpy()
