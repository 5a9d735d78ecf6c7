# replaces: init_linear_
# Seeds the global RNG from the generator and draws from it, changing the global state.
# fails: test_init_generator
def init_linear_(
    layer: nn.Linear, scheme: str, *, generator: torch.Generator
) -> nn.Linear:
    fan_out, fan_in = layer.weight.shape
    torch.manual_seed(generator.initial_seed())
    with torch.no_grad():
        if scheme == "he":
            layer.weight.normal_(0.0, math.sqrt(2.0 / fan_in))
        elif scheme == "xavier":
            a = math.sqrt(6.0 / (fan_in + fan_out))
            layer.weight.uniform_(-a, a)
        else:
            raise ValueError(scheme)
        if layer.bias is not None:
            layer.bias.zero_()
    return layer
