# replaces: depthwise_separable
# Pointwise first, then depthwise over the c_out channels: the wrong order.
# fails: test_block_basics, test_block_sequential, test_block_params, test_block_layers, test_block_forward, test_block_macs
def depthwise_separable(
    c_in: int, c_out: int, k: int, stride: int = 1, padding: int = 0
) -> nn.Sequential:
    """Depthwise k x k conv (groups = c_in), then a 1 x 1 pointwise conv; no biases."""
    return nn.Sequential(
        OrderedDict(
            pointwise=nn.Conv2d(c_in, c_out, 1, bias=False),
            depthwise=nn.Conv2d(
                c_out,
                c_out,
                k,
                stride=stride,
                padding=padding,
                groups=c_out,
                bias=False,
            ),
        )
    )
