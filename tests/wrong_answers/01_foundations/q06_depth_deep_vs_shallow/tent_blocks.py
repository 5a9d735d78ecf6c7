# replaces: sawtooth_net
# Stacks L tent blocks Linear(1, 2), ReLU, Linear(2, 1) instead of folding them.
# fails: test_net_structure, test_net_weights, test_net_trainable
def sawtooth_net(L: int, *, dtype: torch.dtype = torch.float64) -> nn.Sequential:
    if L < 1:
        raise ValueError(L)

    def layer(W, b):
        lin = torch.nn.utils.skip_init(nn.Linear, len(W[0]), len(W), dtype=dtype)
        with torch.no_grad():
            lin.weight.copy_(torch.tensor(W, dtype=dtype))
            lin.bias.copy_(torch.tensor(b, dtype=dtype))
        return lin

    mods = []
    for _ in range(L):
        mods += [
            layer([[1.0], [1.0]], [0.0, -0.5]),
            nn.ReLU(),
            layer([[2.0, -4.0]], [0.0]),
        ]
    return nn.Sequential(*mods)
