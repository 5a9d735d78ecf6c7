# replaces: sawtooth_net
# Uses -2 for the second hinge, so the slope after x = 1/2 is 0 instead of -2.
# fails: test_net_basics, test_net_weights, test_net_function, test_net_dtype, test_net_global_rng
def sawtooth_net(L: int, *, dtype: torch.dtype = torch.float64) -> nn.Sequential:
    if L < 1:
        raise ValueError(L)

    def layer(W, b):
        lin = torch.nn.utils.skip_init(nn.Linear, len(W[0]), len(W), dtype=dtype)
        with torch.no_grad():
            lin.weight.copy_(torch.tensor(W, dtype=dtype))
            lin.bias.copy_(torch.tensor(b, dtype=dtype))
        return lin

    mods = [layer([[1.0], [1.0]], [0.0, -0.5]), nn.ReLU()]
    for _ in range(L - 1):
        mods += [layer([[2.0, -2.0], [2.0, -2.0]], [0.0, -0.5]), nn.ReLU()]
    mods.append(layer([[2.0, -2.0]], [0.0]))
    return nn.Sequential(*mods)
