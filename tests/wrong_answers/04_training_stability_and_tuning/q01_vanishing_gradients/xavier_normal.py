# replaces: init_linear_
# Xavier drawn from a normal N(0, 2/(fan_in + fan_out)) where the spec asks for U(-a, a).
# fails: test_init_xavier, test_init_no_torch_init
def init_linear_(
    layer: nn.Linear, scheme: str, *, generator: torch.Generator
) -> nn.Linear:
    fan_out, fan_in = layer.weight.shape
    with torch.no_grad():
        if scheme == "he":
            layer.weight.normal_(0.0, math.sqrt(2.0 / fan_in), generator=generator)
        elif scheme == "xavier":
            std = math.sqrt(2.0 / (fan_in + fan_out))
            layer.weight.normal_(0.0, std, generator=generator)
        else:
            raise ValueError(scheme)
        if layer.bias is not None:
            layer.bias.zero_()
    return layer
