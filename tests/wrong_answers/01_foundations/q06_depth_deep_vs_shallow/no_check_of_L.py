# replaces: sawtooth_net
# Does not check L: L = 0 quietly returns the one-layer tent network.
# fails: test_net_invalid_L
def sawtooth_net(L: int, *, dtype: torch.dtype = torch.float64) -> nn.Sequential:
    def layer(W, b):
        lin = torch.nn.utils.skip_init(nn.Linear, len(W[0]), len(W), dtype=dtype)
        with torch.no_grad():
            lin.weight.copy_(torch.tensor(W, dtype=dtype))
            lin.bias.copy_(torch.tensor(b, dtype=dtype))
        return lin

    mods = [layer([[1.0], [1.0]], [0.0, -0.5]), nn.ReLU()]
    for _ in range(L - 1):
        mods += [layer([[2.0, -4.0], [2.0, -4.0]], [0.0, -0.5]), nn.ReLU()]
    mods.append(layer([[2.0, -4.0]], [0.0]))
    return nn.Sequential(*mods)
