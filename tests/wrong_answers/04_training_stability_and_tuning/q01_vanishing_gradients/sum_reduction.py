# replaces: layer_grad_norms
# Summed squared error (reduction="sum") instead of the mean.
# fails: test_layer_grad_norms_basics, test_layer_grad_norms_autograd, test_layer_grad_norms_modules
def layer_grad_norms(
    model: nn.Sequential, X: torch.Tensor, y: torch.Tensor
) -> list[float]:
    model.zero_grad(set_to_none=True)
    nn.functional.mse_loss(model(X), y, reduction="sum").backward()
    return [
        m.weight.grad.norm().item() for m in model.modules() if isinstance(m, nn.Linear)
    ]
