# replaces: sawtooth_net
# Repeats one middle layer with [layer, nn.ReLU()] * (L - 1): all middle layers share it.
# fails: test_net_trainable
def sawtooth_net(L: int, *, dtype: torch.dtype = torch.float64) -> nn.Sequential:
    if L < 1:
        raise ValueError(L)

    def layer(W, b):
        lin = torch.nn.utils.skip_init(nn.Linear, len(W[0]), len(W), dtype=dtype)
        with torch.no_grad():
            lin.weight.copy_(torch.tensor(W, dtype=dtype))
            lin.bias.copy_(torch.tensor(b, dtype=dtype))
        return lin

    middle = layer([[2.0, -4.0], [2.0, -4.0]], [0.0, -0.5])
    return nn.Sequential(
        layer([[1.0], [1.0]], [0.0, -0.5]),
        nn.ReLU(),
        *[middle, nn.ReLU()] * (L - 1),
        layer([[2.0, -4.0]], [0.0]),
    )
