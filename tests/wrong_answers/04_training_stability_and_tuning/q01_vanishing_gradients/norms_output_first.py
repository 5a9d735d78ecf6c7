# replaces: layer_grad_norms
# Norms listed output layer first (reversed).
# fails: test_layer_grad_norms_autograd, test_layer_grad_norms_vanishing, test_layer_grad_norms_modules
def layer_grad_norms(
    model: nn.Sequential, X: torch.Tensor, y: torch.Tensor
) -> list[float]:
    model.zero_grad(set_to_none=True)
    nn.functional.mse_loss(model(X), y).backward()
    norms = [
        m.weight.grad.norm().item() for m in model.modules() if isinstance(m, nn.Linear)
    ]
    return norms[::-1]
