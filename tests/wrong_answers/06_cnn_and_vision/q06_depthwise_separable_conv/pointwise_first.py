# replaces: depthwise_separable
# Pointwise first, then depthwise over the c_out channels: the wrong order.
class DepthwiseSeparable(nn.Module):
    """Depthwise k x k conv (groups = c_in), then a 1 x 1 pointwise conv; no biases."""

    def __init__(
        self, c_in: int, c_out: int, k: int, stride: int = 1, padding: int = 0
    ):
        super().__init__()
        self.pointwise = nn.Conv2d(c_in, c_out, 1, bias=False)
        self.depthwise = nn.Conv2d(
            c_out, c_out, k, stride=stride, padding=padding, groups=c_out, bias=False
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """x: (B, c_in, H, W) -> (B, c_out, H_out, W_out)."""
        return self.depthwise(self.pointwise(x))
