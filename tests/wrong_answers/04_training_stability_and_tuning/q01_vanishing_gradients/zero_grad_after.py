# replaces: layer_grad_norms
# Clears the gradients after backward() instead of before, so stale ones leak in.
# fails: test_layer_grad_norms_fresh
def layer_grad_norms(
    model: nn.Sequential, X: torch.Tensor, y: torch.Tensor
) -> list[float]:
    nn.functional.mse_loss(model(X), y).backward()
    norms = [
        m.weight.grad.norm().item() for m in model.modules() if isinstance(m, nn.Linear)
    ]
    model.zero_grad(set_to_none=True)
    return norms
