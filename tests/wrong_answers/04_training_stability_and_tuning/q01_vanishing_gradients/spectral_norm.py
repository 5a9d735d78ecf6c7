# replaces: layer_grad_norms
# The matrix 2-norm (largest singular value) instead of the Frobenius norm.
# fails: test_layer_grad_norms_autograd, test_layer_grad_norms_modules
def layer_grad_norms(
    model: nn.Sequential, X: torch.Tensor, y: torch.Tensor
) -> list[float]:
    model.zero_grad(set_to_none=True)
    nn.functional.mse_loss(model(X), y).backward()
    return [
        torch.linalg.matrix_norm(m.weight.grad, ord=2).item()
        for m in model.modules()
        if isinstance(m, nn.Linear)
    ]
