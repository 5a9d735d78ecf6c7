# replaces: depthwise_separable
# A custom nn.Module subclass, not the nn.Sequential the spec asks for (unreadable).
# fails: test_block_basics, test_block_sequential, test_block_shapes, test_block_params, test_block_layers, test_block_forward, test_block_macs
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
