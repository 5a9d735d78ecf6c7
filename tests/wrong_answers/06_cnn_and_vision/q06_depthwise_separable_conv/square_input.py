# replaces: counting
# Assumes a square input: the output width is computed from h as well.
# fails: test_conv_mults_torch, test_separable_mults_torch, test_counts_exact
def conv_output_size(n: int, k: int, stride: int = 1, padding: int = 0) -> int:
    """Output positions along one axis: floor((n + 2 padding - k) / stride) + 1."""
    return (n + 2 * padding - k) // stride + 1


def conv_mults(
    h: int, w: int, c_in: int, c_out: int, k: int, stride: int = 1, padding: int = 0
) -> int:
    """Multiplications of a standard k x k conv (no bias) on a (c_in, h, w) input."""
    h_out = conv_output_size(h, k, stride, padding)
    return h_out * h_out * c_in * c_out * k * k


def separable_mults(
    h: int, w: int, c_in: int, c_out: int, k: int, stride: int = 1, padding: int = 0
) -> int:
    """Multiplications of a depthwise k x k conv plus a 1 x 1 pointwise conv."""
    h_out = conv_output_size(h, k, stride, padding)
    return h_out * h_out * c_in * (k * k + c_out)
