# replaces: sawtooth_net
# Creates every parameter as float64 and ignores the dtype argument.
# fails: test_net_dtype
def sawtooth_net(L: int, *, dtype: torch.dtype = torch.float64) -> nn.Sequential:
    if L < 1:
        raise ValueError(L)

    def layer(W, b):
        lin = torch.nn.utils.skip_init(nn.Linear, len(W[0]), len(W))
        lin.weight = nn.Parameter(torch.tensor(W, dtype=torch.float64))
        lin.bias = nn.Parameter(torch.tensor(b, dtype=torch.float64))
        return lin

    mods = [layer([[1.0], [1.0]], [0.0, -0.5]), nn.ReLU()]
    for _ in range(L - 1):
        mods += [layer([[2.0, -4.0], [2.0, -4.0]], [0.0, -0.5]), nn.ReLU()]
    mods.append(layer([[2.0, -4.0]], [0.0]))
    return nn.Sequential(*mods)
