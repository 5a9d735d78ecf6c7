# replaces: layer_grad_norms
# Squared error summed over outputs, then averaged over the batch (not mean over all).
# fails: test_layer_grad_norms_autograd, test_layer_grad_norms_modules
def layer_grad_norms(
    model: nn.Sequential, X: torch.Tensor, y: torch.Tensor
) -> list[float]:
    model.zero_grad(set_to_none=True)
    loss = ((model(X) - y) ** 2).sum(dim=1).mean()
    loss.backward()
    return [
        m.weight.grad.norm().item() for m in model.modules() if isinstance(m, nn.Linear)
    ]
