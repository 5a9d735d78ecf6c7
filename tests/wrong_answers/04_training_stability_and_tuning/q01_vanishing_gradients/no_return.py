# replaces: init_linear_
# Fills the layer in place but forgets to return it (returns None).
# fails: test_init_basics, test_init_in_place, test_init_no_torch_init
def init_linear_(
    layer: nn.Linear, scheme: str, *, generator: torch.Generator
) -> nn.Linear:
    fan_out, fan_in = layer.weight.shape
    with torch.no_grad():
        if scheme == "he":
            layer.weight.normal_(0.0, math.sqrt(2.0 / fan_in), generator=generator)
        elif scheme == "xavier":
            a = math.sqrt(6.0 / (fan_in + fan_out))
            layer.weight.uniform_(-a, a, generator=generator)
        else:
            raise ValueError(scheme)
        if layer.bias is not None:
            layer.bias.zero_()
