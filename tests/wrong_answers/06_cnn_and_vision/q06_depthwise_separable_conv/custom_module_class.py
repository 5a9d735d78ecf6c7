# replaces: depthwise_separable
# A custom nn.Module subclass with a forward, not the nn.Sequential the spec asks for.
# fails: test_block_sequential
class DepthwiseSeparable(nn.Module):
    """Depthwise k x k conv, then a 1 x 1 pointwise conv."""

    def __init__(self, c_in: int, c_out: int, k: int, stride: int, padding: int):
        super().__init__()
        self.depthwise = nn.Conv2d(
            c_in, c_in, k, stride=stride, padding=padding, groups=c_in, bias=False
        )
        self.pointwise = nn.Conv2d(c_in, c_out, 1, bias=False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.pointwise(self.depthwise(x))


def depthwise_separable(
    c_in: int, c_out: int, k: int, stride: int = 1, padding: int = 0
) -> nn.Sequential:
    """Depthwise k x k conv (groups = c_in), then a 1 x 1 pointwise conv; no biases."""
    return DepthwiseSeparable(c_in, c_out, k, stride, padding)
