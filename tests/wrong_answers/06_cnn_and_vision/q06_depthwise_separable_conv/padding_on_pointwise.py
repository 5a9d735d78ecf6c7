# replaces: depthwise_separable
# Passes padding to both convolutions: the 1x1 conv pads the output again.
# fails: test_block_shapes, test_block_layers, test_block_forward, test_block_macs
def depthwise_separable(
    c_in: int, c_out: int, k: int, stride: int = 1, padding: int = 0
) -> nn.Sequential:
    """Depthwise k x k conv (groups = c_in), then a 1 x 1 pointwise conv; no biases."""
    return nn.Sequential(
        OrderedDict(
            depthwise=nn.Conv2d(
                c_in, c_in, k, stride=stride, padding=padding, groups=c_in, bias=False
            ),
            pointwise=nn.Conv2d(c_in, c_out, 1, padding=padding, bias=False),
        )
    )
