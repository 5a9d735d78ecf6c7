# replaces: init_linear_
# Calls torch.nn.init's kaiming_normal_ and xavier_uniform_ instead of writing the formulas.
# fails: test_init_no_torch_init
def init_linear_(
    layer: nn.Linear, scheme: str, *, generator: torch.Generator
) -> nn.Linear:
    if scheme == "he":
        nn.init.kaiming_normal_(layer.weight, nonlinearity="relu", generator=generator)
    elif scheme == "xavier":
        nn.init.xavier_uniform_(layer.weight, generator=generator)
    else:
        raise ValueError(scheme)
    if layer.bias is not None:
        nn.init.zeros_(layer.bias)
    return layer
