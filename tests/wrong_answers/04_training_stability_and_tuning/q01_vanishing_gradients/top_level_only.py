# replaces: layer_grad_norms
# Iterates over the Sequential's direct children, so nested nn.Linear layers are missed.
# fails: test_layer_grad_norms_modules
def layer_grad_norms(
    model: nn.Sequential, X: torch.Tensor, y: torch.Tensor
) -> list[float]:
    model.zero_grad(set_to_none=True)
    nn.functional.mse_loss(model(X), y).backward()
    return [m.weight.grad.norm().item() for m in model if isinstance(m, nn.Linear)]
