# replaces: init_linear_
# Xavier "scaled to fan-in": U(±sqrt(3/fan_in)), variance 1/fan_in (that is LeCun's).
# fails: test_init_xavier, test_init_no_torch_init
def init_linear_(
    layer: nn.Linear, scheme: str, *, generator: torch.Generator
) -> nn.Linear:
    fan_out, fan_in = layer.weight.shape
    with torch.no_grad():
        if scheme == "he":
            layer.weight.normal_(0.0, math.sqrt(2.0 / fan_in), generator=generator)
        elif scheme == "xavier":
            a = math.sqrt(3.0 / fan_in)
            layer.weight.uniform_(-a, a, generator=generator)
        else:
            raise ValueError(scheme)
        if layer.bias is not None:
            layer.bias.zero_()
    return layer
