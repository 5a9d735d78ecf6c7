# replaces: init_linear_
# He with the right variance but uniform, U(±sqrt(6/fan_in)), as kaiming_uniform_ draws.
# fails: test_init_he, test_init_no_torch_init
def init_linear_(
    layer: nn.Linear, scheme: str, *, generator: torch.Generator
) -> nn.Linear:
    fan_out, fan_in = layer.weight.shape
    with torch.no_grad():
        if scheme == "he":
            bound = math.sqrt(6.0 / fan_in)
            layer.weight.uniform_(-bound, bound, generator=generator)
        elif scheme == "xavier":
            a = math.sqrt(6.0 / (fan_in + fan_out))
            layer.weight.uniform_(-a, a, generator=generator)
        else:
            raise ValueError(scheme)
        if layer.bias is not None:
            layer.bias.zero_()
    return layer
