# replaces: counting
# Counts a bias term as one more multiplication per output value.
# fails: test_counting_basics, test_conv_mults_torch, test_separable_mults_torch, test_counts_exact
def conv_output_size(n: int, k: int, stride: int = 1, padding: int = 0) -> int:
    """Output positions along one axis: floor((n + 2 padding - k) / stride) + 1."""
    return (n + 2 * padding - k) // stride + 1


def conv_mults(
    h: int, w: int, c_in: int, c_out: int, k: int, stride: int = 1, padding: int = 0
) -> int:
    """Multiplications of a standard k x k conv (no bias) on a (c_in, h, w) input."""
    h_out = conv_output_size(h, k, stride, padding)
    w_out = conv_output_size(w, k, stride, padding)
    return h_out * w_out * c_out * (c_in * k * k + 1)


def separable_mults(
    h: int, w: int, c_in: int, c_out: int, k: int, stride: int = 1, padding: int = 0
) -> int:
    """Multiplications of a depthwise k x k conv plus a 1 x 1 pointwise conv."""
    h_out = conv_output_size(h, k, stride, padding)
    w_out = conv_output_size(w, k, stride, padding)
    depthwise = h_out * w_out * c_in * (k * k + 1)
    pointwise = h_out * w_out * c_out * (c_in + 1)
    return depthwise + pointwise
