# replaces: layer_grad_norms
# Picks every parameter whose name ends in "weight", so LayerNorm and others count too.
# fails: test_layer_grad_norms_modules
def layer_grad_norms(
    model: nn.Sequential, X: torch.Tensor, y: torch.Tensor
) -> list[float]:
    model.zero_grad(set_to_none=True)
    nn.functional.mse_loss(model(X), y).backward()
    return [
        p.grad.norm().item()
        for name, p in model.named_parameters()
        if name.endswith("weight")
    ]
