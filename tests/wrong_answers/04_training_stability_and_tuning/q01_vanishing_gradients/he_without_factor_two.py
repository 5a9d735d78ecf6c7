# replaces: init_linear_
# Variance 1/fan_in (LeCun) where He needs 2/fan_in; Xavier as a normal.
# fails: test_init_basics, test_init_he, test_init_xavier, test_init_no_torch_init
def init_linear_(
    layer: nn.Linear, scheme: str, *, generator: torch.Generator
) -> nn.Linear:
    fan_out, fan_in = layer.weight.shape
    with torch.no_grad():
        if scheme == "he":
            layer.weight.normal_(0.0, math.sqrt(1.0 / fan_in), generator=generator)
        elif scheme == "xavier":
            layer.weight.normal_(
                0.0, math.sqrt(2.0 / (fan_in + fan_out)), generator=generator
            )
        else:
            raise ValueError(scheme)
        if layer.bias is not None:
            layer.bias.zero_()
    return layer
