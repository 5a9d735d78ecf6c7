# replaces: init_linear_
# The "small fixed range" answer: U(-0.1, 0.1) whatever the layer's size.
# fails: test_init_basics, test_init_he, test_init_xavier, test_init_no_torch_init
def init_linear_(
    layer: nn.Linear, scheme: str, *, generator: torch.Generator
) -> nn.Linear:
    if scheme not in ("he", "xavier"):
        raise ValueError(scheme)
    with torch.no_grad():
        layer.weight.uniform_(-0.1, 0.1, generator=generator)
        if layer.bias is not None:
            layer.bias.zero_()
    return layer
