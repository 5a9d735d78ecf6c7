# replaces: depthwise_separable
# A 1x1 depthwise conv and the k x k kernel on the (full) second conv.
class DepthwiseSeparable(nn.Module):
    """Depthwise k x k conv (groups = c_in), then a 1 x 1 pointwise conv; no biases."""

    def __init__(
        self, c_in: int, c_out: int, k: int, stride: int = 1, padding: int = 0
    ):
        super().__init__()
        self.depthwise = nn.Conv2d(c_in, c_in, 1, groups=c_in, bias=False)
        self.pointwise = nn.Conv2d(
            c_in, c_out, k, stride=stride, padding=padding, bias=False
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """x: (B, c_in, H, W) -> (B, c_out, H_out, W_out)."""
        return self.pointwise(self.depthwise(x))
