# replaces: init_linear_
# Xavier assigns a fresh float32 tensor to .data: not in place, and float64 layers change dtype.
# fails: test_init_in_place
def init_linear_(
    layer: nn.Linear, scheme: str, *, generator: torch.Generator
) -> nn.Linear:
    fan_out, fan_in = layer.weight.shape
    with torch.no_grad():
        if scheme == "he":
            layer.weight.normal_(0.0, math.sqrt(2.0 / fan_in), generator=generator)
        elif scheme == "xavier":
            a = math.sqrt(6.0 / (fan_in + fan_out))
            layer.weight.data = (
                torch.rand(fan_out, fan_in, generator=generator) * 2 - 1
            ) * a
        else:
            raise ValueError(scheme)
        if layer.bias is not None:
            layer.bias.zero_()
    return layer
