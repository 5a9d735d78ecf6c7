# replaces: init_linear_
# if "he" ... else Xavier: an unknown scheme silently gets Xavier instead of a ValueError.
# fails: test_init_generator
def init_linear_(
    layer: nn.Linear, scheme: str, *, generator: torch.Generator
) -> nn.Linear:
    fan_out, fan_in = layer.weight.shape
    with torch.no_grad():
        if scheme == "he":
            layer.weight.normal_(0.0, math.sqrt(2.0 / fan_in), generator=generator)
        else:
            a = math.sqrt(6.0 / (fan_in + fan_out))
            layer.weight.uniform_(-a, a, generator=generator)
        if layer.bias is not None:
            layer.bias.zero_()
    return layer
