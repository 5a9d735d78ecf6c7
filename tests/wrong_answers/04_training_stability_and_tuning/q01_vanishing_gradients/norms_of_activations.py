# replaces: layer_grad_norms
# The norm of each layer's activations instead of its weight gradient.
# fails: test_layer_grad_norms_basics, test_layer_grad_norms_autograd, test_layer_grad_norms_vanishing, test_layer_grad_norms_modules
def layer_grad_norms(
    model: nn.Sequential, X: torch.Tensor, y: torch.Tensor
) -> list[float]:
    norms = []
    h = X
    for m in model:
        h = m(h)
        if isinstance(m, nn.Linear):
            norms.append(h.detach().norm().item())
    return norms
