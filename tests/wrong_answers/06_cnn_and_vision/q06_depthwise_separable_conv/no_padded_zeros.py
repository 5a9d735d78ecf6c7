# replaces: counting
# Skips the multiplications by padded zeros: counts only taps inside the image.
# fails: test_conv_mults_torch, test_separable_mults_torch, test_counts_exact
def conv_output_size(n: int, k: int, stride: int = 1, padding: int = 0) -> int:
    """Output positions along one axis: floor((n + 2 padding - k) / stride) + 1."""
    return (n + 2 * padding - k) // stride + 1


def _taps(n: int, k: int, stride: int, padding: int) -> int:
    """Kernel taps that land inside the image, summed over the output positions."""
    total = 0
    for o in range(conv_output_size(n, k, stride, padding)):
        start = o * stride - padding
        total += sum(1 for i in range(k) if 0 <= start + i < n)
    return total


def conv_mults(
    h: int, w: int, c_in: int, c_out: int, k: int, stride: int = 1, padding: int = 0
) -> int:
    """Multiplications of a standard k x k conv (no bias) on a (c_in, h, w) input."""
    return _taps(h, k, stride, padding) * _taps(w, k, stride, padding) * c_in * c_out


def separable_mults(
    h: int, w: int, c_in: int, c_out: int, k: int, stride: int = 1, padding: int = 0
) -> int:
    """Multiplications of a depthwise k x k conv plus a 1 x 1 pointwise conv."""
    h_out = conv_output_size(h, k, stride, padding)
    w_out = conv_output_size(w, k, stride, padding)
    depthwise = _taps(h, k, stride, padding) * _taps(w, k, stride, padding) * c_in
    pointwise = h_out * w_out * c_in * c_out
    return depthwise + pointwise
