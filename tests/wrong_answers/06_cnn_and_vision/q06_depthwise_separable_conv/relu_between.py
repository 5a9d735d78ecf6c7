# replaces: depthwise_separable
# A ReLU between the two convolutions (no parameters, so the counts still match).
# fails: test_block_sequential, test_block_forward
def depthwise_separable(
    c_in: int, c_out: int, k: int, stride: int = 1, padding: int = 0
) -> nn.Sequential:
    """Depthwise k x k conv (groups = c_in), then a 1 x 1 pointwise conv; no biases."""
    return nn.Sequential(
        OrderedDict(
            depthwise=nn.Conv2d(
                c_in, c_in, k, stride=stride, padding=padding, groups=c_in, bias=False
            ),
            relu=nn.ReLU(),
            pointwise=nn.Conv2d(c_in, c_out, 1, bias=False),
        )
    )
