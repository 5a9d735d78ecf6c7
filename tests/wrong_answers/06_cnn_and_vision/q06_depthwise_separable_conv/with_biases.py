# replaces: depthwise_separable
# Keeps nn.Conv2d's default biases (c_in + c_out extra parameters).
# fails: test_block_basics, test_block_params, test_block_forward
def depthwise_separable(
    c_in: int, c_out: int, k: int, stride: int = 1, padding: int = 0
) -> nn.Sequential:
    """Depthwise k x k conv (groups = c_in), then a 1 x 1 pointwise conv; no biases."""
    return nn.Sequential(
        OrderedDict(
            depthwise=nn.Conv2d(
                c_in, c_in, k, stride=stride, padding=padding, groups=c_in
            ),
            pointwise=nn.Conv2d(c_in, c_out, 1),
        )
    )
