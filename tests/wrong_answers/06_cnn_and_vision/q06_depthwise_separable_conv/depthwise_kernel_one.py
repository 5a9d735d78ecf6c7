# replaces: depthwise_separable
# A 1x1 depthwise conv and the k x k kernel on the (full) second conv.
# fails: test_block_basics, test_block_params, test_block_layers, test_block_forward, test_block_macs
def depthwise_separable(
    c_in: int, c_out: int, k: int, stride: int = 1, padding: int = 0
) -> nn.Sequential:
    """Depthwise k x k conv (groups = c_in), then a 1 x 1 pointwise conv; no biases."""
    return nn.Sequential(
        OrderedDict(
            depthwise=nn.Conv2d(c_in, c_in, 1, groups=c_in, bias=False),
            pointwise=nn.Conv2d(
                c_in, c_out, k, stride=stride, padding=padding, bias=False
            ),
        )
    )
