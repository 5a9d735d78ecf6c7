# replaces: layer_grad_norms
# Forgets to clear old gradients, so repeated calls accumulate.
# fails: test_layer_grad_norms_modules, test_layer_grad_norms_fresh
def layer_grad_norms(
    model: nn.Sequential, X: torch.Tensor, y: torch.Tensor
) -> list[float]:
    nn.functional.mse_loss(model(X), y).backward()
    return [
        m.weight.grad.norm().item() for m in model.modules() if isinstance(m, nn.Linear)
    ]
