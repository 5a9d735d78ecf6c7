# replaces: layer_grad_norms
# Takes every other parameter gradient, assuming each layer is (weight, bias).
# fails: test_layer_grad_norms_modules
def layer_grad_norms(
    model: nn.Sequential, X: torch.Tensor, y: torch.Tensor
) -> list[float]:
    loss = nn.functional.mse_loss(model(X), y)
    grads = torch.autograd.grad(loss, list(model.parameters()))
    return [g.norm().item() for g in grads[::2]]
