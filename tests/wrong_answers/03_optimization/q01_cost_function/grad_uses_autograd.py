# replaces: bce_with_logits_grad
# Lets torch autograd differentiate torch's loss instead of writing sigmoid(z) - y.
# fails: test_grad_numpy_only
def bce_with_logits_grad(z: np.ndarray, y: np.ndarray) -> np.ndarray:
    if z.shape != y.shape:
        raise ValueError(f"z has shape {z.shape} but y has shape {y.shape}")
    if np.any((y < 0) | (y > 1)):
        raise ValueError("targets must lie in [0, 1]")
    z_t = torch.tensor(z, requires_grad=True)
    loss = torch.nn.functional.binary_cross_entropy_with_logits(
        z_t, torch.from_numpy(y.astype(z.dtype))
    )
    (grad,) = torch.autograd.grad(loss, z_t)
    return grad.numpy()
