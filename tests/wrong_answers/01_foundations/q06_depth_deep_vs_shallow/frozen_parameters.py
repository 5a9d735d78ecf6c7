# replaces: sawtooth_net
# Sets the exact weights, then freezes them with requires_grad_(False).
# fails: test_net_trainable
def sawtooth_net(L: int, *, dtype: torch.dtype = torch.float64) -> nn.Sequential:
    if L < 1:
        raise ValueError(L)

    def layer(W, b):
        lin = torch.nn.utils.skip_init(nn.Linear, len(W[0]), len(W), dtype=dtype)
        with torch.no_grad():
            lin.weight.copy_(torch.tensor(W, dtype=dtype))
            lin.bias.copy_(torch.tensor(b, dtype=dtype))
        return lin.requires_grad_(False)

    mods = [layer([[1.0], [1.0]], [0.0, -0.5]), nn.ReLU()]
    for _ in range(L - 1):
        mods += [layer([[2.0, -4.0], [2.0, -4.0]], [0.0, -0.5]), nn.ReLU()]
    mods.append(layer([[2.0, -4.0]], [0.0]))
    return nn.Sequential(*mods)
