# replaces: depthwise_separable
# bias=False on the depthwise conv only: the 1x1 conv keeps its c_out biases.
# fails: test_block_basics, test_block_params, test_block_forward
def depthwise_separable(
    c_in: int, c_out: int, k: int, stride: int = 1, padding: int = 0
) -> nn.Sequential:
    """Depthwise k x k conv (groups = c_in), then a 1 x 1 pointwise conv; no biases."""
    return nn.Sequential(
        OrderedDict(
            depthwise=nn.Conv2d(
                c_in, c_in, k, stride=stride, padding=padding, groups=c_in, bias=False
            ),
            pointwise=nn.Conv2d(c_in, c_out, 1),
        )
    )
